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
  unsavedInput: {
    message: 'This window holds input that is not saved yet.',
    detail: 'If you leave, what was typed is lost. Stay to save it first.',
    leave: 'Leave without saving',
    stay: 'Stay',
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
    unsavedInput: {
      message: 'في هذه النافذة مدخلات لم تُحفظ بعد.',
      detail: 'إذا غادرت ضاع ما كُتب. ابقَ لتحفظه أولًا.',
      leave: 'المغادرة دون حفظ',
      stay: 'البقاء',
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
    unsavedInput: {
      message: 'В этом окне есть несохранённые данные.',
      detail: 'Если уйти, введённое будет потеряно. Останьтесь, чтобы сначала сохранить.',
      leave: 'Уйти без сохранения',
      stay: 'Остаться',
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
    unsavedInput: {
      message: 'Esta ventana contiene datos que aún no se han guardado.',
      detail: 'Si sale, se perderá lo escrito. Quédese para guardarlo antes.',
      leave: 'Salir sin guardar',
      stay: 'Quedarse',
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
    unsavedInput: {
      message: 'Cette fenêtre contient une saisie non enregistrée.',
      detail: 'Si vous quittez, ce qui a été saisi sera perdu. Restez pour l’enregistrer d’abord.',
      leave: 'Quitter sans enregistrer',
      stay: 'Rester',
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
