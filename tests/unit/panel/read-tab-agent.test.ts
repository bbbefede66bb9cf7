import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planRead, readTab } from '@/lib/panel/read-tab';
import { answer, checkAgentMessage } from '@/lib/page/agent-messages';
import type { PageAgent } from '@/lib/page/page-agent';
import type { FrameRead } from '@/lib/reader/types';

const frameRead = (label: string): string =>
  JSON.stringify({ fields: [{ label, value: 'v', kind: 'text', locator: { frameId: 0, readId: 'r', index: 0 } }], url: 'http://x/', title: 'Case', skipped: 0 } satisfies FrameRead);

type Call = { target: { tabId: number; allFrames?: boolean; frameIds?: number[] }; files?: string[]; func?: unknown; args?: unknown[] };

/** A tab whose frames have (true) or have not (false) a resident agent. */
function fakeTab(agents: Record<number, boolean>, { agentFails = [] as number[], goneFrames = [] as number[] } = {}) {
  const calls: Call[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (call: Call) => {
    calls.push(call);
    const frames = call.target.allFrames ? Object.keys(agents).map(Number) : call.target.frameIds!;
    if (call.func) return frames.map((frameId) => ({ frameId, result: agents[frameId] }));
    if (frames.some((f) => goneFrames.includes(f))) throw new Error(`No frame with id ${frames.find((f) => goneFrames.includes(f))}`);
    return frames.map((frameId) => ({ frameId, result: frameRead(`Injected ${frameId}`) }));
  }) as never);
  const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: string }, options: { frameId: number }) => {
    if (agentFails.includes(options.frameId)) throw new Error('Could not establish connection');
    return message.type === 'read' ? frameRead(`Agent ${options.frameId}`) : undefined;
  }) as never);
  return { calls, sent };
}

describe('planRead', () => {
  it('asks frames that have an agent, and injects the reader into the others', () => {
    expect(planRead([{ frameId: 0, result: true }, { frameId: 3, result: false }, { frameId: 4 }])).toEqual({ ask: [0], inject: [3, 4] });
  });
});

describe('readTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the reader into every frame in one call on the first read', async () => {
    const { calls, sent } = fakeTab({ 0: false, 2: false });
    const read = await readTab(1, { readId: 'r1' });
    expect(read.ok && read.fields.map((f) => f.label)).toEqual(['Injected 0', 'Injected 2']);
    expect(calls.map((c) => [c.files ?? 'check', c.target])).toEqual([
      ['check', { tabId: 1, allFrames: true }],
      [['/reader.js'], { tabId: 1, allFrames: true }],
    ]);
    expect(calls[0]!.args).toContain('r1');
    expect(sent).not.toHaveBeenCalled();
  });

  it('on a re-read asks the resident agents and injects only into frames without one', async () => {
    const { calls, sent } = fakeTab({ 0: true, 2: true, 5: false });
    const read = await readTab(1, { readId: 'r2' });
    expect(read.ok && read.fields.map((f) => [f.label, f.locator.frameId])).toEqual([
      ['Agent 0', 0],
      ['Agent 2', 2],
      ['Injected 5', 5],
    ]);
    expect(sent).toHaveBeenCalledWith(1, { type: 'read', readId: 'r2', onlyChanged: false }, { frameId: 0 });
    expect(calls.filter((c) => c.files).map((c) => c.target)).toEqual([{ tabId: 1, frameIds: [5] }]);
  });

  it('passes on that only change reports asked for the read, so agents may read just what changed', async () => {
    const { sent } = fakeTab({ 0: true });
    await readTab(1, { readId: 'r3', onlyChanged: true });
    expect(sent).toHaveBeenCalledWith(1, { type: 'read', readId: 'r3', onlyChanged: true }, { frameId: 0 });
  });

  it('injects the reader into a frame whose agent does not answer', async () => {
    const { calls } = fakeTab({ 0: true, 2: true }, { agentFails: [2] });
    const read = await readTab(1);
    expect(read.ok && read.fields.map((f) => f.label)).toEqual(['Agent 0', 'Injected 2']);
    expect(calls.filter((c) => c.files).map((c) => c.target)).toEqual([{ tabId: 1, frameIds: [2] }]);
  });

  it('leaves out a subframe that went away meanwhile, and still reads the rest', async () => {
    fakeTab({ 0: false, 2: true, 7: false }, { goneFrames: [7] });
    const read = await readTab(1);
    expect(read.ok && read.fields.map((f) => f.label)).toEqual(['Injected 0', 'Agent 2']);
  });

  it('keeps its failure reporting: a page it may not read, or a top frame that does not answer', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of url "chrome://settings/"'));
    const refused = await readTab(1);
    expect(refused.ok).toBe(false);

    fakeBrowser.reset();
    fakeTab({ 0: true }, { agentFails: [0], goneFrames: [0] });
    const gone = await readTab(1);
    expect(gone.ok).toBe(false);
  });
});

describe('the agent answers a read request', () => {
  const agent = {} as PageAgent;

  it('accepts a read request from this extension only, and answers it with the frame read', async () => {
    expect(checkAgentMessage({ type: 'read', readId: 'r1' }, { id: 'ext' }, 'ext').ok).toBe(true);
    expect(checkAgentMessage({ type: 'read', readId: 'r1' }, { id: 'page' }, 'ext').ok).toBe(false);
    expect(checkAgentMessage({ type: 'read', readId: '' }, { id: 'ext' }, 'ext').ok).toBe(false);
    const readFrame = vi.fn(async (readId: string) => `read ${readId}`);
    await expect(answer({ type: 'read', readId: 'r1' }, agent, readFrame)).resolves.toBe('read r1');
    expect(answer({ type: 'read', readId: 'r1' }, agent)).toBeUndefined();
  });
});
