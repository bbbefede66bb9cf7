import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { onPageChanged, onReadProgress } from '@/lib/panel/agent-client';
import { createProgressTally, newReadId, type ReadProgressSoFar } from '@/lib/panel/read-progress';
import { createReadPacer, type ReadPacer } from '@/lib/panel/read-pacer';
import { readTab, type TabRead } from '@/lib/panel/read-tab';
import { isPageLoaded } from '@/lib/panel/target-tab';

export type PanelState = { status: 'loading'; progress?: ReadProgressSoFar } | { status: 'ready'; read: TabRead & { ok: true } } | { status: 'error'; read: TabRead & { ok: false } };

/**
 * Time this panel has spent reading, for the benchmark and the pacing test: each read leaves a
 * `case-guidance:read` measure (only the latest is kept) whose detail holds the running totals,
 * so the share of time spent reading is (Δ totalMs) / (Δ wall time), whatever the machine's speed.
 */
const totals = { reads: 0, totalMs: 0 };

/**
 * Reads the target tab when it loads, when the user asks, and when its page reports a change.
 * Change reports from all its frames are paced together (lib/panel/read-pacer): on a page that
 * never stops changing the panel reads a small share of the time, and still follows it.
 */
export function usePageRead(tabId: number | undefined): { state: PanelState; reread: () => void } {
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  const pacer = useRef<ReadPacer | undefined>(undefined);

  // A layout effect: the first read starts as soon as the panel is mounted, not after the browser
  // has painted "Reading the page…" (a passive effect waits for that paint), and the reading
  // overlaps the paint.
  useLayoutEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    // Already loading (the panel's first read): no second render to say so again.
    setState((s) => (s.status === 'loading' && !s.progress ? s : { status: 'loading' }));
    // Progress of the read in flight, shown only while the panel has nothing else to show.
    const tally = createProgressTally();
    const stopProgress = onReadProgress(tabId, (report) => {
      const soFar = tally.add(report);
      if (soFar && live) setState((s) => (s.status === 'loading' ? { status: 'loading', progress: soFar } : s));
    });
    const paced = createReadPacer({
      read: async (cause) => {
        const started = performance.now();
        const readId = newReadId();
        tally.start(readId);
        // Only change reports asked: each frame may read again just what changed (lib/reader/incremental.ts).
        const read = await readTab(tabId, { readId, onlyChanged: cause === 'change' });
        tally.stop();
        // Timing: injecting the reader into every frame and getting its fields back.
        const durationMs = performance.now() - started;
        totals.reads += 1;
        totals.totalMs += durationMs;
        performance.clearMeasures('case-guidance:read');
        performance.measure('case-guidance:read', { start: started, duration: durationMs, detail: { ...totals } });
        if (live) setState(read.ok ? { status: 'ready', read } : { status: 'error', read });
      },
    });
    pacer.current = paced;
    paced.readNow();
    const onUpdated = (id: number, change: { status?: string }): void => {
      if (isPageLoaded(tabId, id, change)) paced.readNow();
    };
    const onRemoved = (id: number): void => {
      if (id === tabId) paced.readNow();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    const stopListening = onPageChanged(tabId, paced.changed);
    return () => {
      live = false;
      paced.dispose();
      if (pacer.current === paced) pacer.current = undefined;
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      stopListening();
      stopProgress();
    };
  }, [tabId]);

  const reread = useCallback(() => pacer.current?.readNow(), []);
  return { state, reread };
}
