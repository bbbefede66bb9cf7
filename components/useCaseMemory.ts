import { useCallback, useEffect, useMemo, useState } from 'react';
import { caseOf, forget, mergedFields, pageKey, pagesByRead, readAgo, remember, type CaseIdentity, type CaseMemory, type PageReading } from '@/lib/case/memory';
import type { Field, FieldLocator } from '@/lib/reader/types';

/** The panel's memory of the cases it has read: React state only, so closing the panel forgets it. */
export function useCaseMemoryStore(): { cases: CaseMemory[]; setCases: React.Dispatch<React.SetStateAction<CaseMemory[]>> } {
  const [cases, setCases] = useState<CaseMemory[]>([]);
  return { cases, setCases };
}

export interface CaseInMemory {
  /** The fields the case record is built from: this page's, then the case's other pages'. */
  fields: Field[];
  /** The case's pages read so far, this one first. */
  pages: PageReading[];
  /** Where a source was read, when not on this page ("Sentence, read 2 minutes ago"). */
  otherPageOf: (locator: FieldLocator) => string | undefined;
  forget: () => void;
}

/** Joins this page's reading to the case it belongs to and gives back the merged view. */
export function useCaseInMemory(
  store: ReturnType<typeof useCaseMemoryStore>,
  read: { url: string; title: string; fields: Field[] },
  identity: CaseIdentity,
): CaseInMemory {
  const { cases, setCases } = store;
  const reading = useMemo<PageReading>(
    () => ({ key: pageKey(read.url), url: read.url, title: read.title || read.url, readAt: Date.now(), fields: read.fields }),
    [read.url, read.title, read.fields],
  );
  useEffect(() => setCases((c) => remember(c, identity, reading)), [setCases, identity, reading]);
  const memory = caseOf(cases, identity);
  const fields = useMemo(() => mergedFields(reading, memory), [reading, memory]);
  const pages = useMemo(() => [reading, ...(memory?.pages ?? []).filter((p) => p.key !== reading.key)], [reading, memory]);
  const currentReads = useMemo(() => new Set(reading.fields.map((f) => f.locator.readId)), [reading]);
  const byRead = useMemo(() => pagesByRead(memory), [memory]);
  // Stable between renders, so the facts and cards (memoised, and reading otherPageOf by context)
  // are not drawn again when nothing they show changed.
  const otherPageOf = useCallback(
    (locator: FieldLocator) => {
      if (currentReads.has(locator.readId)) return undefined;
      const page = byRead.get(locator.readId);
      return page ? `${page.title}, ${readAgo(page.readAt, Date.now())}` : undefined;
    },
    [currentReads, byRead],
  );
  const forgetCase = useCallback(() => setCases((c) => forget(c, identity)), [setCases, identity]);
  return { fields, pages, otherPageOf, forget: forgetCase };
}
