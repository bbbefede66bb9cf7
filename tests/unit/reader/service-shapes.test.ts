/**
 * Shapes of markup the MoJ probation services use (Manage people on probation, Prepare a case
 * for sentence, Create and vary a licence), rendered with the GOV.UK Frontend macros they use
 * where there is one, else written as their templates write them. Names and numbers here are
 * made up: the shapes are what is tested.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { readDocument } from '@/lib/reader/read-document';
import { read } from './helpers';

const govukDist = path.join(path.dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')), 'dist');
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(govukDist), { autoescape: true });

/** Renders a GOV.UK Frontend macro ("summary-list", "govukSummaryList") with its options. */
function macro(component: string, name: string, params: unknown): string {
  return env.renderString(`{% from "govuk/components/${component}/macro.njk" import ${name} %}{{ ${name}(params) }}`, { params });
}

const triples = (html: string) => read(html).fields.map((f) => [f.label, f.value, f.section]);
const pairsOf = (html: string) => read(html).fields.map((f) => [f.label, f.value]);

describe('summary-list keys with a sub-line', () => {
  it('takes the first line of a key as its label, not the "Last updated" line under it', () => {
    const html = macro('summary-list', 'govukSummaryList', {
      card: { title: { text: 'Risk' } },
      rows: [
        {
          key: { html: '<span>Risk of serious harm (ROSH) in the community<br/><span class="govuk-body-s secondary-text">Last updated 2 March 2024</span></span>' },
          value: { html: '<span><table><tr><td class="govuk-tag">HIGH RISK OF SERIOUS HARM</td></tr></table></span>' },
        },
        { key: { html: '<span>MAPPA<br/><span class="govuk-body-s">Last updated (NDelius): 1 May 2024</span></span>' }, value: { html: '<span class="govuk-!-font-weight-bold">Cat 1/Level 2</span>' } },
      ],
    });
    expect(triples(html)).toEqual([
      ['Risk of serious harm (ROSH) in the community', 'HIGH RISK OF SERIOUS HARM', 'Risk'],
      ['MAPPA', 'Cat 1/Level 2', 'Risk'],
    ]);
  });
});

describe('inline key details', () => {
  it('reads each list item of a "CRN: X | Date of birth: D | Tier: T" header as its own field', () => {
    const html = `<ul class="govuk-list govuk-caption-m inline-list">
      <li>CRN: <span>A111111</span> <span class="hide-mobile">|</span></li>
      <li>Date of birth: <span>3 June 1985</span> (<span>41 years old</span>) <span class="hide-mobile">|</span></li>
      <li><a href="#">Tier: C1</a></li></ul>`;
    expect(pairsOf(html)).toEqual([
      ['CRN', 'A111111'],
      ['Date of birth', '3 June 1985 (41 years old)'],
      ['Tier', 'C1'],
    ]);
  });

  it('splits a caption of pipe-separated parts, one element each or one line of text', () => {
    const spans = `<div class="govuk-caption-m"><span class="pipe-separated__item">Prison number: A1234BC</span>
      <span class="pipe-separated__item">Release date: 1 April 2025</span><span class="pipe-separated__item">Date of birth: 2 February 1990</span></div>`;
    expect(pairsOf(spans)).toEqual([
      ['Prison number', 'A1234BC'],
      ['Release date', '1 April 2025'],
      ['Date of birth', '2 February 1990'],
    ]);
    expect(pairsOf('<p>CRN: B222222 | Tier: A3 | PNC: 2001/0000001Z</p>')).toEqual([
      ['CRN', 'B222222'],
      ['Tier', 'A3'],
      ['PNC', '2001/0000001Z'],
    ]);
  });

  it('keeps prose with a colon in one piece', () => {
    expect(pairsOf('<p>Note: he said the meeting | was fine</p>')).toEqual([['Note', 'he said the meeting | was fine']]);
  });
});

