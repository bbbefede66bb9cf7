import { describe, expect, it } from 'vitest';
import { MAX_TITLE, mergeFrameReads } from '@/lib/read-tab';
import type { Field, FrameRead } from '@/lib/reader/types';

const field = (label: string, index: number): Field => ({
  label,
  value: 'v',
  kind: 'text',
  locator: { frameId: 0, readId: 'r', index },
});
const frame = (labels: string[], extra: Partial<FrameRead> = {}): string =>
  JSON.stringify({ fields: labels.map(field), url: 'http://x/', title: 't', skipped: 0, ...extra } satisfies FrameRead);

describe('mergeFrameReads', () => {
  it('puts the top frame first and stamps each locator with its frame', () => {
    const merged = mergeFrameReads([
      { frameId: 7, result: frame(['In frame']) },
      { frameId: 0, result: frame(['Top'], { title: 'Case' }) },
    ]);
    expect(merged.fields.map((f) => [f.label, f.locator.frameId])).toEqual([
      ['Top', 0],
      ['In frame', 7],
    ]);
    expect(merged.title).toBe('Case');
  });

  it('skips frames that returned nothing or garbage and adds up what was skipped', () => {
    const merged = mergeFrameReads([
      { frameId: 0, result: frame(['A'], { skipped: 3 }) },
      { frameId: 2 },
      { frameId: 4, result: '{not json' },
      { frameId: 5, result: { fields: 'no' } },
      { frameId: 3, result: frame([], { skipped: 4 }) },
    ]);
    expect(merged.fields).toHaveLength(1);
    expect(merged.skipped).toBe(7);
  });

  it('shortens a page title a page has made huge, and says it did', () => {
    const merged = mergeFrameReads([{ frameId: 0, result: frame(['A'], { title: `Case ${'x'.repeat(2_000_000)}` }) }]);
    expect(merged.title).toHaveLength(MAX_TITLE + 1);
    expect(merged.title.endsWith('…')).toBe(true);
  });
});
