import { browser } from 'wxt/browser';
import { explainReadFailure, type ReadFailure } from './read-failure';
import type { Field, FrameRead } from './reader/types';

export type TabRead =
  | { ok: true; fields: Field[]; url: string; title: string; skipped: number }
  | ({ ok: false } & ReadFailure);

export interface InjectionResult {
  frameId: number;
  result?: unknown;
}

/** Merges the reads of a tab's frames, top frame first, stamping each locator with its frame. */
export function mergeFrameReads(results: InjectionResult[]): Omit<TabRead & { ok: true }, 'ok'> {
  const frames = results
    .filter((r): r is { frameId: number; result: FrameRead } => Boolean(r.result && typeof r.result === 'object'))
    .sort((a, b) => a.frameId - b.frameId);
  const top = frames.find((f) => f.frameId === 0)?.result;
  const fields = frames.flatMap(({ frameId, result }) =>
    result.fields.map((f) => ({ ...f, locator: { ...f.locator, frameId } })),
  );
  return {
    fields,
    url: top?.url ?? '',
    title: top?.title ?? '',
    skipped: frames.reduce((n, f) => n + (f.result.skipped || 0), 0),
  };
}

/** Injects the page reader into every frame of a tab and returns what it read, or why it could not. */
export async function readTab(tabId: number): Promise<TabRead> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/reader.js'] });
    return { ok: true, ...mergeFrameReads(results) };
  } catch (error) {
    return { ok: false, ...explainReadFailure(error) };
  }
}
