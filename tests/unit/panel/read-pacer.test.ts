import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadPacer, gapAfter, PANEL_PACE } from '@/lib/panel/read-pacer';

/** A pacer whose reads take `durationMs` of fake time; `starts` records when each read began. */
function setup(durationMs: number, options: { minGapMs?: number; factor?: number; maxGapMs?: number } = {}) {
  const starts: number[] = [];
  const pacer = createReadPacer({
    ...options,
    now: () => Date.now(),
    read: async () => {
      starts.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, durationMs));
    },
  });
  return { pacer, starts };
}

describe('gapAfter', () => {
  it('waits at least the floor, grows with the read, and stops at the cap', () => {
    const pace = { minGapMs: 250, factor: 4, maxGapMs: 5000 };
    expect(gapAfter(10, pace)).toBe(250);
    expect(gapAfter(100, pace)).toBe(400);
    expect(gapAfter(3000, pace)).toBe(5000);
  });

  it('the panel waits at least what the issue asks: max(250 ms, 4 × d), at most ~5 s', () => {
    for (const d of [0, 20, 62, 100, 400, 1000, 2000]) {
      expect(gapAfter(d, PANEL_PACE)).toBeGreaterThanOrEqual(Math.min(5000, Math.max(250, 4 * d)));
      expect(gapAfter(d, PANEL_PACE)).toBeLessThanOrEqual(5000);
    }
  });
});

describe('createReadPacer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('reads at once when asked (page load, the user), and the first change at once', async () => {
    const { pacer, starts } = setup(10);
    pacer.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([0]);
    await vi.advanceTimersByTimeAsync(10);
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([0, 10]);
  });

  it('says why it reads: only change reports may read just what changed; a load or the user reads all', async () => {
    const causes: string[] = [];
    const pacer = createReadPacer({ now: () => Date.now(), read: async (cause) => void causes.push(cause) });
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(0);
    pacer.changed();
    await vi.advanceTimersByTimeAsync(1000);
    // A change and a load waiting together: the load's whole read covers the change.
    pacer.changed();
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(1000);
    expect(causes).toEqual(['now', 'change', 'now']);
  });

  it('a settled panel starts reading on the report itself, with no timer between', async () => {
    const { pacer, starts } = setup(20, { minGapMs: 250, factor: 4 });
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(20 + 250); // read 0–20, then the gap passes
    pacer.changed();
    await Promise.resolve(); // no timer runs: only this task's microtasks
    expect(starts).toEqual([0, 270]);
    pacer.changed(); // a report during that read: one more read, paced after it
    await vi.advanceTimersByTimeAsync(20 + 249);
    expect(starts).toEqual([0, 270]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([0, 270, 540]);
  });

  it('coalesces reports from many frames into one read, after the gap', async () => {
    const { pacer, starts } = setup(100, { minGapMs: 250, factor: 4 });
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(100); // read 0–100
    for (let i = 0; i < 4; i++) pacer.changed(); // four frames report
    await vi.advanceTimersByTimeAsync(399);
    expect(starts).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([0, 500]); // 100 + 4 × 100
  });

  it('a change during a read gives one more read after it, paced, never a queue', async () => {
    const { pacer, starts } = setup(50, { minGapMs: 250, factor: 4 });
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(10);
    pacer.changed();
    pacer.changed();
    await vi.advanceTimersByTimeAsync(40); // read ends at 50
    await vi.advanceTimersByTimeAsync(1000);
    expect(starts).toEqual([0, 300]); // 50 + max(250, 200)
  });

  it('a page load during a read reads again straight after it', async () => {
    const { pacer, starts } = setup(50);
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(10);
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(40);
    expect(starts).toEqual([0, 50]);
  });

  it('a page load does not wait for a paced change, and the change joins it', async () => {
    const { pacer, starts } = setup(100, { minGapMs: 250, factor: 4 });
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(100);
    pacer.changed(); // due at 500
    await vi.advanceTimersByTimeAsync(50);
    pacer.readNow(); // at 150
    await vi.advanceTimersByTimeAsync(2000);
    expect(starts).toEqual([0, 150]);
  });

  it('four frames changing every 200 ms keep the panel reading at most a fifth of the time', async () => {
    const d = 120;
    const { pacer, starts } = setup(d, { minGapMs: 250, factor: 4 });
    pacer.readNow();
    const frames = [0, 50, 100, 150].map((offset) =>
      setTimeout(() => {
        pacer.changed();
        const again = setInterval(() => pacer.changed(), 200);
        frames.push(again as unknown as ReturnType<typeof setTimeout>);
      }, offset),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    for (const f of frames) clearTimeout(f);
    pacer.dispose();
    const busy = (starts.length * d) / 10_000;
    expect(busy).toBeLessThanOrEqual(0.2 + d / 10_000);
    expect(starts.length).toBeGreaterThan(10); // still live
  });

  it('slows down to the cap on a slow page and no further', async () => {
    const { pacer, starts } = setup(2000, { minGapMs: 250, factor: 4, maxGapMs: 5000 });
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(2000);
    pacer.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(starts).toEqual([0, 7000]);
  });

  it('reads nothing after dispose', async () => {
    const { pacer, starts } = setup(10);
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(10);
    pacer.changed();
    pacer.dispose();
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(starts).toEqual([0]);
  });

  it('goes on after a read that failed', async () => {
    let calls = 0;
    const pacer = createReadPacer({ now: () => Date.now(), read: async () => { calls += 1; if (calls === 1) throw new Error('gone'); } });
    pacer.readNow();
    await vi.advanceTimersByTimeAsync(0);
    pacer.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
  });
});
