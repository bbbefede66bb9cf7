import { describe, expect, it } from 'vitest';
import { ReadProgress, readProgressFrom } from '@/lib/messages';
import { createProgressTally, newReadId, progressText } from '@/lib/panel/read-progress';
import { prepareFrame } from '@/lib/panel/read-tab';
import { AGENT_KEY, READ_REQUEST_KEY } from '@/lib/page/agent-key';

const EXT = 'ext-id';
const fromTab = (tabId: number, frameId = 0) => ({ id: EXT, tab: { id: tabId }, frameId });

describe('the read-progress message', () => {
  it('is counts only: a read id and a number of fields, nothing else', () => {
    expect(ReadProgress.safeParse({ type: 'read-progress', readId: 'r1', fields: 4200 }).success).toBe(true);
    expect(ReadProgress.safeParse({ type: 'read-progress', readId: 'r1', fields: 4200, text: 'Jane Doe' }).success).toBe(false);
    expect(ReadProgress.safeParse({ type: 'read-progress', readId: 'r1', fields: -1 }).success).toBe(false);
    expect(ReadProgress.safeParse({ type: 'read-progress', readId: 'r1', fields: 1.5 }).success).toBe(false);
    expect(ReadProgress.safeParse({ type: 'read-progress', readId: '', fields: 1 }).success).toBe(false);
    expect(ReadProgress.safeParse({ type: 'read-progress', readId: 'x'.repeat(65), fields: 1 }).success).toBe(false);
    expect(ReadProgress.safeParse({ type: 'page-changed' }).success).toBe(false);
  });

  it('is accepted only from this extension, from the tab the panel reads, with its frame', () => {
    const message = { type: 'read-progress', readId: 'r1', fields: 10 };
    expect(readProgressFrom(message, fromTab(3, 7), 3, EXT)).toEqual({ ...message, frameId: 7 });
    expect(readProgressFrom(message, fromTab(4), 3, EXT)).toBeUndefined();
    expect(readProgressFrom(message, { id: 'other', tab: { id: 3 } }, 3, EXT)).toBeUndefined();
    expect(readProgressFrom(message, { id: EXT }, 3, EXT)).toBeUndefined();
    expect(readProgressFrom({ ...message, fields: 'many' }, fromTab(3), 3, EXT)).toBeUndefined();
  });
});

describe('createProgressTally', () => {
  it('adds up the latest count of each frame of the read being waited for', () => {
    const tally = createProgressTally();
    tally.start('r1');
    expect(tally.add({ type: 'read-progress', readId: 'r1', fields: 100, frameId: 0 })).toEqual({ fields: 100, reports: 1 });
    expect(tally.add({ type: 'read-progress', readId: 'r1', fields: 40, frameId: 5 })).toEqual({ fields: 140, reports: 2 });
    expect(tally.add({ type: 'read-progress', readId: 'r1', fields: 300, frameId: 0 })).toEqual({ fields: 340, reports: 3 });
  });

  it('ignores reports of another read, of an earlier one, and after the read ended', () => {
    const tally = createProgressTally();
    expect(tally.add({ type: 'read-progress', readId: 'r1', fields: 1, frameId: 0 })).toBeUndefined();
    tally.start('r1');
    tally.add({ type: 'read-progress', readId: 'r1', fields: 50, frameId: 0 });
    tally.start('r2');
    expect(tally.add({ type: 'read-progress', readId: 'r1', fields: 60, frameId: 0 })).toBeUndefined();
    expect(tally.add({ type: 'read-progress', readId: 'r2', fields: 5, frameId: 0 })).toEqual({ fields: 5, reports: 1 });
    tally.stop();
    expect(tally.add({ type: 'read-progress', readId: 'r2', fields: 9, frameId: 0 })).toBeUndefined();
  });

  it('makes a fresh id for each read', () => {
    expect(newReadId()).not.toBe(newReadId());
    expect(newReadId().length).toBeLessThanOrEqual(64);
  });
});

describe('progressText', () => {
  it('says how many fields so far with a thousands separator', () => {
    expect(progressText(4200)).toBe('Reading… 4,200 fields so far');
    expect(progressText(123456)).toBe('Reading… 123,456 fields so far');
    expect(progressText(1)).toBe('Reading… 1 field so far');
  });
});

describe('prepareFrame', () => {
  it('leaves the read id where the reader takes it and says whether an agent is resident', () => {
    const global = globalThis as unknown as Record<symbol, unknown>;
    try {
      expect(prepareFrame(AGENT_KEY, READ_REQUEST_KEY, 'r9')).toBe(false);
      expect(global[Symbol.for(READ_REQUEST_KEY)]).toBe('r9');
      delete global[Symbol.for(READ_REQUEST_KEY)];
      // A frame with an agent is asked by message, with the id in the request: nothing is left behind.
      global[Symbol.for(AGENT_KEY)] = {};
      expect(prepareFrame(AGENT_KEY, READ_REQUEST_KEY, 'r10')).toBe(true);
      expect(global[Symbol.for(READ_REQUEST_KEY)]).toBeUndefined();
    } finally {
      delete global[Symbol.for(AGENT_KEY)];
      delete global[Symbol.for(READ_REQUEST_KEY)];
    }
  });
});
