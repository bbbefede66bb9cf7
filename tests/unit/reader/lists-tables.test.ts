import { describe, expect, it } from 'vitest';
import { readDocument, readDocumentInSlices } from '@/lib/reader/read-document';
import { pairs, read } from './helpers';

describe('summary lists and description lists', () => {
  it('reads key to value, ignores Change links, keeps repeated keys, reduces two-line keys', () => {
    const { fields } = read(`
      <div class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">Offences</h2></div>
      <div class="govuk-summary-card__content"><dl class="govuk-summary-list">
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Offence</dt>
          <dd class="govuk-summary-list__value">Sexual assault on a female - 02000</dd>
          <dd class="govuk-summary-list__actions"><a href="#">Change<span class="govuk-visually-hidden"> offence</span></a></dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Offence</dt>
          <dd class="govuk-summary-list__value">Voyeurism</dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Last OASys<br><span class="govuk-body-s">Last updated 3 May 2025</span></dt>
          <dd class="govuk-summary-list__value">1 May 2025</dd></div>
      </dl></div></div>`);
    expect(fields.map((f) => [f.label, f.value, f.section])).toEqual([
      ['Offence', 'Sexual assault on a female - 02000', 'Offences'],
      ['Offence', 'Voyeurism', 'Offences'],
      ['Last OASys', '1 May 2025', 'Offences'],
    ]);
    // Fields of one card share a group, so later layers can keep a record together.
    expect(new Set(fields.map((f) => f.group)).size).toBe(1);
  });

  it('keeps values holding lists or a nested dl as lists', () => {
    const { fields } = read(`
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Additional conditions</dt>
          <dd class="govuk-summary-list__value"><ul class="govuk-list"><li>No contact with children</li><li>No internet</li></ul></dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">MAPPA</dt>
          <dd class="govuk-summary-list__value"><dl><dt>Category</dt><dd>1</dd><dt>Level</dt><dd>2</dd></dl></dd></div>
      </dl>`);
    expect(fields[0]?.items).toEqual(['No contact with children', 'No internet']);
    expect(fields[1]?.items).toEqual(['Category: 1', 'Level: 2']);
  });

  it('reads bare dl lists with dt ending in a colon, and placeholders as empty', () => {
    expect(
      pairs(`<dl><dt>Name:</dt><dd>John Smith</dd><dt>PNC:</dt><dd>Not provided</dd><dt>Tier:</dt><dd>-</dd></dl>`),
    ).toEqual([
      ['Name', 'John Smith'],
      ['PNC', ''],
      ['Tier', ''],
    ]);
  });
});

describe('tables', () => {
  it('maps column headers to cells, with the caption as section and one group a row', () => {
    const { fields } = read(`
      <table class="govuk-table"><caption class="govuk-table__caption">Offences</caption>
        <thead><tr><th>Offence</th><th>Date</th><th>Outcome</th></tr></thead>
        <tbody><tr><td>Voyeurism</td><td>1 May 2020</td><td>Caution</td></tr>
               <tr><td>Exposure</td><td>2 June 2021</td><td>Conviction</td></tr></tbody>
      </table>`);
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['Offence', 'Voyeurism'],
      ['Date', '1 May 2020'],
      ['Outcome', 'Caution'],
      ['Offence', 'Exposure'],
      ['Date', '2 June 2021'],
      ['Outcome', 'Conviction'],
    ]);
    expect(fields.every((f) => f.section === 'Offences')).toBe(true);
    expect(fields[0]?.group).toBe(fields[2]?.group);
    expect(fields[0]?.group).not.toBe(fields[3]?.group);
  });

  it('reads row-header tables and two-way matrices', () => {
    expect(pairs(`<table><tr><th scope="row">CRN</th><td>X1</td></tr><tr><th scope="row">Tier</th><td>B2</td></tr></table>`)).toEqual([
      ['CRN', 'X1'],
      ['Tier', 'B2'],
    ]);
    expect(
      pairs(`<table><caption>Risk of serious harm</caption>
        <thead><tr><td></td><th>Community</th><th>Custody</th></tr></thead>
        <tbody><tr><th scope="row">Children</th><td>High</td><td>Low</td></tr></tbody></table>`),
    ).toEqual([
      ['Children – Community', 'High'],
      ['Children – Custody', 'Low'],
    ]);
  });

  it('reads inputs inside cells', () => {
    expect(
      pairs(`<table><thead><tr><th>Condition</th><th>Approved</th></tr></thead>
        <tbody><tr><td>Curfew</td><td><select><option>No</option><option selected>Yes</option></select></td></tr></tbody></table>`),
    ).toEqual([
      ['Condition', 'Curfew'],
      ['Approved', 'Yes'],
    ]);
  });

  it('reads layout tables: label cells beside values, and labels above controls', () => {
    expect(
      pairs(`<table>
        <tr><td>Surname:</td><td>SMITH</td><td>Gender:</td><td>M</td></tr>
        <tr><td>Order</td><td>Length</td></tr>
        <tr><td><input value="Community Order"></td><td><input value="24 months"></td></tr>
      </table>`),
    ).toEqual([
      ['Surname', 'SMITH'],
      ['Gender', 'M'],
      ['Order', 'Community Order'],
      ['Length', '24 months'],
    ]);
  });
});

