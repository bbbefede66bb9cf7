import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { readDocument } from '@/lib/reader/read-document';
import { extractCase } from '@/lib/facts/extract';
import { factLines } from '@/lib/facts/summary';

const DIR = '/work/shared/realpages/pages';
const only = process.env.DUMP;
describe.runIf(only !== undefined && existsSync(DIR))('dump real pages', () => {
  it('dumps', () => {
    for (const f of readdirSync(DIR).filter((n) => n.endsWith('.html') && n.includes(only!))) {
      const html = readFileSync(`${DIR}/${f}`, 'utf8');
      document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
      const { fields } = readDocument(document, { budgetMs: 1e9 });
      const record = extractCase(fields);
      const out = [`=== ${f}`];
      if (process.env.FIELDS) for (const x of fields) out.push(`  [${x.kind}] ${x.section ?? ''} | ${x.label} = ${x.value.slice(0, 140)}${x.items ? ` items=${JSON.stringify(x.items).slice(0, 200)}` : ''}${x.group ? ` g=${x.group}` : ''}`);
      for (const l of factLines(record)) out.push(`  FACT ${l.name}: ${l.value}   <- ${l.source.label} / ${l.source.section ?? ''}`);
      for (const u of record.unreadable) out.push(`  UNREADABLE ${u.fact}: ${u.reason}`);
      for (const c of record.conflicts) out.push(`  CONFLICT ${c.fact}: ${c.values.map((v) => v.value).join(' vs ')}`);
      if ((record as { sentences?: unknown }).sentences) out.push(`  SENTENCES ${JSON.stringify((record as { sentences?: unknown }).sentences, (k, v) => (k === 'source' ? undefined : v))}`);
      if ((record as { identity?: unknown }).identity) out.push(`  IDENTITY ${JSON.stringify((record as { identity?: unknown }).identity, (k, v) => (k === 'source' ? undefined : v))}`);
      console.log(out.join('\n'));
    }
  });
});
