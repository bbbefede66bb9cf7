import { describe, expect, it } from 'vitest';
import { MAX_TITLE, mergeFrameReads, parseFrameRead } from '@/lib/panel/read-tab';
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

describe('parseFrameRead', () => {
  it('accepts a page read and checks it against the schema, not a cast', () => {
    expect(parseFrameRead(frame(['A']))?.fields[0]?.label).toBe('A');
    expect(parseFrameRead(JSON.stringify({ fields: [{ label: 'A', value: 'v', kind: 'text' }], url: '', title: '', skipped: 0 }))).toBeUndefined();
    expect(parseFrameRead(JSON.stringify({ fields: [{ label: 'A', value: 'v', kind: 'script', locator: { frameId: 0, readId: 'r', index: 0 } }], url: '', title: '', skipped: 0 }))).toBeUndefined();
    expect(parseFrameRead(JSON.stringify({ fields: [{ label: 'A', value: 7, kind: 'text', locator: { frameId: 0, readId: 'r', index: 0 } }], url: '', title: '', skipped: 0 }))).toBeUndefined();
    expect(parseFrameRead(JSON.stringify({ fields: [], url: 'x', title: 't', skipped: 0 }))).toEqual({ fields: [], url: 'x', title: 't', skipped: 0 });
    expect(parseFrameRead(JSON.stringify({ fields: [] }))).toBeUndefined();
    expect(parseFrameRead('null')).toBeUndefined();
    expect(parseFrameRead({ fields: [] })).toBeUndefined();
  });

  it('keeps every property of a field the reader sends', () => {
    const full: Field = { label: 'L', value: 'v', items: ['a'], kind: 'summary', section: 'S', hint: 'h', error: 'e', date: 'd', group: 'g', locator: { frameId: 0, readId: 'r', index: 2 } };
    expect(parseFrameRead(JSON.stringify({ fields: [full], url: '', title: '', skipped: 0 }))?.fields[0]).toEqual(full);
  });
});
