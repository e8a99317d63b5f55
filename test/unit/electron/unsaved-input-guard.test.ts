import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardUnsavedInput, unsavedInputQuestion, type ConfirmBox, type PreventableEvent } from '../../../electron/main/unsaved-input-guard';

/** A page refusing to unload, as webContents reports it; true when the page was let go. */
function refuseUnload(contents: EventEmitter): boolean {
  const event: PreventableEvent & { prevented: boolean } = {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
  contents.emit('will-prevent-unload', event);
  return event.prevented;
}

describe('guardUnsavedInput', () => {
  it('lets the window go when the person chooses to leave', () => {
    const contents = new EventEmitter();
    const ask = vi.fn((question: ConfirmBox) => question.buttons.indexOf('Leave without saving'));
    guardUnsavedInput(contents, ask);
    expect(refuseUnload(contents)).toBe(true);
    expect(ask).toHaveBeenCalledWith(unsavedInputQuestion());
  });

  it('keeps the window and its input when the person stays, or closes the question with Escape', () => {
    const contents = new EventEmitter();
    guardUnsavedInput(contents, (question) => question.buttons.indexOf('Stay'));
    expect(refuseUnload(contents)).toBe(false);
    const escaped = new EventEmitter();
    guardUnsavedInput(escaped, (question) => question.cancelId);
    expect(refuseUnload(escaped)).toBe(false);
  });

  it('asks in words, with Stay the default', () => {
    expect(unsavedInputQuestion()).toMatchObject({
      message: 'This window holds input that is not saved yet.',
      buttons: ['Leave without saving', 'Stay'],
      defaultId: 1,
      cancelId: 1,
    });
  });
});
