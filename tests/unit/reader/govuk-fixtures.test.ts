/**
 * Runs the reader over the rendered examples shipped with govuk-frontend
 * (dist/govuk/components/<name>/fixtures.json) and checks each against the label and value
 * its macro options say it shows. The expected values come from the options, not from the
 * reader, so this is an independent oracle. Examples the reader does not yet read as
 * expected are listed in KNOWN_GAPS with the reason; a gap that starts passing fails the
 * test, so the list stays true.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '@/lib/reader/read-document';

type Options = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Pair = [string, string];

const componentsDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')),
  'dist/govuk/components',
);

/** Text of a macro's { text } or { html } option, as a reader of the page would see it. */
function text(option: Options | undefined): string {
  if (!option) return '';
  if (option.text !== undefined) return String(option.text).replace(/\s+/g, ' ').trim();
  const div = document.createElement('div');
  div.innerHTML = String(option.html ?? '');
  div.querySelectorAll('.govuk-visually-hidden').forEach((e) => e.remove());
  div.querySelectorAll('br, p, li').forEach((e) => e.before(' '));
  return (div.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** As the macros decide: an item's own flag wins, else the group's value(s); an item's value defaults to its text. */
const itemValue = (item: Options) => item.value ?? item.text;
const human = (name: string) => String(name ?? '').replace(/[-_[\]]+/g, ' ').trim();
const isChecked = (o: Options, item: Options) =>
  item.checked !== undefined ? Boolean(item.checked) : itemValue(item) === o.value || (o.values ?? []).includes(itemValue(item));
const isSelected = (o: Options, item: Options) =>
  item.selected !== undefined ? Boolean(item.selected) : o.value !== undefined && itemValue(item) === o.value;

/** What each example shows, from its options; undefined = no single expectation (listed below). */
const EXPECTED: Record<string, (o: Options) => Pair[]> = {
  input: (o) => [[text(o.label), String(o.value ?? '')]],
  textarea: (o) => [[text(o.label), String(o.value ?? '')]],
  select: (o) => {
    const items: Options[] = (o.items ?? []).filter(Boolean);
    // A browser shows the last selected option, else the first one.
    const chosen = items.filter((i) => isSelected(o, i)).pop() ?? items[0];
    return [[text(o.label), chosen ? text(chosen) : '']];
  },
  radios: (o) => {
    const items: Options[] = (o.items ?? []).filter((i: Options) => i && !i.divider);
    // Radios sharing a name: the browser keeps only the last checked one. No legend: the name, made readable.
    return [[text(o.fieldset?.legend) || human(o.name), items.filter((i) => isChecked(o, i)).slice(-1).map(text).join('')]];
  },
  checkboxes: (o) => {
    const items: Options[] = (o.items ?? []).filter((i: Options) => i && !i.divider);
    // Under a legend: one question, its answers the checked items. Without one, each box is its own yes/no question.
    if (!o.fieldset) return items.map((i): Pair => [text(i), isChecked(o, i) ? 'Yes' : 'No']);
    return [[text(o.fieldset.legend), items.filter((i) => isChecked(o, i)).map(text).join('; ')]];
  },
  'date-input': (o) => {
    const items: Options[] = o.items ?? [{ name: 'day' }, { name: 'month' }, { name: 'year' }];
    const part = (name: string) => String(items.find((i) => i.name === name)?.value ?? '');
    const value = items.some((i) => i.value) ? `${part('day')}/${part('month')}/${part('year')}` : '';
    return [[text(o.fieldset?.legend) || human(o.namePrefix || o.id), value]];
  },
  'summary-list': (o) => (o.rows ?? []).filter(Boolean).map((r: Options): Pair => [text(r.key), text(r.value)]),
  table: (o) => {
    const head: string[] | undefined = o.head?.flatMap((h: Options) => Array(h.colspan ?? 1).fill(text(h)));
    return (o.rows ?? []).filter(Boolean).flatMap((row: Options[]) =>
      row.flatMap((cell, i): Pair[] => {
        if (o.firstCellIsHeader && i === 0) return head ? [[head[0]!, text(cell)]] : [];
        const label = head?.[i] ?? (o.firstCellIsHeader ? text(row[0]) : '');
        return [[label, text(cell)]];
      }),
    );
  },
  // These components hold no values of their own: nothing should be read from them.
  fieldset: () => [],
  label: () => [],
  'error-message': () => [],
};

/** Examples the reader does not read as their options say, and why. */
const KNOWN_GAPS: Record<string, string> = {
  'table/default':
    'no header cells: read as a layout table (label cell, value cell), as older case systems lay out records',
  'table/classes': 'no header cells: read as a layout table',
  'table/attributes': 'no header cells: read as a layout table',
  'table/with small text modifier for tables with a lot of data': 'no header cells: read as a layout table',
  'table/with falsy items': 'no header cells: read as a layout table',
};

function normalise(pairs: Pair[]): Pair[] {
  return pairs.map(([l, v]) => [l.replace(/\s*[:*]+$/, '').trim(), v.replace(/;\s*/g, ' ').replace(/\s+/g, ' ').trim()]);
}

const tally = { read: 0, gaps: 0, total: 0 };

describe('govuk-frontend rendered examples', () => {
  for (const component of Object.keys(EXPECTED)) {
    const { fixtures } = JSON.parse(readFileSync(path.join(componentsDir, component, 'fixtures.json'), 'utf8')) as {
      fixtures: Array<{ name: string; html: string; options: Options }>;
    };
    for (const fixture of fixtures) {
      const key = `${component}/${fixture.name}`;
      it(key, () => {
        tally.total += 1;
        document.body.innerHTML = fixture.html;
        const out = readDocument(document);
        // Revealed conditional questions are read as fields of their own (tested elsewhere); the options only describe the group.
        const inReveal = (i: number) => out.elements[i]?.closest('.govuk-radios__conditional, .govuk-checkboxes__conditional');
        const actual = normalise(out.fields.filter((f) => !inReveal(f.locator.index)).map((f) => [f.label, f.value]));
        // A value with no label at all is not a field.
        const expected = normalise(EXPECTED[component]!(fixture.options)).filter(([label]) => label !== '');
        const matches = JSON.stringify(actual) === JSON.stringify(expected);
        if (KNOWN_GAPS[key]) {
          tally.gaps += 1;
          expect(matches, `${key} now reads correctly: remove it from KNOWN_GAPS`).toBe(false);
        } else {
          expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
          tally.read += 1;
        }
      });
    }
  }

  afterAll(() => {
    console.log(`govuk-frontend examples read correctly: ${tally.read} of ${tally.total} (${tally.gaps} known gaps listed)`);
  });
});
