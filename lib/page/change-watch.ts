import { OWN_MARKER } from '../reader/read-document';

/**
 * Tells the panel when the page changes, paced: a burst of keystrokes or a re-render of many
 * nodes is one report, and the pace slows with the time a read of this frame takes. The panel
 * paces its reads again across frames (lib/panel/read-pacer.ts).
 */
export interface ChangeWatch {
  /** Watches one more root (a shadow root the reader found). */
  observe(root: Node): void;
  /** The frame's last read took this long: reports come at most every max(delay, 4 × it), ≤ 5 s. */
  readTook(durationMs: number): void;
}

const WATCHED_ATTRIBUTES = ['value', 'checked', 'selected', 'hidden', 'class', 'style', 'aria-hidden', 'open', 'datetime'];

/** The slowest the agent reports changes (ms): a page that never stops changing is read every 5 s. */
const MAX_DELAY_MS = 5000;

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(OWN_MARKER);
}

export function watchChanges(doc: Document, notify: () => void, delayMs: number): ChangeWatch {
  // Reading takes at most about a fifth of the time on a page that changes all the time.
  let delay = delayMs;
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

  return {
    observe,
    readTook(durationMs) {
      delay = Math.min(MAX_DELAY_MS, Math.max(delayMs, durationMs * 4));
    },
  };
}
