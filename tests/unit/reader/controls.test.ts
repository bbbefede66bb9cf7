import { describe, expect, it } from 'vitest';
import { pairs, read } from './helpers';

describe('labelled controls', () => {
  it('reads label[for], a wrapping label, aria-labelledby with several ids, aria-label, title and placeholder', () => {
    expect(
      pairs(`
        <label for="a">Surname</label><input id="a" value="Smith">
        <label>Forename <input value="John"></label>
        <span id="l1">Date</span><span id="l2">of birth</span><input aria-labelledby="l1 l2" value="18/08/1979">
        <input aria-label="CRN" value="X123456">
        <input title="PNC number" value="2001/1">
        <input placeholder="Postcode" value="LS1 1AA">
      `),
    ).toEqual([
      ['Surname', 'Smith'],
      ['Forename', 'John'],
      ['Date of birth', '18/08/1979'],
      ['CRN', 'X123456'],
      ['PNC number', '2001/1'],
      ['Postcode', 'LS1 1AA'],
    ]);
  });

  it('keeps hints and error messages apart from the label and drops the hidden "Error:" prefix', () => {
    const { fields } = read(`
      <div class="govuk-form-group govuk-form-group--error">
        <label class="govuk-label" for="n">National Insurance number</label>
        <div id="n-hint" class="govuk-hint">It's on your National Insurance card</div>
        <p id="n-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter a National Insurance number</p>
        <input class="govuk-input" id="n" aria-describedby="n-hint n-error" value="QQ 12">
      </div>`);
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({
      label: 'National Insurance number',
      value: 'QQ 12',
      hint: "It's on your National Insurance card",
      error: 'Enter a National Insurance number',
    });
  });

  it('reads a role="radiogroup" as one group, but not one with the hidden attribute or aria-hidden', () => {
    // The walk asks an element's role only when one matches() says it has a role or a hidden attribute.
    expect(
      pairs(`
        <div role="radiogroup" aria-label="Tier"><label><input type="radio" name="t" value="A" checked> A1</label><label><input type="radio" name="t" value="B"> B2</label></div>
        <div role="radiogroup" aria-label="Hidden tier" hidden><label><input type="radio" name="h" checked> C3</label></div>
        <div role="radiogroup" aria-label="Unspoken tier" aria-hidden="true"><label><input type="radio" name="u" checked> D4</label></div>
        <div role="region"><label for="r">Region</label><input id="r" value="North"></div>
      `),
    ).toEqual([
      ['Tier', 'A1'],
      ['Region', 'North'],
    ]);
  });

  it('joins a label[for] and a wrapping label; a wrapping label with for= names only the control it is for', () => {
    expect(
      pairs(`
        <label for="x">Surname</label><label>(as on passport) <input id="x" value="Smith"></label>
        <label for="y">Town</label><label for="y">of birth <input id="y" value="Leeds"></label>
        <label for="other">Postcode <input id="z" value="LS1"></label>
      `),
    ).toEqual([
      ['Surname (as on passport)', 'Smith'],
      ['Town of birth', 'Leeds'],
    ]);
  });

  it('reads selects, textareas, read-only and disabled inputs; never passwords or hidden inputs', () => {
    expect(
      pairs(`
        <label for="s">Tier</label><select id="s"><option>A1</option><option selected>B2</option></select>
        <label for="t">Notes</label><textarea id="t">Seen today.</textarea>
        <label for="r">Office</label><input id="r" readonly value="Leeds">
        <label for="d">Officer</label><input id="d" disabled value="J Bloggs">
        <label for="p">Password</label><input id="p" type="password" value="secret">
        <input type="hidden" name="token" value="abc">
      `),
    ).toEqual([
      ['Tier', 'B2'],
      ['Notes', 'Seen today.'],
      ['Office', 'Leeds'],
      ['Officer', 'J Bloggs'],
    ]);
  });

  it('ids with colons still label their controls', () => {
    expect(pairs(`<label for="case:dob">DOB</label><input id="case:dob" value="01/02/1990">`)).toEqual([['DOB', '01/02/1990']]);
  });
});

