import { useCallback, useEffect, useState } from 'react';
import type { FieldMapping } from '@/lib/facts/mappings';
import { readSiteMappings, saveMappings, watchSiteMappings, type StoredMappings } from '@/lib/settings/settings';

const NONE: StoredMappings = { mappings: [] };

/** What is stored for a site (mappings, a problem reading them, a removal notice), kept in step with storage. */
export function useStoredMappings(site: string | undefined): StoredMappings {
  const [stored, setStored] = useState<StoredMappings>(NONE);
  useEffect(() => {
    setStored(NONE);
    if (!site) return;
    let live = true;
    const set = (s: StoredMappings) => live && setStored(s);
    // Watch first, then read: a change between the two is not missed.
    const stop = watchSiteMappings(site, set);
    void readSiteMappings(site).then(set, (error: unknown) =>
      set({ mappings: [], problem: { message: `the stored field mappings could not be read (${error instanceof Error ? error.message : String(error)})`, raw: undefined } }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [site]);
  return stored;
}

/**
 * The field mappings of a site, kept in step with storage (settings only, no case data). `save`
 * rejects with the reason when nothing was stored; the list changes only once storage has.
 */
export function useSiteMappings(site: string | undefined): { mappings: FieldMapping[]; save: (next: FieldMapping[]) => Promise<void>; problem?: string } {
  const stored = useStoredMappings(site);
  const save = useCallback(
    async (next: FieldMapping[]) => {
      if (!site) throw new Error('this page is not on a site mappings can be saved for');
      await saveMappings(site, next);
    },
    [site],
  );
  return { mappings: stored.mappings, save, problem: stored.problem?.message };
}
