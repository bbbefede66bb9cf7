import { describe, expect, it } from 'vitest';
import { readDocument } from '@/lib/reader/read-document';
import { read } from './helpers';

/** A page can name form controls after DOM properties; the form's own properties are then the controls. */
describe('a page cannot silence the reader by DOM clobbering', () => {
  it.each(['classList', 'localName', 'tagName', 'lastElementChild', 'previousElementSibling', 'getAttribute', 'querySelectorAll', 'closest', 'shadowRoot'])(
    'a form with a control named "%s" is still read, with everything around it',
    (name) => {
      const out = read(`
        <dl><dt>Sex</dt><dd>Male</dd></dl>
        <form>
          <input name="${name}" type="hidden">
          <label for="dob">Date of birth</label><input id="dob" value="18/08/1979">
          <fieldset><legend>Risk</legend>
            <label><input type="radio" name="rosh" value="High" checked> High</label>
            <label><input type="radio" name="rosh" value="Low"> Low</label>
          </fieldset>
        </form>
        <p><strong>CRN:</strong> X123456</p>`);
      const pairs = out.fields.map((f) => [f.label, f.value]);
      expect(pairs).toContainEqual(['Sex', 'Male']);
      expect(pairs).toContainEqual(['Date of birth', '18/08/1979']);
      expect(pairs).toContainEqual(['CRN', 'X123456']);
      expect(out.fields.find((f) => f.label === 'Risk')?.value).toBe('High');
    },
  );

  it('an element that throws when read is passed over and counted, and the read goes on', () => {
    // In a browser, form.matches is then the control, which cannot be called; jsdom does not
    // shadow form properties, so the test shadows one the same way: on the instance. (Not
    // classList, which the walk no longer asks: it reads the class attribute once instead.)
    document.body.innerHTML = `<form id="f"><label for="a">Surname</label><input id="a" value="Smith"></form><dl><dt>Sex</dt><dd>Male</dd></dl>`;
    Object.defineProperty(document.getElementById('f')!, 'matches', { get: () => document.createElement('input') });
    const out = readDocument(document);
    expect(out.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Surname', 'Sex']));
    expect(out.unreadableElements).toBe(1);
    expect(read(`<form><label for="a">Surname</label><input id="a" value="Smith"></form>`).unreadableElements).toBe(0);
  });

  it.each(['getAttribute', 'classList'])('a form whose %s is a control still has its controls read, labelled and in their section', (name) => {
    // <input name="getAttribute"> makes form.getAttribute that input in a browser; it once made
    // every control of the form unreadable (their section is looked for through the form).
    document.body.innerHTML = `<section><h2>Person</h2><form id="f"><label for="a">Surname</label><input id="a" value="Smith"></form></section>`;
    Object.defineProperty(document.getElementById('f')!, name, { get: () => document.createElement('input') });
    const out = readDocument(document);
    expect(out.fields.map((f) => [f.label, f.value, f.section])).toEqual([['Surname', 'Smith', 'Person']]);
    expect(out.unreadableElements).toBe(0);
  });
});

describe('the reader reads what the page renders', () => {
  // A shape reads the rows, cells and pieces below the element the walk checked without visiting
  // them: each is checked itself, so a row the page hides cannot feed a card (a hidden "Sex: Male"
  // once made Risk Matrix 2000 apply).
  it('a row of a list the page hides is not read: hidden attribute, display:none row, key or value', () => {
    const out = read(`<dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt>Name</dt><dd>Jo Bloggs</dd></div>
      <div class="govuk-summary-list__row" hidden><dt>Sex</dt><dd>Male</dd></div>
      <div class="govuk-summary-list__row" style="display:none"><dt>PNC</dt><dd>2001/1234567A</dd></div>
      <div class="govuk-summary-list__row"><dt style="display:none">Gender</dt><dd>Male</dd></div>
      <div class="govuk-summary-list__row"><dt>CRN</dt><dd aria-hidden="true">X999999</dd></div>
      <div class="govuk-summary-list__row"><dt>Tier</dt><dd style="visibility:hidden">A1</dd><dd>B2</dd></div>
      <div class="govuk-summary-list__row"><dt>Prison number<span style="display:none"> (old)</span></dt><dd>A1234BC</dd></div>
    </dl>`);
    expect(out.fields.map((f) => [f.label, f.value])).toEqual([
      ['Name', 'Jo Bloggs'],
      ['Tier', 'B2'],
      ['Prison number', 'A1234BC'],
    ]);
  });

  it('a value cell keeps only the items, paragraphs and nested rows the page shows', () => {
    const out = read(`<dl>
      <dt>Conditions</dt><dd><ul><li>Not to contact the victim</li><li hidden>Curfew</li></ul></dd>
      <dt>Notes</dt><dd><p>First</p><p style="display:none">Secret</p><p>Second</p></dd>
      <dt>Address</dt><dd><dl><dt>Town</dt><dd>Leeds</dd><dt hidden>Flat</dt><dd>4</dd></dl></dd>
    </dl>`);
    expect(out.fields.map((f) => [f.label, f.value])).toEqual([
      ['Conditions', 'Not to contact the victim'],
      ['Notes', 'First; Second'],
      ['Address', 'Town: Leeds'],
    ]);
  });

  it('a table row or cell the page hides is not read; the columns still line up', () => {
    const out = read(`<table><thead><tr><th>Offence</th><th>Date</th><th>Outcome</th></tr></thead><tbody>
      <tr><td>Theft</td><td>1 May 2020</td><td>Fine</td></tr>
      <tr hidden><td>Sexual assault</td><td>2 May 2020</td><td>Conviction</td></tr>
      <tr><td>Burglary</td><td style="visibility:hidden">3 May 2020</td><td>Caution</td></tr>
    </tbody></table>
    <table><tr><td>Surname</td><td>Smith</td></tr><tr style="display:none"><td>Sex</td><td>Male</td></tr></table>`);
    expect(out.fields.map((f) => [f.label, f.value])).toEqual([
      ['Offence', 'Theft'],
      ['Date', '1 May 2020'],
      ['Outcome', 'Fine'],
      ['Offence', 'Burglary'],
      ['Outcome', 'Caution'],
      ['Surname', 'Smith'],
    ]);
  });

  it('a hidden part does not stop the shown rest of a line or badge being read', () => {
    const out = read(`
      <p><strong hidden>LOW</strong><strong>VERY HIGH</strong> ROSH</p>
      <p><strong style="display:none">OLD</strong> MAPPA <strong>CAT 2</strong></p>
      <p><span hidden>x</span><strong>3rd party:</strong> Yes</p>`);
    expect(out.fields.map((f) => [f.label, f.value])).toEqual([
      ['ROSH', 'VERY HIGH'],
      ['MAPPA', 'CAT 2'],
      ['3rd party', 'Yes'],
    ]);
  });

  it('a piece of a "Label: value" line, a badge or a list the page hides is not read', () => {
    const out = read(`
      <p><strong>Sex:</strong> <span style="display:none">Male</span></p>
      <p><strong>CRN:</strong> X123456<span hidden> (old X000001)</span></p>
      <p><span>Tier: B2</span> | <span style="display:none">Sex: Male</span> | <span>MAPPA: Category 1</span></p>
      <p>ROSH <strong style="display:none">LOW</strong><strong>VERY HIGH</strong></p>
      <div><p>Conditions:</p><ul><li>Curfew</li><li style="display:none">Not to use the internet</li></ul></div>
      <h2>Licence conditions</h2><ul><li>Report weekly</li><li hidden>Exclusion zone</li></ul>`);
    expect(out.fields.map((f) => [f.label, f.value])).toEqual([
      ['Sex', ''],
      ['CRN', 'X123456'],
      ['Tier', 'B2'],
      ['MAPPA', 'Category 1'],
      ['ROSH', 'VERY HIGH'],
      ['Conditions', 'Curfew'],
      ['Licence conditions', 'Report weekly'],
    ]);
  });

  it('text in a display:none or visibility:hidden part is not read; text kept for screen readers is part of a label', () => {
    const out = read(`<dl>
      <dt>Sex</dt><dd>Withheld<span style="display:none">Male</span></dd>
      <dt>Gender</dt><dd><span style="visibility:hidden">Male</span>Withheld</dd>
      <dt>Offence<span class="govuk-visually-hidden"> (main)</span></dt><dd>Theft</dd>
    </dl>`);
    expect(out.fields.map((f) => [f.label, f.value])).toEqual([
      ['Sex', 'Withheld'],
      ['Gender', 'Withheld'],
      ['Offence (main)', 'Theft'],
    ]);
  });
});
