import { browser } from 'wxt/browser';
import { FrameReadSchema } from '../messages';
import { AGENT_KEY, READ_REQUEST_KEY } from '../page/agent-key';
import { sendToAgent } from './agent-client';
import { newReadId } from './read-progress';
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

export interface ParsedFrame {
  frameId: number;
  result: FrameRead;
}

/** The frames that gave a page read, parsed and checked once each (a 10,000-field read takes a while to check), top frame first. */
export function parseFrameReads(results: InjectionResult[]): ParsedFrame[] {
  return results
    .map((r) => ({ frameId: r.frameId, result: parseFrameRead(r.result) }))
    .filter((r): r is ParsedFrame => r.result !== undefined)
    .sort((a, b) => a.frameId - b.frameId);
}

/** Merges the reads of a tab's frames, top frame first, stamping each locator with its frame. */
export function mergeFrameReads(results: InjectionResult[]): Omit<TabRead & { ok: true }, 'ok'> {
  return mergeParsedFrames(parseFrameReads(results));
}

function mergeParsedFrames(frames: ParsedFrame[]): Omit<TabRead & { ok: true }, 'ok'> {
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
 * Run in each frame (serialised by the browser, so self-contained; tiny, unlike the ~60 KB
 * reader): says whether the frame already has a resident agent, and where it has none leaves
 * the panel's id for the read where the reader about to be injected takes it.
 */
export function prepareFrame(agentKey: string, requestKey: string, readId: string): boolean {
  const global = globalThis as unknown as Record<symbol, unknown>;
  if (global[Symbol.for(agentKey)] !== undefined) return true;
  global[Symbol.for(requestKey)] = readId;
  return false;
}

/** Which frames are asked to read by their resident agent and which need the reader injected. */
export function planRead(prepared: InjectionResult[]): { ask: number[]; inject: number[] } {
  const ask = prepared.filter((r) => r.result === true).map((r) => r.frameId);
  const inject = prepared.filter((r) => r.result !== true).map((r) => r.frameId);
  return { ask, inject };
}

const READER = '/reader.js';

/**
 * Reads each frame the cheapest way: its resident agent when it has one (a message, no
 * injection), the reader injected into the others. A frame whose agent does not answer (gone
 * with its page, or an agent of an older build) gets the reader injected instead. A subframe
 * that cannot be injected any more (it went away meanwhile) is left out; the top frame's
 * failure is the read's.
 */
async function readFrames(tabId: number, readId: string, onlyChanged: boolean): Promise<InjectionResult[]> {
  const prepared = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: prepareFrame, args: [AGENT_KEY, READ_REQUEST_KEY, readId] });
  const { ask, inject } = planRead(prepared);
  // The first read of a page: every frame needs the reader, in one injection as before.
  if (ask.length === 0) return browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [READER] });
  const asked = await Promise.all(
    ask.map(async (frameId): Promise<InjectionResult> => {
      try {
        return { frameId, result: await sendToAgent(tabId, { type: 'read', readId, onlyChanged }, { frameId }) };
      } catch {
        inject.push(frameId);
        return { frameId };
      }
    }),
  );
  const injected = inject.length === 0 ? [] : await injectInto(tabId, inject);
  return [...asked.filter((r) => r.result !== undefined), ...injected];
}

async function injectInto(tabId: number, frameIds: number[]): Promise<InjectionResult[]> {
  try {
    return await browser.scripting.executeScript({ target: { tabId, frameIds }, files: [READER] });
  } catch (error) {
    // One frame gone makes the whole call fail: try each on its own, so the others are still read.
    const each = await Promise.all(
      frameIds.map((frameId) =>
        browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER] }).catch((e: unknown) => {
          if (frameId === 0) throw e;
          return [];
        }),
      ),
    ).catch(() => {
      throw error;
    });
    return each.flat();
  }
}

/**
 * Reads every frame of a tab (by its resident agent, or by injecting the reader where there is
 * none) and returns what it read, or why it could not.
 * A read the top frame did not answer is no read: on a busy machine the injection can land while
 * the tab is between pages (e.g. on its way to a browser page), and "no fields" would be false.
 * `readId` tags the readers' progress reports (lib/panel/read-progress.ts). `onlyChanged`: the
 * page reported a change, so each resident agent may read again only what changed.
 */
export async function readTab(tabId: number, { readId = newReadId(), onlyChanged = false }: { readId?: string; onlyChanged?: boolean } = {}): Promise<TabRead> {
  try {
    // Parsed and checked once: the check of a 10,000-field read was made twice here before.
    const frames = parseFrameReads(await readFrames(tabId, readId, onlyChanged));
    if (!frames.some((f) => f.frameId === 0)) {
      const tab = await browser.tabs.get(tabId);
      return { ok: false, ...explainReadFailure(new Error(`Cannot access ${tab.url ?? 'the page'}: the page did not answer`)) };
    }
    return { ok: true, ...mergeParsedFrames(frames) };
  } catch (error) {
    return { ok: false, ...explainReadFailure(error) };
  }
}
