import { accessibleName } from '../reader/accessible-name';
import type { InsertResult, InsertTarget } from '../messages';

/**
 * The field text may go into in this frame: the one the user last clicked or tabbed into, by
 * their own hand, checked (visible, big enough, multi-line) before anything is written.
 */
export interface Insertion {
  /** The text field the user last chose in this frame, and whether text may go there. */
  target(): InsertTarget | undefined;
  /** Inserts text into that field; undefined when there is none or it may not. */
  insert(text: string): InsertResult | undefined;
}

const TEXT_INPUTS = new Set(['text', 'search', '']);

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const field = el as HTMLTextAreaElement | HTMLInputElement;
  const ok = el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && TEXT_INPUTS.has((el as HTMLInputElement).type));
  return ok && !field.readOnly && !field.disabled;
}

/** A field the plan can go into: a multi-line text box or an editable region. */
function isInsertable(el: Element): boolean {
  return isTextField(el) || (el as HTMLElement).isContentEditable === true;
}

/** Focus inside shadow roots, down to the element itself. */
function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Smallest field, and frame, text is put into: a 1×1 frame or a hidden box is a trap, not a plan box. */
const MIN_WIDTH = 40;
const MIN_HEIGHT = 16;

/** Why text must not go into this field, or undefined when it may. */
function refusalFor(el: Element, doc: Document): string | undefined {
  const view = doc.defaultView;
  if (view && (view.innerWidth < MIN_WIDTH || view.innerHeight < MIN_HEIGHT)) return 'it is in a frame too small to see';
  try {
    const frame = view?.frameElement as HTMLElement | null | undefined;
    if (frame && typeof frame.checkVisibility === 'function' && !frame.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      return 'it is in a hidden frame';
  } catch {
    // A frame of another origin cannot see its own frame element; its size was checked above.
  }
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_WIDTH || rect.height < MIN_HEIGHT) return 'the field is too small to see';
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function' && !html.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return 'the field is hidden';
  if (el.tagName === 'INPUT') return 'the field holds one line only, and a plan has paragraphs: click into the text box where the plan goes';
  return undefined;
}

function fieldName(el: Element): string {
  const name = accessibleName(el).trim();
  return (name || el.getAttribute('placeholder') || 'the field you clicked').slice(0, 120);
}

export function trackInsertion(doc: Document, trustedOnly: boolean): Insertion {
  // The field the user last chose: focus that follows the user's own click or key in this
  // document. Focus a page script moves (into a 1×1 frame, say) does not count.
  let lastInput = 0;
  let target: { el: Element; at: number } | undefined;
  // The agent arrives when the panel first reads: a field focused before then (the user clicked
  // into it, then opened the panel) counts too, but loses to any choice made afterwards.
  const focusedAtStart = deepActive(doc);
  if (focusedAtStart && isInsertable(focusedAtStart)) target = { el: focusedAtStart, at: 0 };
  const onInput = (event: Event): void => {
    if (event.isTrusted || !trustedOnly) lastInput = Date.now();
  };
  doc.addEventListener('pointerdown', onInput, true);
  doc.addEventListener('keydown', onInput, true);
  doc.addEventListener(
    'focusin',
    (event) => {
      if ((trustedOnly && !event.isTrusted) || Date.now() - lastInput > 1000) return;
      const el = deepActive(doc);
      if (el && isInsertable(el)) target = { el, at: Date.now() };
    },
    true,
  );

  return {
    target() {
      if (!target?.el.isConnected) return undefined;
      const refusal = refusalFor(target.el, doc);
      const found: InsertTarget = { label: fieldName(target.el), at: target.at, url: doc.location?.href ?? '', title: doc.title.slice(0, 150) };
      if (refusal) found.refusal = refusal;
      return found;
    },
    insert(text) {
      const el = target?.el;
      if (!el?.isConnected || refusalFor(el, doc)) return undefined;
      const into = fieldName(el);
      if (isTextField(el)) {
        // Kept apart from text already there by a blank line; the plan's own line breaks stay.
        const before = el.value.replace(/\s+$/, '');
        const next = before ? `${before}\n\n${text}` : text;
        // The prototype's own setter, so frameworks that track the value (React) see the change.
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
        if (setter) setter.call(el, next);
        else el.value = next;
        el.focus();
        el.setSelectionRange(next.length, next.length);
        el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return { outcome: 'inserted', into };
      }
      // An editable region: paragraphs as the editor's own paragraphs, through its own commands
      // (which keep its undo history and fire its input events), after what is there.
      (el as HTMLElement).focus();
      const selection = doc.getSelection();
      selection?.selectAllChildren(el);
      selection?.collapseToEnd();
      const hasText = (el.textContent ?? '').trim().length > 0;
      const lines = text.split('\n');
      if (hasText) {
        doc.execCommand('insertParagraph');
        doc.execCommand('insertParagraph');
      }
      lines.forEach((line, i) => {
        if (i > 0) doc.execCommand('insertParagraph');
        if (line) doc.execCommand('insertText', false, line);
      });
      return { outcome: 'inserted', into };
    },
  };
}
