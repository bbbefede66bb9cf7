import type { InsertResult, InsertTarget, PickResult } from '../messages';
import type { KeptRead } from '../reader/incremental';
import { watchChanges } from './change-watch';
import { trackInsertion } from './insertion';
import { overlayOn } from './overlay';
import { createPicker } from './picker';

/**
 * The part of the extension that stays in a page's isolated world after a read: it keeps the
 * elements of the last read (so the panel can highlight one), and tells the panel when the page
 * changes. It never changes the page beyond a short-lived highlight overlay.
 *
 * Composed of: change watching (change-watch.ts), the highlight overlay (overlay.ts), picking a
 * field (picker.ts) and inserting text into the field the user chose (insertion.ts).
 */
export interface PageAgent {
  /**
   * Keeps a read's elements; its duration paces change reports on pages that change constantly.
   * `kept` is the read itself, so the next read can read only what changed since.
   */
  remember(readId: string, elements: Element[], shadowRoots: ShadowRoot[], durationMs?: number, kept?: KeptRead): void;
  /** The last read kept, if any. */
  lastRead(): KeptRead | undefined;
  /** What changed since the last call (lib/page/change-watch.ts); undefined: too much to read in part. */
  takeChanges(): Node[] | undefined;
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

export function createPageAgent({ doc, notify, delayMs = 60, highlightMs = 2500, trustedOnly = true }: AgentOptions): PageAgent {
  let readId = '';
  let elements: Element[] = [];
  let last: KeptRead | undefined;
  const changes = watchChanges(doc, notify, delayMs);
  const insertion = trackInsertion(doc, trustedOnly);
  const picker = createPicker(doc, trustedOnly);

  return {
    remember(id, els, shadowRoots, durationMs = 0, kept) {
      changes.readTook(durationMs);
      readId = id;
      elements = els;
      last = kept;
      shadowRoots.forEach(changes.observe);
    },
    lastRead: () => last,
    takeChanges: () => changes.takeChanges(),
    highlight(id, index) {
      const el = id === readId ? elements[index] : undefined;
      if (!el || !el.isConnected) return 'stale';
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
      const overlay = overlayOn(doc, el, 'highlight');
      setTimeout(() => overlay.remove(), highlightMs);
      return 'shown';
    },
    pick: () => picker.pick(readId, elements),
    cancelPick: () => picker.cancel(),
    insertTarget: () => insertion.target(),
    insert: (text) => insertion.insert(text),
  };
}