describe('values in headings, badges and captions', () => {
  it('reads a badge "ROSH <strong>LEVEL</strong>" and a widget heading "<strong>LEVEL</strong> ROSH"', () => {
    expect(pairsOf('<div class="arns-badge"><span class="arns-badge__type_and_level">ROSH <strong>MEDIUM</strong></span></div>')).toEqual([['ROSH', 'MEDIUM']]);
    expect(pairsOf('<div class="rosh-widget"><h3 class="govuk-heading-m"><strong>HIGH</strong> ROSH</h3></div>')).toEqual([['ROSH', 'HIGH']]);
    expect(pairsOf('<div class="mappa-widget"><h3><strong>CAT 3/ LEVEL 1</strong> MAPPA</h3><p>Multi-agency public protection arrangements</p></div>')).toEqual([
      ['MAPPA', 'CAT 3/ LEVEL 1'],
    ]);
  });

  it('reads printed prose with a bold value: the words before it are the label', () => {
    expect(pairsOf('<p>Your licence expires on <span class="bold">3 March 2031</span></p>')).toEqual([['Your licence expires on', '3 March 2031']]);
  });

  it('reads a caption over a bold value (key-details grid)', () => {
    const html = `<div class="govuk-grid-row">
      <div class="govuk-grid-column-one-third"><p class="govuk-hint">Order started</p><p class="govuk-body-l govuk-!-font-weight-bold">4 July 2024</p></div>
      <div class="govuk-grid-column-one-third"><p class="govuk-hint">Order ends</p><p class="govuk-body-l govuk-!-font-weight-bold">3 July 2026</p></div></div>`;
    expect(pairsOf(html)).toEqual([
      ['Order started', '4 July 2024'],
      ['Order ends', '3 July 2026'],
    ]);
  });

  it('reads the paragraph or bullets right under a heading as its content, not navigation', () => {
    const html = `<nav><h2>Menu</h2><ul><li><a href="/">Home</a></li><li><a href="/x">Cases</a></li></ul></nav>
      <h2 class="govuk-heading-l">CJA - Std Determinate Custody (30 Months)</h2>
      <div class="govuk-grid-row"><div><p class="govuk-body">Robbery - 03401</p></div></div>
      <h2 class="govuk-heading-m">Licence conditions</h2><ul class="govuk-list govuk-list--bullet"><li>Curfew Arrangement</li><li>Exclusion zone</li></ul>
      <h2>Last OASys assessment</h2><p class="govuk-body">OASys Assessment Layer 3</p><p class="govuk-hint">Completed on 2 Feb 2025</p>`;
    expect(pairsOf(html)).toEqual([
      ['CJA - Std Determinate Custody (30 Months)', 'Robbery - 03401'],
      ['Licence conditions', 'Curfew Arrangement; Exclusion zone'],
      ['Last OASys assessment', 'OASys Assessment Layer 3 Completed on 2 Feb 2025'],
    ]);
    expect(read(html).fields[1]!.items).toEqual(['Curfew Arrangement', 'Exclusion zone']);
  });

  it('does not take a labelled pair under a heading as the heading\'s content', () => {
    expect(triples('<h2>Personal details</h2><p>Name: J Smith</p>')).toEqual([['Name', 'J Smith', 'Personal details']]);
  });
});

