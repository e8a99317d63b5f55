/**
 * Every user-visible string of the main process, in one place. The main
 * process has no i18n yet; when it gets one, this catalogue is what moves.
 * Standard menu roles (undo, copy, reload, …) keep Electron's own labels,
 * which the operating system localises.
 */
export const mainMessages = {
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
} as const;
