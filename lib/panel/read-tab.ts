import { browser } from 'wxt/browser';
import { FrameReadSchema } from '../messages';
import { AGENT_KEY, READ_REQUEST_KEY } from '../page/agent-key';
import { explainReadFailure, type ReadFailure } from './read-failure';
import type { Field, FrameRead } from '../reader/types';

export type TabRead =
  | { ok: true; fields: Field[]; url: string; title: string; skipped: number }
  | ({ ok: false } & ReadFailure);

export interface InjectionResult {
  frameId: number;
  result?: unknown;
}

/**
 * A frame's read as the reader sends it: JSON text, because the browser carries one string
 * across far faster than thousands of small objects, checked against the schema of a page read
 * (lib/messages.ts) before the panel uses it. A frame that returned nothing (an about:blank
 * frame, a frame still loading) or something that is not a page read is left out.
 */
export function parseFrameRead(result: unknown): FrameRead | undefined {
  if (typeof result !== 'string') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(result);
  } catch {
    return undefined;
  }
  const parsed = FrameReadSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** Longest page title or address shown: a page can set a 2 MB title, and the panel must stay readable. */
export const MAX_TITLE = 150;

export function shortTitle(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_TITLE ? `${collapsed.slice(0, MAX_TITLE)}…` : collapsed;
}

/** Merges the reads of a tab's frames, top frame first, stamping each locator with its frame. */
export function mergeFrameReads(results: InjectionResult[]): Omit<TabRead & { ok: true }, 'ok'> {
  const frames = results
    .map((r) => ({ frameId: r.frameId, result: parseFrameRead(r.result) }))
    .filter((r): r is { frameId: number; result: FrameRead } => r.result !== undefined)
    .sort((a, b) => a.frameId - b.frameId);
  const top = frames.find((f) => f.frameId === 0)?.result;
  const fields = frames.flatMap(({ frameId, result }) =>
    result.fields.map((f) => ({ ...f, locator: { ...f.locator, frameId } })),
  );
  return {
    fields,
    url: top?.url ?? '',
    title: shortTitle(top?.title ?? ''),
    skipped: frames.reduce((n, f) => n + (f.result.skipped || 0), 0),
  };
}

/**
 * Run in each frame (serialised by the browser, so self-contained) just before the reader:
 * leaves the panel's id for the read where the reader takes it, and says whether the frame
 * already has a resident agent.
 */
export function prepareFrame(agentKey: string, requestKey: string, readId: string): boolean {
  const global = globalThis as unknown as Record<symbol, unknown>;
  global[Symbol.for(requestKey)] = readId;
  return global[Symbol.for(agentKey)] !== undefined;
}

/**
 * Injects the page reader into every frame of a tab and returns what it read, or why it could not.
 * A read the top frame did not answer is no read: on a busy machine the injection can land while
 * the tab is between pages (e.g. on its way to a browser page), and "no fields" would be false.
 * `readId` tags the readers' progress reports (lib/panel/read-progress.ts).
 */
export async function readTab(tabId: number, { readId }: { readId?: string } = {}): Promise<TabRead> {
  try {
    if (readId !== undefined) {
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: prepareFrame, args: [AGENT_KEY, READ_REQUEST_KEY, readId] });
    }
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/reader.js'] });
    if (!results.some((r) => r.frameId === 0 && parseFrameRead(r.result))) {
      const tab = await browser.tabs.get(tabId);
      return { ok: false, ...explainReadFailure(new Error(`Cannot access ${tab.url ?? 'the page'}: the page did not answer`)) };
    }
    return { ok: true, ...mergeFrameReads(results) };
  } catch (error) {
    return { ok: false, ...explainReadFailure(error) };
  }
}
