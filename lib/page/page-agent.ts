import { computeAccessibleName } from 'dom-accessibility-api';
import type { InsertResult, InsertTarget, PickResult } from '../messages';
import { OWN_MARKER } from '../reader/read-document';

/**
 * The part of the extension that stays in a page's isolated world after a read: it keeps the
 * elements of the last read (so the panel can highlight one), and tells the panel when the page
 * changes. It never changes the page beyond a short-lived highlight overlay.
 */
export interface PageAgent {
  /** Keeps a read's elements; its duration paces change reports on pages that change constantly. */
  remember(readId: string, elements: Element[], shadowRoots: ShadowRoot[], durationMs?: number): void;
  highlight(readId: string, index: number): 'shown' | 'stale';
  /** Lets the user click one of the fields read; resolves with it, or cancelled on Escape. */
  pick(): Promise<PickResult>;
  cancelPick(): void;
  /** The text field the user last clicked or tabbed into in this frame, and whether text may go there. */
  insertTarget(): InsertTarget | undefined;
  /** Inserts text into that field; undefined when there is none. */
  insert(text: string): InsertResult | undefined;
}

/** Where an insert would go in this frame: shown to the user before anything is written (schema in lib/messages.ts). */
export type { InsertTarget };

export interface AgentOptions {
  doc: Document;
  /** Called (at most once per `delayMs`) after the page changed. */
  notify: () => void;
  /**
   * Shortest time between reports, in ms: a burst of keystrokes or a re-render is one report.
   * It grows with the time a read takes (see remember), so large pages are read less often.
   */
  delayMs?: number;
  highlightMs?: number;
  /** Act only on the user's own clicks and keys, never on events a page script made up. */
  trustedOnly?: boolean;
}

const WATCHED_ATTRIBUTES = ['value', 'checked', 'selected', 'hidden', 'class', 'style', 'aria-hidden', 'open', 'datetime'];

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
  const name = computeAccessibleName(el).trim();
  return (name || el.getAttribute('placeholder') || 'the field you clicked').slice(0, 120);
}

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(OWN_MARKER);
}

/** The slowest the agent reports changes (ms): a page that never stops changing is read every 5 s. */
const MAX_DELAY_MS = 5000;

export function createPageAgent({ doc, notify, delayMs = 60, highlightMs = 2500, trustedOnly = true }: AgentOptions): PageAgent {
  let readId = '';
  // Reading takes at most about a fifth of the time on a page that changes all the time.
  let delay = delayMs;
  let elements: Element[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observed = new WeakSet<Node>();

  // One notification per burst: typing or a re-render of many nodes becomes one re-read.
  const schedule = (): void => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      notify();
    }, delay);
  };

  const observer = new MutationObserver((records) => {
    // Adding or removing the highlight overlay is not a change of the page.
    const relevant = records.some((r) => {
      if (isOwn(r.target)) return false;
      return r.type !== 'childList' || ![...r.addedNodes, ...r.removedNodes].every(isOwn);
    });
    if (relevant) schedule();
  });
  const observe = (root: Node): void => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  };
  observe(doc);
  // Typing changes a control's value without a DOM mutation; input events from shadow DOM are composed.
  doc.addEventListener('input', schedule, true);
  doc.addEventListener('change', schedule, true);

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

  /** An overlay above an element: the page's own elements and styles are left untouched. */
  const overlayOn = (el: Element, role: 'highlight' | 'pick'): HTMLElement => {
    doc.querySelectorAll(`[${OWN_MARKER}="${role}"]`).forEach((old) => old.remove());
    const rect = el.getBoundingClientRect();
    const overlay = doc.createElement('div');
    overlay.setAttribute(OWN_MARKER, role);
    overlay.setAttribute('aria-hidden', 'true');
    Object.assign(overlay.style, {
      position: 'fixed',
      top: `${rect.top - 4}px`,
      left: `${rect.left - 4}px`,
      width: `${rect.width + 8}px`,
      height: `${rect.height + 8}px`,
      outline: role === 'highlight' ? '4px solid #ffdd00' : '3px dashed #1d70b8',
      boxShadow: role === 'highlight' ? '0 0 0 8px #0b0c0c' : 'none',
      pointerEvents: 'none',
      zIndex: '2147483647',
      margin: '0',
      padding: '0',
      border: '0',
      background: role === 'pick' ? 'rgba(29, 112, 184, 0.1)' : 'transparent',
    });
    doc.documentElement.appendChild(overlay);
    return overlay;
  };

  let stopPicking: ((result: PickResult) => void) | undefined;

  return {
    remember(id, els, shadowRoots, durationMs = 0) {
      delay = Math.min(MAX_DELAY_MS, Math.max(delayMs, durationMs * 4));
      readId = id;
      elements = els;
      shadowRoots.forEach(observe);
    },
    highlight(id, index) {
      const el = id === readId ? elements[index] : undefined;
      if (!el || !el.isConnected) return 'stale';
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
      const overlay = overlayOn(el, 'highlight');
      setTimeout(() => overlay.remove(), highlightMs);
      return 'shown';
    },
    pick() {
      stopPicking?.({ outcome: 'cancelled' });
      const index = new Map(elements.map((el, i) => [el, i]));
      const pickId = readId;
      // The innermost field element on the event's path (through open shadow roots).
      const fieldAt = (event: Event): Element | undefined =>
        trustedOnly && !event.isTrusted
          ? undefined
          : event.composedPath().find((node): node is Element => node instanceof Element && index.has(node));
      return new Promise<PickResult>((resolve) => {
        const onMove = (event: Event): void => {
          const el = fieldAt(event);
          if (el) overlayOn(el, 'pick');
        };
        // The page must not act on the click that picks (no link followed, no button pressed).
        const swallow = (event: Event): void => {
          if (!fieldAt(event)) return;
          event.preventDefault();
          event.stopImmediatePropagation();
        };
        const onClick = (event: Event): void => {
          const el = fieldAt(event);
          if (!el) return;
          swallow(event);
          finish({ outcome: 'picked', readId: pickId, index: index.get(el)! });
        };
        const onKey = (event: KeyboardEvent): void => {
          if (event.key === 'Escape' && (event.isTrusted || !trustedOnly)) finish({ outcome: 'cancelled' });
        };
        const finish = (result: PickResult): void => {
          doc.removeEventListener('mousemove', onMove, true);
          doc.removeEventListener('mousedown', swallow, true);
          doc.removeEventListener('click', onClick, true);
          doc.removeEventListener('keydown', onKey, true);
          doc.querySelectorAll(`[${OWN_MARKER}="pick"]`).forEach((old) => old.remove());
          stopPicking = undefined;
          resolve(result);
        };
        stopPicking = finish;
        doc.addEventListener('mousemove', onMove, true);
        doc.addEventListener('mousedown', swallow, true);
        doc.addEventListener('click', onClick, true);
        doc.addEventListener('keydown', onKey, true);
      });
    },
    cancelPick() {
      stopPicking?.({ outcome: 'cancelled' });
    },
    insertTarget() {
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
