import type { FrameRead } from '../reader/types';
import { readDocumentInSlices } from '../reader/read-document';
import { keepRead, rereadChanged, type KeptRead } from '../reader/incremental';
import { AGENT_KEY, READ_REQUEST_KEY } from './agent-key';
import { listenForAgentRequests, reportPageChanged, reportReadProgress } from './agent-messages';
import { throttleProgress } from './read-progress';
import { createPageAgent, type PageAgent } from './page-agent';

/**
 * What the injected reader (entrypoints/reader.ts) does in each frame: read the page in slices,
 * hand the elements to the resident page agent, and return the read as JSON text.
 */

/** The resident agent's key (see agent-key.ts). */
const AGENT = Symbol.for(AGENT_KEY);
const READ_REQUEST = Symbol.for(READ_REQUEST_KEY);
type AgentHolder = { [AGENT]?: PageAgent; [READ_REQUEST]?: unknown };

/**
 * The id the panel gave the read it is about to start (left by read-tab.ts just before it injects
 * the reader), taken so that a later read without one does not reuse it.
 */
export function takeReadRequest(holder = globalThis as unknown as AgentHolder): string | undefined {
  const id = holder[READ_REQUEST];
  delete holder[READ_REQUEST];
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
}

/**
 * Gives the page its thread back between slices of a read. A message-channel task, not
 * setTimeout: the case tab is often in the background (the panel popped out), where timers
 * are throttled to one a second or slower.
 */
export function pause(): Promise<void> {
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
export function shadowRootFinder(): (el: Element) => ShadowRoot | null {
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
  // Re-reads come to the agent as a 'read' request (lib/panel/read-tab.ts), not a new injection.
  listenForAgentRequests(agent, (readId, onlyChanged) => readThisFrame(readId, { onlyChanged }));
  return agent;
}

/**
 * Reads this frame; the first read starts the resident agent. The read goes back as JSON text.
 * While it reads, it tells the panel how many fields it has so far (at most every 250 ms), tagged
 * with the panel's id for the read, when the panel gave one. The reader's cap (20,000 fields,
 * lib/reader/context.ts) stays: see the note in tests/e2e/huge-page.spec.ts.
 *
 * `onlyChanged` (the panel read because the page reported a change): read again only the parts
 * of the page that changed since the last read, when that can be trusted (lib/reader/incremental.ts);
 * otherwise, and always when the panel opens or the user asks, the whole page.
 */
export async function readThisFrame(panelReadId: string | undefined = takeReadRequest(), { onlyChanged = false } = {}): Promise<string> {
  const holder = globalThis as unknown as AgentHolder;
  const agent = (holder[AGENT] ??= startAgent());
  const readId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const started = performance.now();
  // Taken before reading: what changes while this read runs is for the next one.
  const changes = agent.takeChanges();
  const last = agent.lastRead();
  const partial = onlyChanged && last && changes ? rereadChanged(document, last, changes, { readId, shadowRootOf: shadowRootFinder() }) : undefined;
  let kept: KeptRead | undefined = partial?.read;
  if (!kept) {
    const onProgress = panelReadId === undefined ? undefined : throttleProgress((fields) => reportReadProgress(panelReadId, fields));
    kept = keepRead(await readDocumentInSlices(document, { readId, shadowRootOf: shadowRootFinder(), pause, onProgress }));
  }
  const out = kept.read;
  const durationMs = performance.now() - started;
  agent.remember(readId, out.elements, out.shadowRoots, durationMs, kept);
  const read: FrameRead = { fields: out.fields, url: location.href, title: document.title, skipped: out.skipped, durationMs };
  if (partial) read.partsReadAgain = partial.reread;
  return JSON.stringify(read);
}
