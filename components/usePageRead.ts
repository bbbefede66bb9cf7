import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { isPageChangeFrom } from '@/lib/messages';
import { readTab, type TabRead } from '@/lib/read-tab';
import { isPageLoaded } from '@/lib/target-tab';

export type PanelState = { status: 'loading' } | { status: 'ready'; read: TabRead & { ok: true } } | { status: 'error'; read: TabRead & { ok: false } };

/**
 * Reads the target tab, and reads it again when it reloads or its page reports a change.
 * One read at a time: changes during a read cause one more read after it, never a queue.
 */
export function usePageRead(tabId: number | undefined): { state: PanelState; reread: () => void } {
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  const current = useRef(tabId);
  const reading = useRef(false);
  const again = useRef(false);

  const reread = useCallback(async () => {
    if (tabId === undefined) return;
    if (reading.current) {
      again.current = true;
      return;
    }
    reading.current = true;
    try {
      do {
        again.current = false;
        const started = performance.now();
        const read = await readTab(tabId);
        // Timing for the benchmark: injecting the reader into every frame and getting its fields back.
        performance.clearMeasures('case-guidance:read');
        performance.measure('case-guidance:read', { start: started });
        if (current.current !== tabId) return;
        setState(read.ok ? { status: 'ready', read } : { status: 'error', read });
      } while (again.current);
    } finally {
      reading.current = false;
    }
  }, [tabId]);

  useEffect(() => {
    current.current = tabId;
    if (tabId === undefined) return;
    setState({ status: 'loading' });
    void reread();
    const onUpdated = (id: number, change: { status?: string }): void => {
      if (isPageLoaded(tabId, id, change)) void reread();
    };
    const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }): undefined => {
      if (isPageChangeFrom(message, sender, tabId, browser.runtime.id)) void reread();
      return undefined;
    };
    const onRemoved = (id: number): void => {
      if (id === tabId) void reread();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId, reread]);

  return { state, reread: () => void reread() };
}
