import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { LOOKUP_KEY } from '@/lib/background/panel-opener';

const Pending = z.object({ term: z.string().min(1).max(100), at: z.number() });
export type PendingLookup = z.infer<typeof Pending>;

/**
 * A term handed over by "Look up '…'" (session storage, memory only). Taken once: the panel
 * shows it and removes it, so it does not come back the next time the panel opens.
 */
export function usePendingLookup(): PendingLookup | undefined {
  const [pending, setPending] = useState<PendingLookup>();
  useEffect(() => {
    const take = (value: unknown): void => {
      const parsed = Pending.safeParse(value);
      if (!parsed.success) return;
      setPending(parsed.data);
      void browser.storage.session.remove(LOOKUP_KEY);
    };
    void browser.storage.session.get(LOOKUP_KEY).then((stored) => take(stored[LOOKUP_KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area === 'session' && changes[LOOKUP_KEY]?.newValue) take(changes[LOOKUP_KEY].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return pending;
}
