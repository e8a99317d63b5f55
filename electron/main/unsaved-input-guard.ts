/**
 * Asks before a window holding unsaved input is closed or reloaded. The page
 * says it holds some by refusing `beforeunload` (renderer
 * `components/use-confirm-leave.ts`); Chromium would show its own prompt,
 * but Electron shows none and keeps the page, emitting 'will-prevent-unload'
 * instead. Here the person chooses: leave (the input is lost) or stay.
 */
import { mainMessages } from './messages';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface UnloadingContents {
  on(event: 'will-prevent-unload', listener: (event: PreventableEvent) => void): unknown;
}

export interface ConfirmBox {
  type: 'question';
  buttons: string[];
  defaultId: number;
  cancelId: number;
  title: string;
  message: string;
  detail: string;
  noLink: boolean;
}

const LEAVE = 0;
const STAY = 1;

/** The question asked, in the language the window last chose; Stay is the default and what Escape answers, so a stray key press loses nothing. */
export function unsavedInputQuestion(): ConfirmBox {
  const m = mainMessages();
  return {
    type: 'question',
    buttons: [m.unsavedInput.leave, m.unsavedInput.stay],
    defaultId: STAY,
    cancelId: STAY,
    title: m.appTitle,
    message: m.unsavedInput.message,
    detail: m.unsavedInput.detail,
    noLink: true,
  };
}

/**
 * `ask` shows the question (a modal message box on the window) and returns the
 * index of the button pressed. Preventing 'will-prevent-unload' is what lets
 * the page go.
 */
export function guardUnsavedInput(contents: UnloadingContents, ask: (question: ConfirmBox) => number): void {
  contents.on('will-prevent-unload', (event) => {
    if (ask(unsavedInputQuestion()) === LEAVE) event.preventDefault();
  });
}
