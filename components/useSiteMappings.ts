import { useCallback, useEffect, useState } from 'react';
import type { FieldMapping } from '@/lib/facts/mappings';
import { readSiteMappings, updateMappings, watchSiteMappings, type StoredMappings } from '@/lib/settings/settings';

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

/** A change to a site's mappings, made to what is stored when it is saved (updateMappings). */
export type MappingsChange = (current: FieldMapping[]) => FieldMapping[];

/**
 * The field mappings of a site, kept in step with storage (settings only, no case data).
 * `update` changes what is stored at that moment, not the list shown (which follows storage a
 * little behind), and rejects with the reason when nothing was stored; the list changes only
 * once storage has.
 */
export function useSiteMappings(site: string | undefined): { mappings: FieldMapping[]; update: (change: MappingsChange) => Promise<void>; problem?: string } {
  const stored = useStoredMappings(site);
  const update = useCallback(
    async (change: MappingsChange) => {
      if (!site) throw new Error('this page is not on a site mappings can be saved for');
      await updateMappings(site, (current) => ({ mappings: change(current), result: undefined }));
    },
    [site],
  );
  return { mappings: stored.mappings, update, problem: stored.problem?.message };
}