describe('sections from the element\'s own ancestors', () => {
  it('a field after a summary card is not in that card', () => {
    const card = macro('summary-list', 'govukSummaryList', {
      card: { title: { text: 'Offence 2' } },
      rows: [{ key: { text: 'Offence' }, value: { text: 'Theft' } }],
    });
    const html = `<h2 class="govuk-heading-l">Offences</h2>${card}<p>Date: 1 May 2024</p>`;
    expect(triples(html)).toEqual([
      ['Offence', 'Theft', 'Offence 2'],
      ['Date', '1 May 2024', 'Offences'],
    ]);
  });

  it('takes the title of a service card (app-summary-card) and of a section with a header', () => {
    const html = `<section class="app-summary-card"><header class="app-summary-card__header"><h3 class="app-summary-card__title">Sentence</h3></header>
      <div class="app-summary-card__body"><dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Order</dt>
      <dd class="govuk-summary-list__value">12 month Community order</dd></div></dl></div></section>`;
    expect(triples(html)).toEqual([['Order', '12 month Community order', 'Sentence']]);
  });

  it('a card whose title wrapper holds actions is titled by its heading only', () => {
    const html = macro('summary-list', 'govukSummaryList', {
      card: { title: { text: 'ORA Community Order (18 Months)' }, actions: { items: [{ href: '#', text: 'View record' }] } },
      rows: [{ key: { text: 'Description' }, value: { text: 'Theft - 04200' } }],
    });
    expect(triples(html)).toEqual([['Description', 'Theft - 04200', 'ORA Community Order (18 Months)']]);
  });
});

describe('value cells', () => {
  it('makes one item of each expander in a value (one licence condition each)', () => {
    const details = (title: string) => macro('details', 'govukDetails', { summaryText: title, html: '<dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Subtype</dt><dd class="govuk-summary-list__value">Text</dd></div></dl>' });
    const html = macro('summary-list', 'govukSummaryList', {
      rows: [{ key: { text: 'Licence conditions' }, value: { html: `<span>${details('Curfew')}${details('Exclusion zone')}${details('Polygraph')}</span>` } }],
    });
    const [field] = read(html).fields;
    expect(field!.items).toEqual(['Curfew', 'Exclusion zone', 'Polygraph']);
  });

  it('makes one item of each entry of a list nested in a value, without the link after it', () => {
    const html = macro('summary-list', 'govukSummaryList', {
      rows: [{ key: { text: 'Additional offences' }, value: { html: '<span><ol class="govuk-list"><li>Burglary (2 count)</li><li>Assault (1 count)</li></ol><a href="#">View additional offence details</a></span>' } }],
    });
    expect(read(html).fields[0]!.items).toEqual(['Burglary (2 count)', 'Assault (1 count)']);
  });
});

describe('accordions and lead-in lists', () => {
  it('reads each accordion section, collapsed or not, as its title and content', () => {
    const html = `<h3>Offences</h3>${macro('accordion', 'govukAccordion', {
      id: 'offences',
      items: [
        { heading: { text: 'Theft from a shop' }, content: { html: '<p>On 1 May 2024 stole goods.</p><p class="govuk-caption-m">Contrary to section 1(1) of the Theft Act 1968.</p>' } },
        { heading: { text: 'Criminal damage' }, content: { html: '<p>Damaged a window.</p><p class="govuk-caption-m">Contrary to section 1(1) of the Criminal Damage Act 1971.</p>' } },
      ],
    })}`;
    document.body.innerHTML = html;
    // GOV.UK Frontend hides collapsed sections with hidden="until-found".
    for (const c of document.querySelectorAll('.govuk-accordion__section-content')) c.setAttribute('hidden', 'until-found');
    const fields = readDocument(document).fields;
    expect(fields.map((f) => [f.label, f.section])).toEqual([
      ['Theft from a shop', 'Offences'],
      ['Criminal damage', 'Offences'],
    ]);
    expect(fields[0]!.value).toContain('Contrary to section 1(1) of the Theft Act 1968.');
  });

  it('reads "During your licence period you must:" and the conditions under it as one list', () => {
    const html = `<div id="ap-conditions"><span>During your licence period you must:</span>
      <div class="condition"><span>Be of good behaviour</span></div><div class="condition"><span>Not to enter the area of Leeds</span></div></div>`;
    const [field] = read(html).fields;
    expect([field!.label, field!.items]).toEqual(['During your licence period you must', ['Be of good behaviour', 'Not to enter the area of Leeds']]);
  });
});
