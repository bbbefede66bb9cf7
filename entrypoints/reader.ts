import { listenForAgentRequests, reportPageChanged } from '@/lib/agent-messages';
import { createPageAgent, type PageAgent } from '@/lib/page-agent';
import { readDocumentInSlices } from '@/lib/reader/read-document';
import type { FrameRead } from '@/lib/reader/types';

// Injected on demand into every frame of the target tab; returns the frame's fields as JSON.

/**
 * Where the resident agent lives between injections: a symbol key on the isolated world's
 * global, which a page cannot shadow (an element with id="caseGuidanceAgent" becomes a named
 * property of window and used to replace a string-keyed global, silencing the reader).
 */
const AGENT = Symbol.for('case-guidance-agent');
type AgentHolder = { [AGENT]?: PageAgent };

/**
 * Gives the page its thread back between slices of a read. A message-channel task, not
 * setTimeout: the case tab is often in the background (the panel popped out), where timers
 * are throttled to one a second or slower.
 */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

type DomApi = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };

/**
 * Closed shadow roots are visible to extensions: chrome.dom in Chrome, a method on elements in
 * Firefox. Asking is costly (a call into the browser per element), so only custom elements,
 * the hosts component libraries use, are asked; open roots on any element are found directly.
 */
function shadowRootFinder(): (el: Element) => ShadowRoot | null {
  const dom = (globalThis as unknown as { chrome?: DomApi }).chrome?.dom;
  const chromeOpen = dom?.openOrClosedShadowRoot?.bind(dom);
  return (el) => {
    if (el.shadowRoot) return el.shadowRoot;
    if (!el.localName.includes('-')) return null;
    if (chromeOpen) return chromeOpen(el) ?? null;
    const firefox = (el as unknown as { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
    return firefox ? (firefox.call(el) ?? null) : null;
  };
}

function startAgent(): PageAgent {
  const agent = createPageAgent({ doc: document, notify: reportPageChanged });
  listenForAgentRequests(agent);
  return agent;
}

// The read goes back as JSON text: the browser carries one string far faster than many objects.
export default defineUnlistedScript(async (): Promise<string> => {
  const holder = globalThis as unknown as AgentHolder;
  const agent = (holder[AGENT] ??= startAgent());
  const readId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const started = performance.now();
  const out = await readDocumentInSlices(document, { readId, shadowRootOf: shadowRootFinder(), pause });
  const durationMs = performance.now() - started;
  agent.remember(readId, out.elements, out.shadowRoots, durationMs);
  const read: FrameRead = { fields: out.fields, url: location.href, title: document.title, skipped: out.skipped, durationMs };
  return JSON.stringify(read);
});
