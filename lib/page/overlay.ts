import { OWN_MARKER } from '../reader/read-document';

export type OverlayRole = 'highlight' | 'pick';

/** Removes this document's overlays of one role. */
export function removeOverlays(doc: Document, role: OverlayRole): void {
  doc.querySelectorAll(`[${OWN_MARKER}="${role}"]`).forEach((old) => old.remove());
}

/**
 * An overlay above an element: the page's own elements and styles are left untouched. Marked as
 * the extension's own, so the change watcher and the reader ignore it. One per role at a time.
 */
export function overlayOn(doc: Document, el: Element, role: OverlayRole): HTMLElement {
  removeOverlays(doc, role);
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
}
