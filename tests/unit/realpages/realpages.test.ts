/**
 * The real MoJ service pages of the shared measure (../shared/realpages), read in jsdom: the
 * facts the hand-made reading (expected.json) lists must be read. The end-to-end check, with the
 * services' CSS and JavaScript in Chromium and the rule statuses, is run.mjs; this one guards the
 * reader and extraction in the unit suite. Skipped where the measure is not on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCase } from '@/lib/facts/extract';
import { factLines } from '@/lib/facts/summary';
import { readDocument } from '@/lib/reader/read-document';

const DIR = path.resolve(__dirname, '../../../../shared/realpages');
const present = existsSync(path.join(DIR, 'expected.json'));
type Want = string | null | string[];
type Page = { facts?: Record<string, Want>; conflicts?: string[] | null; unreadable?: string[] | null };
const pages: Record<string, Page> = present ? JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')).pages : {};

function meets(values: string[], want: string): boolean {
  if (want.startsWith('!')) return values.every((v) => !v.includes(want.slice(1)));
  if (want.startsWith('re:')) return values.some((v) => new RegExp(want.slice(3), 'i').test(v));
  return values.some((v) => v.includes(want));
}

describe.runIf(present)('real service pages (jsdom)', () => {
  it.each(Object.keys(pages))('%s', (id) => {
    const html = readFileSync(path.join(DIR, 'pages', `${id}.html`), 'utf8');
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
    const record = extractCase(readDocument(document).fields);
    const lines = factLines(record);
    const page = pages[id]!;
    for (const [fact, want] of Object.entries(page.facts ?? {})) {
      const values = lines.filter((l) => l.fact === fact).map((l) => l.value);
      if (want === null) expect(values, fact).toEqual([]);
      else for (const w of Array.isArray(want) ? want : [want]) expect(meets(values, w), `${fact}: want ${w}, saw ${JSON.stringify(values)}`).toBe(true);
    }
    if (page.conflicts) expect(record.conflicts.map((c) => c.fact).sort()).toEqual([...page.conflicts].sort());
    if (page.unreadable) expect([...new Set(record.unreadable.map((u) => u.fact))].sort()).toEqual([...page.unreadable].sort());
  });
});
