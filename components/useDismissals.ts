import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { z } from 'zod';

export const DismissReason = z.enum(['not applicable', 'already done', 'disagree']);
export type DismissReason = z.infer<typeof DismissReason>;
const Dismissed = z.record(z.string(), DismissReason);
type Dismissed = z.infer<typeof Dismissed>;

/**
 * Cards the user dismissed for this case, with why. Kept in session storage: in memory only,
 * cleared when the browser closes, never written to disk.
 */
export function useDismissals(caseKey: string): {
  dismissed: Dismissed;
  dismiss: (key: string, reason: DismissReason) => void;
  undo: (key: string) => void;
} {
  const key = `dismissed:${caseKey}`;
  const [dismissed, setDismissed] = useState<Dismissed>({});
  useEffect(() => {
    let live = true;
    void browser.storage.session.get(key).then((stored) => {
      const parsed = Dismissed.safeParse(stored[key]);
      if (live) setDismissed(parsed.success ? parsed.data : {});
    });
    return () => {
      live = false;
    };
  }, [key]);
  const store = useCallback(
    (next: Dismissed) => {
      setDismissed(next);
      void browser.storage.session.set({ [key]: next });
    },
    [key],
  );
  return {
    dismissed,
    dismiss: (key, reason) => store({ ...dismissed, [key]: reason }),
    undo: (key) => {
      const { [key]: _gone, ...rest } = dismissed; // eslint-disable-line @typescript-eslint/no-unused-vars
      store(rest);
    },
  };
}
