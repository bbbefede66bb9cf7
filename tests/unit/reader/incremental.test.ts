import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateCasePage } from '../../../bench/generate-page.mjs';
import { keepRead, MAX_CHANGED_NODES, rereadChanged } from '@/lib/reader/incremental';
import { readDocument } from '@/lib/reader/read-document';
import type { Field } from '@/lib/reader/types';

/**
 * Reading again only the changed parts must give exactly what reading the whole page gives: the
 * same fields in the same order, each pointing at its element. Group ids differ by design (a part
 * read again gets ids of its own), so they are compared by which fields share one.
 */
function comparable(fields: Field[]) {
  const groups = new Map<string, number>();
  return fields.map((field) => {
    const { group } = field;
    if (group !== undefined && !groups.has(group)) groups.set(group, groups.size);
    return { ...field, locator: undefined, group: group === undefined ? undefined : groups.get(group) };
  });
}

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
}

function fullRead(readId = 'full') {
  return readDocument(document, { readId });
}

/** The incremental read after `change`, beside a whole read of the changed page. */
function afterChange(change: () => Node[]) {
  const kept = keepRead(fullRead('first'));
  const changed = change();
  const again = rereadChanged(document, kept, changed, { readId: 'second' });
  const whole = fullRead('whole');
  return { again, whole };
}

beforeEach(() => load('<html><body></body></html>'));

const FORM = `<main>
  <h1>Case</h1>
  <h2>Personal details</h2>
  <div class="govuk-form-group"><label class="govuk-label" for="name">Name</label><input id="name" value="Jo Bloggs"></div>
  <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend>Sex</legend>
    <div class="govuk-radios"><input type="radio" id="m" name="sex" value="male" checked><label for="m">Male</label>
    <input type="radio" id="f" name="sex" value="female"><label for="f">Female</label></div></fieldset></div>
  <dl class="govuk-summary-list">
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">CRN</dt><dd class="govuk-summary-list__value">X123456</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Date of birth</dt><dd class="govuk-summary-list__value">1 May 1980</dd></div>
  </dl>
  <h2>Sentence</h2>
  <p>Order: Community order (12 months)</p>
  <table class="govuk-table"><caption>Offences</caption><thead><tr><th>Offence</th><th>Date</th></tr></thead>
    <tbody><tr><td>Sexual assault</td><td>1 May 2020</td></tr></tbody></table>
</main>`;

describe('reading again only what changed', () => {
  it('reads a typed value again alone, and gives what a whole read gives', () => {
    load(`<html><body>${FORM}</body></html>`);
    const { again, whole } = afterChange(() => {
      const input = document.getElementById('name') as HTMLInputElement;
      input.value = 'Joanne Bloggs';
      return [input];
    });
    expect(again?.reread).toBe(1);
    expect(again!.read.read.fields.find((f) => f.label === 'Name')?.value).toBe('Joanne Bloggs');
    expect(comparable(again!.read.read.fields)).toEqual(comparable(whole.fields));
  });

  it('reads a radio group again when another of its radios is chosen', () => {
    load(`<html><body>${FORM}</body></html>`);
    const { again, whole } = afterChange(() => {
      const female = document.getElementById('f') as HTMLInputElement;
      female.checked = true;
      return [female];
    });
    expect(again?.reread).toBe(1);
    expect(again!.read.read.fields.find((f) => f.label === 'Sex')?.value).toBe('Female');
    expect(comparable(again!.read.read.fields)).toEqual(comparable(whole.fields));
  });

  it("reads a summary list again when a value's text changes", () => {
    load(`<html><body>${FORM}</body></html>`);
    const { again, whole } = afterChange(() => {
      const dd = [...document.querySelectorAll('dd')][1]!;
      dd.firstChild!.nodeValue = '2 June 1981';
      return [dd.firstChild!];
    });
    expect(again?.reread).toBe(1);
    expect(comparable(again!.read.read.fields)).toEqual(comparable(whole.fields));
  });

  it("gives every field this read's id and its new place, so highlights point at the right element", () => {
    load(`<html><body>${FORM}</body></html>`);
    const kept = keepRead(fullRead('first'));
    const dl = document.querySelector('dl')!;
    dl.insertAdjacentHTML('beforeend', '<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">PNC</dt><dd class="govuk-summary-list__value">2001/0000001A</dd></div>');
    const again = rereadChanged(document, kept, [dl], { readId: 'second' })!;
    const { fields, elements } = again.read.read;
    expect(fields.map((f) => f.locator)).toEqual(fields.map((_, index) => ({ frameId: 0, readId: 'second', index })));
    const pnc = fields.findIndex((f) => f.label === 'PNC');
    expect(elements[pnc]!.textContent).toContain('2001/0000001A');
    expect(fields[pnc + 1]!.label).toBe('Order');
  });

  it('gives a part read again group ids no other part has', () => {
    load(`<html><body>${FORM}<table class="govuk-table"><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></body></html>`);
    const kept = keepRead(fullRead());
    const cell = document.querySelector('td')!;
    cell.textContent = 'Rape';
    const again = rereadChanged(document, kept, [cell], { readId: 'second' })!;
    const groups = again.read.read.fields.map((f) => f.group).filter(Boolean);
    const byTable = new Map<string, number>();
    for (const g of groups) byTable.set(g!, (byTable.get(g!) ?? 0) + 1);
    // Two tables of one row each: two groups, not one shared by both.
    expect(byTable.size).toBe(2);
  });

  describe('reads the whole page instead when a part alone could be wrong', () => {
    it('a heading changed (the sections of what follows)', () => {
      load(`<html><body>${FORM}</body></html>`);
      const kept = keepRead(fullRead());
      const h2 = document.querySelectorAll('h2')[1]!;
      h2.textContent = 'Licence';
      expect(rereadChanged(document, kept, [h2.firstChild!], {})).toBeUndefined();
    });

    it('content added outside every part', () => {
      load(`<html><body>${FORM}</body></html>`);
      const kept = keepRead(fullRead());
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<p>Tier: B2</p>');
      expect(rereadChanged(document, kept, [main], {})).toBeUndefined();
    });

    it('a part removed from the page', () => {
      load(`<html><body>${FORM}</body></html>`);
      const kept = keepRead(fullRead());
      const table = document.querySelector('table')!;
      const cell = table.querySelector('td')!;
      table.remove();
      expect(rereadChanged(document, kept, [cell], {})).toBeUndefined();
    });

    it("a paragraph that was a heading's lead is no longer one", () => {
      load('<html><body><h2>Last OASys assessment</h2><p>Layer 3</p><h2>Other</h2></body></html>');
      const kept = keepRead(fullRead());
      expect(kept.read.fields.map((f) => f.label)).toEqual(['Last OASys assessment']);
      const p = document.querySelector('p')!;
      p.setAttribute('hidden', '');
      // Hidden, it gives no field, and the heading's lead stays open for what follows.
      expect(rereadChanged(document, kept, [p], {})).toBeUndefined();
    });

    it('too many changes, or a read cut short by the field cap', () => {
      load(`<html><body>${FORM}</body></html>`);
      const kept = keepRead(fullRead());
      const input = document.getElementById('name')!;
      expect(rereadChanged(document, kept, Array(MAX_CHANGED_NODES + 1).fill(input), {})).toBeUndefined();
      const capped = keepRead(readDocument(document, { maxFields: 2 }));
      expect(rereadChanged(document, capped, [input], { maxFields: 2 })).toBeUndefined();
    });
  });
});

