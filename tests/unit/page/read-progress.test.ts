import { describe, expect, it } from 'vitest';
import { throttleProgress } from '@/lib/page/read-progress';
import { takeReadRequest } from '@/lib/page/reader-entry';
import { READ_REQUEST_KEY } from '@/lib/page/agent-key';

describe('throttleProgress', () => {
  it('reports the first slice, then at most once every interval', () => {
    let t = 0;
    const sent: number[] = [];
    const report = throttleProgress((n) => sent.push(n), { intervalMs: 250, now: () => t });
    // Slices every 10 ms for a second: four reports, not a hundred.
    for (let slice = 1; slice <= 100; slice++) {
      t = slice * 10;
      report(slice * 20);
    }
    expect(sent).toEqual([20, 520, 1020, 1520]);
  });

  it('a fast read of a few slices sends one report', () => {
    let t = 0;
    const sent: number[] = [];
    const report = throttleProgress((n) => sent.push(n), { now: () => t });
    for (t = 0; t < 240; t += 20) report(t);
    expect(sent).toEqual([0]);
  });
});

describe('takeReadRequest', () => {
  it('takes the id the panel left, once, and only a plausible one', () => {
    const key = Symbol.for(READ_REQUEST_KEY);
    const holder: Record<symbol, unknown> = { [key]: 'read-1' };
    expect(takeReadRequest(holder as never)).toBe('read-1');
    expect(takeReadRequest(holder as never)).toBeUndefined();
    holder[key] = 'x'.repeat(65);
    expect(takeReadRequest(holder as never)).toBeUndefined();
    holder[key] = { not: 'a string' };
    expect(takeReadRequest(holder as never)).toBeUndefined();
  });
});
