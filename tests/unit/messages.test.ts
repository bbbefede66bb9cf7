import { describe, expect, it, vi } from 'vitest';
import { answer, checkAgentMessage } from '@/lib/page/agent-messages';
import { isPageChangeFrom } from '@/lib/messages';
import type { PageAgent } from '@/lib/page/page-agent';
import { readMappingList } from '@/lib/settings/settings';

const US = { id: 'our-extension-id' };

describe('messages to the page agent', () => {
  it('accepts well-formed requests from this extension', () => {
    expect(checkAgentMessage({ type: 'highlight', readId: 'r1', index: 3 }, US, 'our-extension-id')).toEqual({
      ok: true,
      request: { type: 'highlight', readId: 'r1', index: 3 },
    });
    expect(checkAgentMessage({ type: 'insert', text: 'plan' }, US, 'our-extension-id').ok).toBe(true);
  });

  it.each([
    [{ type: 'highlight', readId: 'r1', index: 3 }, { id: 'another-extension' }, 'not sent by this extension'],
    [{ type: 'highlight', readId: 'r1', index: 3 }, {}, 'not sent by this extension'],
    [{ type: 'highlight', readId: 7, index: 3 }, US, 'readId'],
    [{ type: 'highlight', readId: 'r1', index: -1 }, US, 'index'],
    [{ type: 'highlight', readId: 'r1', index: 1.5 }, US, 'index'],
    [{ type: 'insert', text: 'x'.repeat(100_001) }, US, 'text'],
    [{ type: 'format-disk' }, US, 'type'],
    ['highlight', US, 'message'],
    [null, US, 'message'],
  ])('rejects %j from %j with a clear error', (message, sender, error) => {
    const checked = checkAgentMessage(message, sender, 'our-extension-id');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(new RegExp(`^rejected: .*${error}`));
  });

  it('answers a checked request through the agent, and stays silent when there is no focused field', async () => {
    const agent = { highlight: vi.fn(() => 'shown' as const), pick: vi.fn(), cancelPick: vi.fn(), insert: vi.fn(() => undefined),
    insertTarget: vi.fn(() => undefined), remember: vi.fn(), lastRead: vi.fn(), takeChanges: vi.fn(() => []) } satisfies PageAgent;
    await expect(answer({ type: 'highlight', readId: 'r', index: 0 }, agent)).resolves.toEqual({ outcome: 'shown' });
    expect(answer({ type: 'insert', text: 'x' }, agent)).toBeUndefined();
    // A read asks for the whole page unless the panel says the page reported a change.
    const readFrame = vi.fn(async () => '{}');
    await answer({ type: 'read', readId: 'r1' }, agent, readFrame);
    await answer({ type: 'read', readId: 'r2', onlyChanged: true }, agent, readFrame);
    expect(readFrame.mock.calls).toEqual([['r1', false], ['r2', true]]);
  });
});

describe('page-change messages to the panel', () => {
  it('count only from this extension, for the panel\'s own tab, in the right shape', () => {
    const from = (id: string | undefined, tab: number) => ({ id, tab: { id: tab } });
    expect(isPageChangeFrom({ type: 'page-changed' }, from('us', 4), 4, 'us')).toBe(true);
    expect(isPageChangeFrom({ type: 'page-changed' }, from('us', 5), 4, 'us')).toBe(false);
    expect(isPageChangeFrom({ type: 'page-changed' }, from('them', 4), 4, 'us')).toBe(false);
    expect(isPageChangeFrom({ type: 'page-changed', extra: '<script>' }, from('us', 4), 4, 'us')).toBe(true);
    expect(isPageChangeFrom({ type: 'changed' }, from('us', 4), 4, 'us')).toBe(false);
  });
});

describe('settings read from storage', () => {
  it('are validated: a bad value gives the default and says why', () => {
    expect(readMappingList(undefined)).toEqual({ mappings: [] });
    expect(readMappingList([{ label: 'Rel Dt', fact: 'releaseDate' }])).toEqual({ mappings: [{ label: 'Rel Dt', fact: 'releaseDate' }] });
    expect(readMappingList([{ label: '', fact: 'releaseDate' }]).error).toMatch(/^stored field mappings ignored: 0\.label/);
    expect(readMappingList({ version: 0 }).error).toMatch(/^stored field mappings ignored/);
  });
});
