import type { PickResult } from '../messages';
import { overlayOn, removeOverlays } from './overlay';

/** Lets the user click one of the fields read, outlining the field under the pointer. */
export interface Picker {
  /** Resolves with the field clicked (its index in `elements`), or cancelled on Escape or a new pick. */
  pick(readId: string, elements: Element[]): Promise<PickResult>;
  cancel(): void;
}

export function createPicker(doc: Document, trustedOnly: boolean): Picker {
  let stopPicking: ((result: PickResult) => void) | undefined;

  return {
    pick(pickId, elements) {
      stopPicking?.({ outcome: 'cancelled' });
      const index = new Map(elements.map((el, i) => [el, i]));
      // The innermost field element on the event's path (through open shadow roots).
      const fieldAt = (event: Event): Element | undefined =>
        trustedOnly && !event.isTrusted
          ? undefined
          : event.composedPath().find((node): node is Element => node instanceof Element && index.has(node));
      return new Promise<PickResult>((resolve) => {
        const onMove = (event: Event): void => {
          const el = fieldAt(event);
          if (el) overlayOn(doc, el, 'pick');
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
          removeOverlays(doc, 'pick');
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
    cancel() {
      stopPicking?.({ outcome: 'cancelled' });
    },
  };
}
