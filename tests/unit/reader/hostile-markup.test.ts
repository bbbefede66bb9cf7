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
