/**
 * When the panel reads its tab. Every frame's agent reports changes on its own pace, but every
 * read reads every frame: four frames that each change five times a second would keep the panel
 * reading all the time. So change reports from all frames are coalesced into one read, and after
 * a read that took d ms the next change-triggered read waits at least max(minGapMs, factor × d),
 * at most maxGapMs: reading takes at most 1 / (factor + 1) of the time on a page that never stops
 * changing, however slow the machine. A page load or the user's own request is not delayed.
 *
 * One read at a time, never a queue: whatever arrives during a read becomes one more read after it.
 */
export interface ReadPacerOptions {
  /**
   * Reads the tab once (and shows the result). `cause` says why: 'change' when only change
   * reports asked for it (the frames may then read only what changed), 'now' for a load or the user.
   */
  read: (cause: ReadCause) => Promise<void>;
  /** Shortest wait after a read before a change-triggered read (ms). */
  minGapMs?: number;
  /** The wait is this many times the last read's duration. */
  factor?: number;
  /** Longest wait (ms): a page that changes all the time is still read this often. */
  maxGapMs?: number;
  now?: () => number;
}

export type ReadCause = 'now' | 'change';

export interface ReadPacer {
  /** Reads as soon as the read in progress (if any) ends: a page load, the user asking. */
  readNow(): void;
  /** A frame reported a change: read once the pace allows, together with any other reports. */
  changed(): void;
  /** Stops: no read starts after this (a read in progress finishes). */
  dispose(): void;
}

/** The pace the panel uses: 5 × d keeps reading under a sixth of the time (the issue asks for at least 4 × d). */
export const PANEL_PACE = { minGapMs: 250, factor: 5, maxGapMs: 5000 } as const;

/** The wait after a read of `durationMs` before a change-triggered read. */
export function gapAfter(durationMs: number, { minGapMs, factor, maxGapMs }: { minGapMs: number; factor: number; maxGapMs: number }): number {
  return Math.min(maxGapMs, Math.max(minGapMs, factor * durationMs));
}

export function createReadPacer({
  read,
  minGapMs = PANEL_PACE.minGapMs,
  factor = PANEL_PACE.factor,
  maxGapMs = PANEL_PACE.maxGapMs,
  now = () => performance.now(),
}: ReadPacerOptions): ReadPacer {
  let reading = false;
  let disposed = false;
  let wantNow = false;
  let wantChange = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // When the last read ended and how long it took; no read yet means no wait.
  let lastEnd = -Infinity;
  let lastDuration = 0;

  // A settled panel's read of a report, due at the end of this task (see changed).
  let soon = false;

  const clearTimer = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    soon = false;
  };

  const run = async (cause: ReadCause): Promise<void> => {
    clearTimer();
    reading = true;
    // This read sees every change reported before it starts.
    wantNow = false;
    wantChange = false;
    const started = now();
    try {
      await read(cause);
    } catch {
      // The reader reports its own failures; the pace goes on.
    } finally {
      lastEnd = now();
      lastDuration = lastEnd - started;
      reading = false;
    }
    if (disposed) return;
    if (wantNow) void run('now');
    else if (wantChange) changed();
  };

  const changed = (): void => {
    if (disposed) return;
    if (reading) {
      wantChange = true;
      return;
    }
    if (timer !== undefined || soon) return; // already due: this report joins it
    const due = lastEnd + gapAfter(lastDuration, { minGapMs, factor, maxGapMs });
    // A settled panel (the last read ended more than a gap ago) reads a report at once, not on a
    // timer's next turn: a user's edit reaches the card as soon as the page reports it. Only
    // reports that follow a read closely wait, which is what keeps the pace. A microtask, not a
    // call: a load or the user's request in the same task reads everything instead (readNow).
    if (due <= now()) {
      soon = true;
      queueMicrotask(() => {
        if (soon && !disposed) void run('change');
      });
      return;
    }
    timer = setTimeout(() => {
      timer = undefined;
      void run('change');
    }, Math.max(0, due - now()));
  };

  return {
    readNow() {
      if (disposed) return;
      if (reading) {
        wantNow = true;
        return;
      }
      void run('now');
    },
    changed,
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