/** Pages to change at random: the demo's fictional case pages, a generated one, and the real MoJ pages when present. */
function pages(): Array<[string, string]> {
  const out: Array<[string, string]> = [['generated 300 fields', generateCasePage(300)]];
  const views = path.resolve(__dirname, '../../../demo/views');
  for (const file of readdirSync(views).filter((f) => f.endsWith('.html'))) out.push([`demo ${file}`, readFileSync(path.join(views, file), 'utf8')]);
  const real = path.resolve(__dirname, '../../../../shared/realpages/pages');
  if (existsSync(real)) for (const file of readdirSync(real).filter((f) => f.endsWith('.html'))) out.push([`real ${file}`, readFileSync(path.join(real, file), 'utf8')]);
  return out;
}

type Change = { kind: 'text' | 'value' | 'check' | 'hide' | 'remove' | 'add-pair' | 'class'; at: number };

/** Makes one change a page or its user might make at element `at` (modulo); returns the nodes a watcher would report. */
function apply(change: Change): Node[] {
  const all = [...document.body.querySelectorAll('*')];
  if (change.kind === 'value' || change.kind === 'check') {
    const controls = [...document.body.querySelectorAll<HTMLInputElement>(change.kind === 'value' ? 'input:not([type]), input[type=text], textarea' : 'input[type=radio], input[type=checkbox]')];
    const control = controls[change.at % Math.max(1, controls.length)];
    if (!control) return [];
    if (change.kind === 'value') control.value = `changed ${change.at}`;
    else control.checked = !control.checked;
    return [control];
  }
  const el = all[change.at % Math.max(1, all.length)];
  if (!el) return [];
  switch (change.kind) {
    case 'text': {
      const text = [...el.childNodes].find((n) => n.nodeType === 3 && n.nodeValue?.trim());
      if (!text) return [];
      text.nodeValue = `Changed ${change.at}: text`;
      return [text];
    }
    case 'hide':
      el.setAttribute('hidden', '');
      return [el];
    case 'class':
      el.classList.toggle('govuk-visually-hidden');
      return [el];
    case 'remove': {
      const parent = el.parentNode;
      if (!parent || el === document.body) return [];
      el.remove();
      return [parent];
    }
    case 'add-pair':
      el.insertAdjacentHTML('beforeend', '<span>Tier: B2</span>');
      return [el];
  }
}

describe('reading again only what changed gives what a whole read gives (random changes to real pages)', () => {
  const changeArb = fc.array(
    fc.record({ kind: fc.constantFrom<Change['kind']>('text', 'value', 'check', 'hide', 'remove', 'add-pair', 'class'), at: fc.nat(100000) }),
    { minLength: 1, maxLength: 4 },
  );
  let used = 0;
  let runs = 0;

  it.each(pages())('%s', (_name, html) => {
    fc.assert(
      fc.property(changeArb, (changes) => {
        load(html);
        const kept = keepRead(readDocument(document, { readId: 'first' }));
        const changed = changes.flatMap(apply);
        const again = rereadChanged(document, kept, changed, { readId: 'second' });
        runs += 1;
        if (!again) return; // the whole page is read: always right
        used += 1;
        const whole = readDocument(document, { readId: 'whole' });
        expect(comparable(again.read.read.fields)).toEqual(comparable(whole.fields));
        expect(again.read.read.elements.length).toBe(again.read.read.fields.length);
        // Each field still points at the element a whole read gives it.
        again.read.read.elements.forEach((el, i) => expect(el).toBe(whole.elements[i]));
      }),
      { numRuns: 10, seed: 20261129 },
    );
    // jsdom reads a real page in a second or so; 10 changes read it 20 times more.
  }, 300_000);

  it('reads in part often enough for the comparison above to mean something', () => {
    expect(runs).toBeGreaterThan(0);
    expect(used / runs).toBeGreaterThan(0.3);
  });
});
