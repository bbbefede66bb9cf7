import { useCallback, useEffect, useState } from 'react';
import type { FieldMapping } from '@/lib/facts/mappings';
import { loadMappings, onMappingsChanged, saveMappings } from '@/lib/settings/settings';

/** The field mappings of a site, kept in step with storage (settings only, no case data). */
export function useSiteMappings(site: string | undefined): { mappings: FieldMapping[]; save: (next: FieldMapping[]) => Promise<void> } {
  const [mappings, setMappings] = useState<FieldMapping[]>([]);
  useEffect(() => {
    setMappings([]);
    if (!site) return;
    let live = true;
    void loadMappings(site).then((m) => live && setMappings(m));
    const stop = onMappingsChanged(site, setMappings);
    return () => {
      live = false;
      stop();
    };
  }, [site]);
  const save = useCallback(
    async (next: FieldMapping[]) => {
      if (!site) return;
      setMappings(next);
      await saveMappings(site, next);
    },
    [site],
  );
  return { mappings, save };
}
