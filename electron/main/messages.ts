/**
 * Every user-visible string of the main process, in each language the app
 * speaks. The renderer tells main its language (IpcChannel.setLanguage) and
 * the menu is rebuilt in it. Standard menu roles (undo, copy, reload, …) keep
 * Electron's own labels, which the operating system localises.
 */
import type { Language } from '../../shared/schemas/settings';

const en = {
  appTitle: 'Homeward',
  menu: {
    file: 'File',
    newCase: 'New case',
    exportList: 'Export list…',
    edit: 'Edit',
    view: 'View',
  },
  dialog: {
    pdfFilterName: 'PDF document',
  },
  startupFailed: 'Homeward could not start.',
};

export type MainMessages = typeof en;

export const mainMessagesByLanguage: Record<Language, MainMessages> = {
  en,
  ar: {
    appTitle: 'Homeward',
    menu: {
      file: 'ملف',
      newCase: 'حالة جديدة',
      exportList: 'تصدير القائمة…',
      edit: 'تحرير',
      view: 'عرض',
    },
    dialog: {
      pdfFilterName: 'مستند PDF',
    },
    startupFailed: 'تعذّر تشغيل Homeward.',
  },
  ru: {
    appTitle: 'Homeward',
    menu: {
      file: 'Файл',
      newCase: 'Новое дело',
      exportList: 'Экспорт списка…',
      edit: 'Правка',
      view: 'Вид',
    },
    dialog: {
      pdfFilterName: 'Документ PDF',
    },
    startupFailed: 'Не удалось запустить Homeward.',
  },
  es: {
    appTitle: 'Homeward',
    menu: {
      file: 'Archivo',
      newCase: 'Nuevo caso',
      exportList: 'Exportar lista…',
      edit: 'Edición',
      view: 'Ver',
    },
    dialog: {
      pdfFilterName: 'Documento PDF',
    },
    startupFailed: 'No se pudo iniciar Homeward.',
  },
  fr: {
    appTitle: 'Homeward',
    menu: {
      file: 'Fichier',
      newCase: 'Nouveau dossier',
      exportList: 'Exporter la liste…',
      edit: 'Édition',
      view: 'Affichage',
    },
    dialog: {
      pdfFilterName: 'Document PDF',
    },
    startupFailed: 'Homeward n’a pas pu démarrer.',
  },
};

let current: Language = 'en';

/** The main process's messages in the language the renderer last chose (English until it says). */
export function mainMessages(): MainMessages {
  return mainMessagesByLanguage[current];
}

export function setMainLanguage(language: Language): void {
  current = language;
}