describe('groups', () => {
  it('reads radios under a legend as the checked option, checkboxes as a list', () => {
    const { fields } = read(`
      <fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">Sex</legend>
        <div class="govuk-radios">
          <input type="radio" name="sex" id="m" checked><label for="m">Male</label>
          <input type="radio" name="sex" id="f"><label for="f">Female</label>
        </div>
      </fieldset>
      <fieldset><legend>Requirements</legend>
        <input type="checkbox" name="req" id="c1" checked><label for="c1">Programme</label>
        <input type="checkbox" name="req" id="c2"><label for="c2">Curfew</label>
        <input type="checkbox" name="req" id="c3" checked><label for="c3">Unpaid work</label>
      </fieldset>`);
    expect(fields.map((f) => [f.label, f.value, f.kind])).toEqual([
      ['Sex', 'Male', 'choice'],
      ['Requirements', 'Programme; Unpaid work', 'choice'],
    ]);
    expect(fields[1]?.items).toEqual(['Programme', 'Unpaid work']);
  });

  it('an unanswered group reads as empty, not as a guess', () => {
    expect(
      pairs(`<fieldset><legend>Sex</legend><input type="radio" name="s" id="a"><label for="a">Male</label></fieldset>`),
    ).toEqual([['Sex', '']]);
  });

  it('skips conditionally revealed content that is hidden', () => {
    const html = (hidden: boolean) => `
      <fieldset><legend>New relationship?</legend>
        <input type="radio" name="r" id="y" ${hidden ? '' : 'checked'}><label for="y">Yes</label>
        <div class="govuk-radios__conditional ${hidden ? 'govuk-radios__conditional--hidden' : ''}">
          <label for="k">Partner's children</label><input id="k" value="2">
        </div>
        <input type="radio" name="r" id="n" ${hidden ? 'checked' : ''}><label for="n">No</label>
      </fieldset>`;
    expect(pairs(html(true))).toEqual([['New relationship?', 'No']]);
    expect(pairs(html(false))).toEqual([
      ['New relationship?', 'Yes'],
      ["Partner's children", '2'],
    ]);
  });

  it('a lone checkbox reads as Yes or No', () => {
    expect(pairs(`<input type="checkbox" id="x" checked><label for="x">Registered sex offender</label>`)).toEqual([
      ['Registered sex offender', 'Yes'],
    ]);
  });
});

describe('dates', () => {
  const dateInput = (day: string, month: string, year: string, error = '') => `
    <fieldset class="govuk-fieldset" role="group"><legend class="govuk-fieldset__legend">Date of birth</legend>
      <div id="dob-hint" class="govuk-hint">For example, 27 3 1985</div>
      ${error ? `<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${error}</p>` : ''}
      <div class="govuk-date-input" id="dob">
        <div class="govuk-date-input__item"><label for="dob-day">Day</label><input id="dob-day" name="dob-day" value="${day}"></div>
        <div class="govuk-date-input__item"><label for="dob-month">Month</label><input id="dob-month" name="dob-month" value="${month}"></div>
        <div class="govuk-date-input__item"><label for="dob-year">Year</label><input id="dob-year" name="dob-year" value="${year}"></div>
      </div>
    </fieldset>`;

  it('reads a GOV.UK date input as one date labelled by its legend', () => {
    const { fields } = read(dateInput('18', '8', '1979'));
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({ label: 'Date of birth', value: '18/8/1979', kind: 'date', hint: 'For example, 27 3 1985' });
  });

  it('keeps a partial date partial, with its error', () => {
    const { fields } = read(dateInput('', '8', '1979', 'Date of birth must include a day'));
    expect(fields[0]).toMatchObject({ value: '/8/1979', error: 'Date of birth must include a day' });
    expect(read(dateInput('', '', '')).fields[0]?.value).toBe('');
  });

  it('reads single-box dates', () => {
    const { fields } = read(`<label for="d">Release date</label><input id="d" value="09/11/2025">`);
    expect(fields[0]).toMatchObject({ label: 'Release date', value: '09/11/2025', kind: 'date' });
  });
});
