import { OWN_MARKER } from '../reader/read-document';

/**
 * Tells the panel when the page changes, paced, and remembers what changed. The first change
 * after a quiet spell is reported at once (the user sees their edit reach the card without a
 * wait); the rest of a burst of keystrokes or a re-render is one more report at the end of the
 * pace, which slows with the time a read of this frame takes. The panel paces its reads again
 * across frames (lib/panel/read-pacer.ts). The changed nodes let the next read read only the
 * parts of the page that hold them (lib/reader/incremental.ts).
 */
export interface ChangeWatch {
  /** Watches one more root (a shadow root the reader found). */
  observe(root: Node): void;
  /** The frame's last read took this long: reports come at most every max(delay, 4 × it), ≤ 5 s. */
  readTook(durationMs: number): void;
  /**
   * The nodes changed since the last call (targets of mutation records, controls the user
   * changed), or undefined when there were too many to be worth reading in part.
   */
  takeChanges(): Node[] | undefined;
}

/** Changed nodes kept between reads; more means the page changed too much to read it in part. */
export const MAX_KEPT_CHANGES = 500;

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
  // A change came while the pace was running: one more report when it ends.
  let pending = false;
  const observed = new WeakSet<Node>();
  let changed: Node[] | undefined = [];

  const remember = (node: Node): void => {
    if (!changed) return;
    if (changed.length >= MAX_KEPT_CHANGES) changed = undefined;
    else changed.push(node);
  };

  // Report now, then let `delay` pass before the next report; changes meanwhile make one report at its end.
  const report = (): void => {
    notify();
    timer = setTimeout(() => {
      timer = undefined;
      if (pending) {
        pending = false;
        report();
      }
    }, delay);
  };
  const schedule = (): void => {
    if (timer !== undefined) pending = true;
    else report();
  };

  const noteRecords = (records: MutationRecord[]): boolean => {
    let relevant = false;
    for (const r of records) {
      // Adding or removing the highlight overlay is not a change of the page.
      if (isOwn(r.target)) continue;
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwn)) continue;
      relevant = true;
      remember(r.target);
    }
    return relevant;
  };
  const observer = new MutationObserver((records) => {
    if (noteRecords(records)) schedule();
  });
  const observe = (root: Node): void => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  };
  observe(doc);
  // Typing changes a control's value without a DOM mutation; input events from shadow DOM are
  // composed, and their path starts at the control (as far as this world may see into the page).
  const onInput = (event: Event): void => {
    const control = event.composedPath()[0];
    if (control instanceof Node) remember(control);
    else changed = undefined;
    schedule();
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);

  return {
    observe,
    readTook(durationMs) {
      delay = Math.min(MAX_DELAY_MS, Math.max(delayMs, durationMs * 4));
    },
    takeChanges() {
      // Records not yet delivered belong to this read too.
      noteRecords(observer.takeRecords());
      const out = changed;
      changed = [];
      // The read taking them covers every change so far: the end of the pace has nothing more to
      // report unless another change comes. (A click gives an input and a change event: the first
      // was reported, the read that followed took both, and a second read of a large page for
      // nothing new made the user's next edit wait behind it.)
      pending = false;
      return out;
    },
  };
}
