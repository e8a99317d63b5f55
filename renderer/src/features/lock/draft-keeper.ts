/**
 * Unsaved form input across a lock. Locking unmounts every page (none of a
 * case may stay in the page's DOM, DESIGN.md §8), so what was typed is kept
 * here, in this window's memory only, and typed back into the same fields
 * when the pages come back after unlocking: set as a person's typing would
 * (the native setter and an input event), so the forms' own state follows.
 * A form that keeps its own draft in the `DraftStore` (`app/draft-store.ts`,
 * marked `data-keeps-draft`) brings its values back itself, from that store:
 * only the focus is kept for it here, so the two never type the same field.
 */

interface FieldDraft {
  key: string;
  value: string;
  checked: boolean;
}

export interface Draft {
  fields: FieldDraft[];
  /** The field or button that had focus. */
  focus: string | null;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const CONTROLS = 'input:not([type=password]):not([type=file]), textarea, select';
/** Forms whose values the `DraftStore` keeps. */
const KEEPS_OWN_DRAFT = 'data-keeps-draft';
/** How long the pages may take to show their fields again (their data loads after unlocking). */
const RESTORE_WITHIN_MS = 5000;

/** A control's place: its form's position in the page, its name (or id or label) and its position among controls of that name. */
function keysOf(root: HTMLElement): Map<Element, string> {
  const keys = new Map<Element, string>();
  const seen = new Map<string, number>();
  const forms = [...root.querySelectorAll('form')];
  for (const element of root.querySelectorAll(`${CONTROLS}, button, a[href]`)) {
    const form = element.closest('form');
    const name =
      element.getAttribute('name') ?? element.id ?? element.getAttribute('aria-label') ?? (element instanceof HTMLButtonElement || element instanceof HTMLAnchorElement ? element.textContent ?? '' : '');
    const base = `${form ? forms.indexOf(form) : -1}:${element.tagName}:${name}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keys.set(element, `${base}:${n}`);
  }
  return keys;
}

export function captureDraft(root: HTMLElement): Draft {
  const keys = keysOf(root);
  const fields: FieldDraft[] = [];
  for (const element of root.querySelectorAll<Control>(CONTROLS)) {
    const key = keys.get(element);
    if (!key || element.closest(`[${KEEPS_OWN_DRAFT}]`)) continue;
    const changed = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio') ? element.checked !== element.defaultChecked : element.value !== defaultOf(element);
    if (changed) fields.push({ key, value: element.value, checked: element instanceof HTMLInputElement && element.checked });
  }
  const active = document.activeElement;
  return { fields, focus: active && root.contains(active) ? (keys.get(active) ?? null) : null };
}

function defaultOf(element: Control): string {
  if (element instanceof HTMLSelectElement) return [...element.options].find((o) => o.defaultSelected)?.value ?? element.options[0]?.value ?? '';
  return element.defaultValue;
}

/** Types the draft back as its fields appear; stops when all are back or after a few seconds. Returns a cancel function. */
export function restoreDraft(root: HTMLElement, draft: Draft): () => void {
  const pending = new Map(draft.fields.map((f) => [f.key, f]));
  let focusPending = draft.focus;
  const apply = () => {
    const keys = keysOf(root);
    for (const [element, key] of keys) {
      const field = pending.get(key);
      if (field) {
        type(element as Control, field);
        pending.delete(key);
      }
    }
    if (focusPending && pending.size === 0) {
      const target = [...keys].find(([, key]) => key === focusPending)?.[0];
      if (target instanceof HTMLElement) {
        target.focus();
        focusPending = null;
      }
    }
    if (pending.size === 0 && !focusPending) stop();
  };
  const observer = new MutationObserver(apply);
  const timer = window.setTimeout(() => stop(), RESTORE_WITHIN_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(root, { childList: true, subtree: true });
  apply();
  return stop;
}

function type(element: Control, field: FieldDraft): void {
  if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
    if (element.checked !== field.checked) element.click();
    return;
  }
  const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, field.value);
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Holds the draft of one lock until the pages are back. */
export class DraftKeeper {
  private draft: Draft | null = null;

  keep(root: HTMLElement | null): void {
    this.draft = root ? captureDraft(root) : null;
  }

  /** Types the kept draft back into `root` (once); returns a cancel function. */
  giveBack(root: HTMLElement | null): () => void {
    const draft = this.draft;
    this.draft = null;
    return draft && root ? restoreDraft(root, draft) : () => {};
  }

  clear(): void {
    this.draft = null;
  }
}