describe('label-value text and timelines', () => {
  it('reads strong labels, several pairs in a line, and plain "Label: value" text', () => {
    expect(
      pairs(`<p><strong>CRN:</strong> X123456 <strong>Tier:</strong> <span class="govuk-tag">A3</span></p>
             <p>Date of birth: 18 August 1979 (47 years old)</p>
             <p>Meeting at 10:30 in room 2</p>`),
    ).toEqual([
      ['CRN', 'X123456'],
      ['Tier', 'A3'],
      ['Date of birth', '18 August 1979 (47 years old)'],
    ]);
  });

  it('reads timeline entries as dated events', () => {
    const { fields } = read(`
      <div class="moj-timeline"><div class="moj-timeline__item">
        <div class="moj-timeline__header"><h3 class="moj-timeline__title">Change of address</h3><p class="moj-timeline__byline">by J Bloggs</p></div>
        <p class="moj-timeline__date"><time datetime="2026-10-14">14 October 2026</time></p>
        <div class="moj-timeline__description">Moved to Leeds.</div>
      </div></div>`);
    expect(fields).toEqual([
      expect.objectContaining({ label: 'Change of address', value: 'Moved to Leeds.', date: '14 October 2026', kind: 'event' }),
    ]);
  });
});

describe('bounds', () => {
  it('truncates enormous values with a visible marker', () => {
    const { fields } = read(`<dl><dt>Notes</dt><dd>${'x'.repeat(5000)}</dd></dl>`);
    expect(fields[0]?.value.length).toBeLessThan(2100);
    expect(fields[0]?.value).toMatch(/\[truncated\]$/);
  });

  it('reads to the end however slow the clock is: only the field cap stops it, and it says how much it left', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<p>Field ${i}: value</p>`).join('');
    expect(read(`<div>${rows}</div>`).fields).toHaveLength(2000);
    const capped = read(`<div>${rows}</div>`, { maxFields: 500 });
    expect(capped.fields).toHaveLength(500);
    // 2,000 paragraphs and their wrapper; 501 of them were visited when the cap was reached.
    expect(capped.skipped).toBe(2001 - 501);
  });

  it('a read in slices pauses between them, reports progress and reads what a read in one go reads', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `<p>Field ${i}: value</p>`).join('');
    document.body.innerHTML = `<div>${rows}</div>`;
    const whole = readDocument(document);
    const progress: number[] = [];
    let pauses = 0;
    const sliced = await readDocumentInSlices(document, {
      sliceSize: 100,
      pause: async () => void (pauses += 1),
      onProgress: (n) => progress.push(n),
    });
    expect(sliced.fields).toEqual(whole.fields);
    expect(pauses).toBe(10);
    expect(progress[0]).toBeLessThan(progress.at(-1)!);
  });

  it('an element the page removed while the read was paused is not read', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<p id="p${i}">Field ${i}: value</p>`).join('');
    document.body.innerHTML = `<div>${rows}</div>`;
    const out = await readDocumentInSlices(document, {
      sliceSize: 100,
      pause: async () => void document.getElementById('p250')?.remove(),
    });
    expect(out.fields.map((f) => f.label)).not.toContain('Field 250');
    expect(out.fields).toHaveLength(299);
  });

  it('each field points to the element it came from', () => {
    const out = read(`<label for="a">Surname</label><input id="a" value="Smith"><dl><dt>CRN</dt><dd>X1</dd></dl>`);
    expect(out.elements[out.fields[0]!.locator.index]).toBe(document.getElementById('a'));
    expect(out.elements[out.fields[1]!.locator.index]?.textContent).toContain('X1');
  });
});
