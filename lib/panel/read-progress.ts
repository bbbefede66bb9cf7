import type { ReadProgress } from '../messages';

/** How far the read the panel is waiting for has got: fields so far across its frames, and reports received. */
export interface ReadProgressSoFar {
  fields: number;
  reports: number;
}

/** A new id for one read of a tab, which the readers tag their progress reports with. */
export function newReadId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Adds up the progress reports of one read: each frame reports its own running count, so the
 * read's count is the sum of each frame's latest. Reports of another read (an earlier one that
 * ended late, another panel's) are ignored.
 */
export function createProgressTally() {
  let current: string | undefined;
  let frames = new Map<number, number>();
  let reports = 0;
  return {
    /** The panel starts waiting for read `readId`; what came before is forgotten. */
    start(readId: string): void {
      current = readId;
      frames = new Map();
      reports = 0;
    },
    /** The read ended: later reports of it are ignored. */
    stop(): void {
      current = undefined;
    },
    /** Counts a report; undefined when it is not for the read being waited for. */
    add(progress: ReadProgress & { frameId: number }): ReadProgressSoFar | undefined {
      if (current === undefined || progress.readId !== current) return undefined;
      frames.set(progress.frameId, Math.max(progress.fields, frames.get(progress.frameId) ?? 0));
      reports += 1;
      let fields = 0;
      for (const n of frames.values()) fields += n;
      return { fields, reports };
    },
  };
}

/** "Reading… 4,200 fields so far" (no page text: a count). */
export function progressText(fields: number): string {
  return `Reading… ${fields.toLocaleString('en-GB')} ${fields === 1 ? 'field' : 'fields'} so far`;
}
