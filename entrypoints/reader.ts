import { browser } from 'wxt/browser';
import { Highlight, isFromExtension } from '@/lib/messages';
import { createPageAgent, type PageAgent } from '@/lib/page-agent';
import { readDocument } from '@/lib/reader/read-document';
import type { FrameRead } from '@/lib/reader/types';

// Injected on demand into every frame of the target tab; returns the frame's fields as JSON.
declare global {
  var caseGuidanceAgent: PageAgent | undefined;
}

type DomApi = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };

/** Closed shadow roots are visible to extensions: chrome.dom in Chrome, a method on elements in Firefox. */
function shadowRootOf(el: Element): ShadowRoot | null {
  const chromeDom = (globalThis as unknown as { chrome?: DomApi }).chrome?.dom;
  if (chromeDom?.openOrClosedShadowRoot) return chromeDom.openOrClosedShadowRoot(el) ?? null;
  const firefox = (el as unknown as { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
  return firefox ? (firefox.call(el) ?? null) : el.shadowRoot;
}

function startAgent(): PageAgent {
  const agent = createPageAgent({
    doc: document,
    // Nobody may be listening (panel closed): that is not an error.
    notify: () => void browser.runtime.sendMessage({ type: 'page-changed' }).catch(() => undefined),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromExtension(sender, browser.runtime.id)) return undefined;
    const request = Highlight.safeParse(message);
    if (!request.success) return undefined;
    return Promise.resolve({ outcome: agent.highlight(request.data.readId, request.data.index) });
  });
  return agent;
}

export default defineUnlistedScript((): FrameRead => {
  const agent = (globalThis.caseGuidanceAgent ??= startAgent());
  const readId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const out = readDocument(document, { readId, shadowRootOf });
  agent.remember(readId, out.elements, out.shadowRoots);
  return { fields: out.fields, url: location.href, title: document.title, skipped: out.skipped };
});
