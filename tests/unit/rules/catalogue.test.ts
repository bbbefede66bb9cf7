import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/rules/catalogue';
import { evaluate } from '@/lib/rules/evaluate';
import { caseFrom, type CompactCase } from '@/lib/rules/examples';
import { Rule } from '@/lib/rules/schema';

const dir = path.resolve(__dirname, '../../../lib/rules/catalogue');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('the rules folder', () => {
  it('has one file per catalogue id, each registered', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(Rule.shape.id.options.slice().sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const file of files) {
    describe(file, async () => {
      const { rule } = (await import(path.join(dir, file))) as { rule: unknown };
      const parsed = Rule.parse(rule);

      it('parses, is named after its id, and has a source and the leaflet section', () => {
        expect(file).toBe(`${parsed.id}.ts`);
        expect(parsed.sources.length).toBeGreaterThan(0);
        expect(parsed.leaflet.section.length).toBeGreaterThan(3);
      });

      it('has an example for each status it can return', () => {
        for (const status of parsed.returns) expect(parsed.examples.map((e) => e.status), status).toContain(status);
        for (const e of parsed.examples) expect(parsed.returns).toContain(e.status);
      });

      for (const example of parsed.examples) {
        it(`example "${example.name}" gives ${example.status}`, () => {
          const result = evaluate(parsed, caseFrom(example.case as CompactCase), example.today);
          expect(result.status, JSON.stringify(result.trace)).toBe(example.status);
          expect(result.summary).not.toMatch(/\{\w+\}/);
          if (result.status === 'cannot-tell') expect(result.missing.length + result.trace.filter((t) => t.outcome === undefined).length).toBeGreaterThan(0);
        });
      }
    });
  }
});
