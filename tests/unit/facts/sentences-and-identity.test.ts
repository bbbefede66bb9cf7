/**
 * Several sentences per person, offences and orders as the MoJ probation services word them,
 * identity facts, and the wording patterns (each with must-match and must-not-match examples).
 * Markup is written as those services' templates write it; the people and numbers are made up.
 */
import { describe, expect, it } from 'vitest';
import { CaseRecord } from '@/lib/facts/case-record';
import { parseDateInText } from '@/lib/facts/dates';
import { classifyDisposal } from '@/lib/facts/disposals';
import { cleanOffence, extractCase, WORDING_PATTERNS } from '@/lib/facts/extract';
import { categoryNamed, isStandardCondition } from '@/lib/facts/licence-conditions';
import { lengthInWording } from '@/lib/facts/lengths';
import { factLines, sentenceLines } from '@/lib/facts/summary';
import { caseIdentityFromUrl, CRN_IN_URL, EMPTY_STATE, isEmptyState, ROSH_REGISTRATION, type WordingPattern } from '@/lib/facts/values';
import { readDocument } from '@/lib/reader/read-document';
import type { Field } from '@/lib/reader/types';

function fieldsOf(html: string): Field[] {
  document.body.innerHTML = html;
  return readDocument(document).fields;
}
const recordOf = (html: string) => {
  const record = extractCase(fieldsOf(html));
  expect(CaseRecord.parse(record)).toEqual(record);
  return record;
};

/** A GOV.UK summary card as the services render it. */
function card(title: string, rows: Array<[string, string]>): string {
  const body = rows
    .map(([k, v]) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt><dd class="govuk-summary-list__value">${v}</dd></div>`)
    .join('');
  return `<div class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper"><h3 class="govuk-summary-card__title">${title}</h3></div>
    <div class="govuk-summary-card__content"><dl class="govuk-summary-list">${body}</dl></div></div>`;
}
const described = (offence: string, status: string) => `<p class="govuk-body">${offence}</p><p class="govuk-hint">${status}</p>`;
const d = (years = 0, months = 0) => ({ kind: 'fixed', duration: { years, months, weeks: 0, days: 0 } });

describe('several sentences per person', () => {
  const record = () =>
    recordOf(`<h2>Current orders</h2>
      ${card('ORA Community Order (18 Months)', [['Description', described('Theft from a shop - 04600', 'Started on 3 March 2025')], ['Requirements', '<ul><li>Unpaid Work – 60 Hours</li></ul>']])}
      ${card('ORA Adult Custody (inc PSS) (12 Months)', [['Description', described('Sexual assault on a female - 02000', 'Started on 1 June 2025')], ['Licence conditions', '<ul><li>Curfew Arrangement</li><li>Polygraph</li></ul>']])}
      <h2>Previous orders</h2>
      ${card('CJA - Std Determinate Custody (30 Months)', [['Description', described('Robbery - 03401', 'Ended on 4 Jan 2019')]])}`);

  it('keeps each order as its own event, current or ended, with its offences, length and conditions', () => {
    const r = record();
    expect(r.sentences?.map((s) => [s.title, s.type?.value, s.length?.value, s.status, s.offences.map((o) => o.description.value), s.licenceConditions.length])).toEqual([
      ['ORA Community Order (18 Months)', 'community-order', d(0, 18), 'current', ['Theft from a shop - 04600'], 0],
      ['ORA Adult Custody (inc PSS) (12 Months)', 'custody', d(0, 12), 'current', ['Sexual assault on a female - 02000'], 2],
      ['CJA - Std Determinate Custody (30 Months)', 'custody', d(0, 30), 'ended', ['Robbery - 03401'], 0],
    ]);
    expect(r.sentences?.[2]?.endDate?.value).toBe('2019-01-04');
    expect(r.sentences?.[0]?.sentenceDate?.value).toBe('2025-03-03');
  });

  it('different types in different events are not a conflict', () => {
    expect(record().conflicts).toEqual([]);
    expect(record().unreadable).toEqual([]);
  });

  it('the disposal is the current custodial one; offences span every event, ended ones too', () => {
    const r = record();
    expect(r.disposal?.type.value).toBe('custody');
    expect(r.disposal?.length?.value).toEqual(d(0, 12));
    expect(r.offences.map((o) => [o.description.value, o.sexual])).toEqual([
      ['Theft from a shop - 04600', false],
      ['Sexual assault on a female - 02000', true],
      ['Robbery - 03401', false],
    ]);
  });

  it('with no current custody, the current community order is the disposal; ended orders never are', () => {
    const community = recordOf(`${card('12 month Community order', [['Main offence', 'Theft - 04600'], ['Order', '12 month Community order From December 2023 to December 2024 35 months elapsed']])}
      ${card('CJA - Std Determinate Custody (30 Months)', [['Description', described('Robbery - 03401', 'Ended on 4 Jan 2019')]])}`);
    expect(community.disposal?.type.value).toBe('community-order');
    expect(community.disposal?.length?.value).toEqual(d(0, 12));
    const onlyEnded = recordOf(card('CJA - Std Determinate Custody (30 Months)', [['Description', described('Robbery - 03401', 'Ended on 4 Jan 2019')]]));
    expect(onlyEnded.disposal).toBeUndefined();
    expect(onlyEnded.offences).toHaveLength(1);
  });

  it('an order listed under "Previous orders" is over even when its card does not say "Ended on"', () => {
    const r = recordOf(`<h2>Current orders</h2>
      ${card('ORA Community Order (18 Months)', [['Description', described('Theft from a shop - 04600', 'Started on 3 March 2025')]])}
      <h2>Previous orders</h2>
      ${card('CJA - Std Determinate Custody (30 Months)', [['Description', '<p class="govuk-body">Sexual assault on a female - 02000</p>']])}`);
    expect(r.sentences?.map((s) => [s.title, s.status])).toEqual([
      ['ORA Community Order (18 Months)', 'current'],
      ['CJA - Std Determinate Custody (30 Months)', 'ended'],
    ]);
    // The custodial order is history: the current community order is the disposal.
    expect(r.disposal?.type.value).toBe('community-order');
    const onlyPrevious = recordOf(`<h2>Previous orders</h2>${card('CJA - Std Determinate Custody (30 Months)', [['Description', '<p class="govuk-body">Robbery - 03401</p>']])}`);
    expect(onlyPrevious.disposal).toBeUndefined();
    expect(onlyPrevious.offences).toHaveLength(1);
  });

  it('the same fact twice within one event is still a conflict', () => {
    const r = recordOf(card('Sentence', [['Order', 'ORA Community Order'], ['Sentence type', 'CJA - Std Determinate Custody']]));
    expect(r.conflicts.map((c) => c.fact)).toEqual(['sentenceType']);
  });

  it('an order page: type and length in the heading, the offence under it, dates in a key-details grid', () => {
    const r = recordOf(`<h2 class="govuk-heading-l">ORA Adult Custody (inc PSS) (12 Months)</h2>
      <div class="govuk-grid-row"><div><p class="govuk-body">Voyeurism - 08400</p>
      <div class="govuk-grid-row"><div><p class="govuk-hint">Licence started</p><p class="govuk-body-l govuk-!-font-weight-bold">2 May 2026</p></div>
      <div><p class="govuk-hint">Licence ends</p><p class="govuk-body-l govuk-!-font-weight-bold">2 May 2027</p></div></div></div></div>
      <h2>Licence conditions</h2><ul class="govuk-list govuk-list--bullet"><li>Curfew Arrangement</li><li>Victim contact</li></ul>`);
    expect(r.disposal?.type.value).toBe('custody');
    expect(r.disposal?.length?.value).toEqual(d(0, 12));
    expect([r.disposal?.releaseDate?.value, r.disposal?.licenceEndDate?.value]).toEqual(['2026-05-02', '2027-05-02']);
    expect(r.offences.map((o) => o.description.value)).toEqual(['Voyeurism - 08400']);
    expect(r.licenceConditions.map((c) => c.kind)).toEqual(['additional', 'additional']);
  });

  it('an event keeps its dates when its type is unreadable, and the panel shows them', () => {
    const r = recordOf(card('Sentence', [['Order', 'Default Sentence Type'], ['Sentence start date', '19 March 2024'], ['Date released on licence', 'No release date details']]));
    expect(r.unreadable.map((u) => u.fact)).toEqual(['sentenceType']);
    expect(r.disposal).toBeUndefined();
    expect(r.sentences?.[0]?.sentenceDate?.value).toBe('2024-03-19');
    expect(factLines(r).map((l) => [l.fact, l.value])).toContainEqual(['sentenceDate', '19 March 2024']);
  });

  it('a report\'s "Type" is not a sentence', () => {
    const r = recordOf(card('Pre-sentence report requested (1)', [['Type', 'Pre-Sentence Report - Fast'], ['Required by', '2 January 2018']]));
    expect(r.unreadable).toEqual([]);
    expect(r.disposal).toBeUndefined();
  });
});

describe('offences as the services word them', () => {
  it.each([
    ['Burglary (2 count)', 'Burglary'],
    ['Murder (3 count)', 'Murder'],
    ['(Having possession a picklock or other implement with intent to break into any premises - 18502) 2 additional offences', 'Having possession a picklock or other implement with intent to break into any premises - 18502'],
    ['(Assault PC (Indictable/Either way) - 00807)', 'Assault PC (Indictable/Either way) - 00807'],
    ['Rape of a female aged 16 or over (Sexual Offences Act 2003) - 01900', 'Rape of a female aged 16 or over (Sexual Offences Act 2003) - 01900'],
  ])('"%s" is the offence "%s"', (raw, clean) => {
    expect(cleanOffence(raw)).toBe(clean);
  });

  it('reads a list of additional offences with counts, a court offence list and a previous-orders table', () => {
    const additional = recordOf(card('Offence', [['Main offence', 'Voyeurism (1 count)'], ['Additional offences', '<span><ol class="govuk-list"><li>Burglary (2 count)</li><li>Assault (1 count)</li></ol><a href="#">View additional offence details</a></span>']]));
    expect(additional.offences.map((o) => o.description.value)).toEqual(['Voyeurism', 'Burglary', 'Assault']);
    const court = recordOf(`<h3>Offences</h3><div class="govuk-accordion"><div class="govuk-accordion__section"><div class="govuk-accordion__section-header"><h4 class="govuk-accordion__section-heading"><span>Sexual assault</span></h4></div>
      <div class="govuk-accordion__section-content"><p>On 01/01/2024 at Leeds assaulted a woman.</p><p class="govuk-caption-m">Contrary to section 3 of the Sexual Offences Act 2003.</p></div></div></div>`);
    expect(court.offences.map((o) => [o.description.value, o.sexual])).toEqual([['Sexual assault', true]]);
    const previous = recordOf(`<h2>Previous orders</h2><table class="govuk-table"><tbody>
      <tr><th scope="row"><a href="#">Theft from a shop - 04600</a></th><td>Ended on 9 April 2024</td></tr>
      <tr><th scope="row"><a href="#">Robbery - 03401</a></th><td>Ended on 8 April 2023</td></tr></tbody></table>`);
    expect(previous.offences.map((o) => o.description.value)).toEqual(['Theft from a shop - 04600', 'Robbery - 03401']);
    expect(previous.sentences?.map((s) => s.status)).toEqual(['ended', 'ended']);
    expect(previous.disposal).toBeUndefined();
  });

  it('a conviction date is every offence\'s of the event', () => {
    const r = recordOf(`${card('Offence', [['Main offence', 'Voyeurism'], ['Additional offences', '<ul><li>Burglary</li></ul>']])}${card('Conviction', [['Conviction date', '20 March 2024']])}`);
    expect(r.offences.map((o) => o.convictionDate?.value)).toEqual(['2024-03-20', '2024-03-20']);
  });
});

describe('risk: RoSH, flags, MAPPA, empty states', () => {
  it('risk flags are not RoSH; a registration whose type is RoSH is', () => {
    const flags = recordOf(`<h2>NDelius risk flags</h2><table class="govuk-table"><thead><tr><th>Risk level</th><th>Flag</th></tr></thead><tbody>
      <tr><td>Medium</td><td>Risk to Known Adult</td></tr><tr><td>Information only</td><td>Domestic Abuse Perpetrator</td></tr></tbody></table>`);
    expect([flags.rosh, flags.unreadable, flags.conflicts]).toEqual([undefined, [], []]);
    const registrations = recordOf(`<table class="govuk-table"><caption>Active registrations</caption><thead><tr><th>Type</th><th>Registered</th></tr></thead><tbody>
      <tr><td>High RoSH</td><td>19 Jun 2024</td></tr><tr><td>Child Protection</td><td>2 Jan 2024</td></tr></tbody></table>
      <table class="govuk-table"><caption>Inactive registrations</caption><thead><tr><th>Type</th><th>End date</th></tr></thead><tbody><tr><td>Low RoSH</td><td>1 Jan 2023</td></tr></tbody></table>`);
    expect(registrations.rosh?.value).toBe('high');
    expect(registrations.conflicts).toEqual([]);
    expect(registrations.disposal).toBeUndefined();
  });

  it('the RoSH and MAPPA of widgets and badges', () => {
    const r = recordOf(`<div class="arns-badge"><span>ROSH <strong>VERY HIGH</strong></span></div>
      <div class="rosh-widget"><h3><strong>VERY HIGH</strong> ROSH</h3></div><div class="mappa-widget"><h3><strong>CAT 0/ LEVEL 2</strong> MAPPA</h3></div>`);
    expect([r.rosh?.value, r.mappaCategory, r.mappaLevel?.value, r.unreadable]).toEqual(['very high', undefined, 2, []]);
  });

  it('"No MAPPA data found", "No active sentence" are none, not unreadable', () => {
    const r = recordOf(card('Risk', [['MAPPA', 'No MAPPA data found in NDelius.'], ['Sentence', 'No active sentence'], ['Release date', 'No release date details']]));
    expect([r.mappaCategory, r.disposal, r.unreadable, r.conflicts]).toEqual([undefined, undefined, [], []]);
  });

  it('the last OASys from "Completed on …" under its heading', () => {
    const r = recordOf('<h2>Last OASys assessment</h2><p class="govuk-body">OASys Assessment Layer 3</p><p class="govuk-hint">Completed on 20 Jun 2018</p>');
    expect(r.lastOasys?.value).toBe('2018-06-20');
  });
});

describe('licences', () => {
  it('reads a printed licence: its dates in prose, standard and additional conditions apart', () => {
    const r = recordOf(`<p>Your licence expires on <span class="bold">26 April 2031</span></p>
      <p>Your sentence expires on <span class="bold">26 April 2030</span></p>
      <p>Your supervision on licence starts on <span class="bold">1 April 2029</span> and ends on <span class="bold">26 April 2031</span> unless this licence is revoked.</p>
      <p>Your post sentence supervision period starts on <span class="bold">26 April 2030</span> and ends on <span class="bold">26 June 2031</span></p>
      <div><span>During your licence period you must:</span><div class="condition"><span>Be of good behaviour</span></div><div class="condition"><span>Do not break the law</span></div>
      <div class="condition"><span>Not to reside in the same household as any child under the age of 18.</span></div></div>
      <div><span>During your post sentence supervision period you must:</span><div class="condition"><span>Be of good behaviour</span></div><div class="condition"><span>Attend drug testing</span></div></div>`);
    const s = r.sentences?.[0];
    expect([s?.releaseDate?.value, s?.licenceEndDate?.value]).toEqual(['2029-04-01', '2031-04-26']);
    expect(r.conflicts).toEqual([]);
    expect(r.licenceConditions.map((c) => [c.kind, c.text])).toEqual([
      ['standard', 'Be of good behaviour'],
      ['standard', 'Do not break the law'],
      ['additional', 'Not to reside in the same household as any child under the age of 18.'],
    ]);
  });

  it('CVL: each row of "Additional licence conditions (N)" is a condition, its key the category', () => {
    const r = recordOf(`<div class="govuk-grid-row"><div><h2 class="govuk-heading-m">Additional licence conditions (2)</h2></div></div>
      <dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Residence at a specific place</dt>
      <dd class="govuk-summary-list__value"><div class="additional-condition-summary">You must reside at an approved address.</div></dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Items and documents</dt><dd class="govuk-summary-list__value"><div></div></dd></div></dl>
      <h2>Additional post sentence supervision requirements (1)</h2><dl><dt>Drug testing</dt><dd>Attend testing</dd></dl>`);
    expect(r.licenceConditions.map((c) => [c.text, c.category])).toEqual([
      ['You must reside at an approved address.', 'residence at a specific place'],
      ['Items and documents', 'possession, ownership, control or inspection of items or documents'],
    ]);
  });

  it('nDelius: a condition page titled by the condition is one condition; its dates are not the sentence\'s', () => {
    const r = recordOf(`${card('Freedom of movement', [['Imposed (Release) date', '4 February 2022'], ['Note', 'Not to go to a football game.']])}`);
    expect(r.licenceConditions.map((c) => [c.text, c.category])).toEqual([['Freedom of movement', 'freedom of movement']]);
    const pac = recordOf(`<h2>Licence conditions details</h2><h3>Alcohol</h3>${card('', [['Condition', 'You must not drink alcohol.'], ['Start date', '6 January 2018']]).replace(/<h3[^>]*><\/h3>/, '')}
      <h3>Curfew Arrangement</h3><dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt>Condition</dt><dd>Confine yourself to an address.</dd></div><div class="govuk-summary-list__row"><dt>Start date</dt><dd>4 January 2020</dd></div></dl>`);
    expect(pac.licenceConditions).toHaveLength(2);
    expect(pac.conflicts).toEqual([]);
  });

  it.each([
    ['Be of good behaviour and not behave in a way which undermines the purpose of the licence period.', true],
    ['Not commit any offence.', true],
    ['Keep in touch with the supervising officer in accordance with instructions given by the supervising officer.', true],
    ['Not to have unsupervised contact with any child under the age of 18.', false],
  ])('"%s" is a standard condition: %s', (text, standard) => {
    expect(isStandardCondition(text)).toBe(standard);
  });

  it('knows the category names CVL shows as keys', () => {
    expect(categoryNamed('Programmes or activities')).toBe('participation in a programme or activities');
    expect(categoryNamed('Freedom of movement')).toBe('freedom of movement');
    expect(categoryNamed('Bespoke condition')).toBeUndefined();
  });
});

describe('nDelius wording of sentences and lengths', () => {
  it.each([
    ['ORA Community Order', 'community-order'],
    ['CJA - Community Order', 'community-order'],
    ['ORA Suspended Sentence Order', 'suspended-sentence'],
    ['CJA - Suspended Sentence Order', 'suspended-sentence'],
    ['SSO', 'suspended-sentence'],
    ['ORA Adult Custody (inc PSS)', 'custody'],
    ['Adult Custody < 12m', 'custody'],
    ['CJA - Std Determinate Custody', 'custody'],
    ['CJA - Extended Sentence', 'custody'],
    ['CJA - Indeterminate Public Prot.', 'custody'],
    ['Life imprisonment (Adult)', 'custody'],
    ['Participate or co-op with Programme or Activities', undefined],
    ['Pre-Sentence Report - Fast', undefined],
  ])('"%s" is %s', (text, type) => {
    expect(classifyDisposal(text)).toBe(type);
  });

  it.each([
    ['ORA Adult Custody (inc PSS) (12 Months)', d(0, 12)],
    ['CJA - Std Determinate Custody (30 Months)', d(0, 30)],
    ['12 month Community order', d(0, 12)],
    ['2 Years Suspended Sentence Order', d(2, 0)],
    ['ORA Community Order From March 2020 to September 2024 80 months elapsed', undefined],
    ['Default Sentence Type', undefined],
  ])('"%s" has the length %j', (text, length) => {
    expect(lengthInWording(text)).toEqual(length);
  });

  it.each([
    ['Completed on 20 Jun 2018', '2018-06-20'],
    ['1 April 2021 and ends on 26 April 2060 unless this licence is revoked.', '2021-04-01'],
    ['Complete (2 January 2018)', '2018-01-02'],
    ['18 August 1979 (47 years old)', '1979-08-18'],
  ])('"%s" dates %s', (text, iso) => {
    expect(parseDateInText(text)).toEqual({ ok: true, value: iso });
  });

  it('refuses text with two dates and none leading', () => {
    expect(parseDateInText('From 1 May 2020 to 1 May 2021').ok).toBe(false);
    expect(parseDateInText('between 1 May 2020 and 1 May 2021').ok).toBe(false);
  });
});

describe('identity', () => {
  it('reads name, CRN, PNC and prison number from headers, captions and key details', () => {
    const r = recordOf(`<ul class="govuk-list"><li>CRN: <span>X123456</span> <span>|</span></li><li>Date of birth: <span>3 June 1985</span></li></ul>
      <div class="govuk-caption-m"><span>Prison number: A1234BC</span><span>Release date: 1 April 2025</span></div>
      ${card('Personal details', [['Name', 'Jo Bloggs'], ['PNC number', '2001/0000001Z']])}`);
    expect([r.identity?.name?.value, r.identity?.crn?.value, r.identity?.pncNumber?.value, r.identity?.prisonNumber?.value]).toEqual([
      'Jo Bloggs',
      'X123456',
      '2001/0000001Z',
      'A1234BC',
    ]);
    expect(r.identity?.crn?.source.label).toBe('CRN');
  });

  it('a contact\'s "Name" is not the person\'s', () => {
    expect(recordOf(card('Community probation team contact details', [['Name', 'Duty officer']])).identity).toBeUndefined();
  });

  it.each([
    ['https://manage-people-on-probation.example/case/X778160/risk', { crn: 'X778160' }],
    ['/case/X000001', { crn: 'X000001' }],
    ['/licence/view/id/1/show', {}],
    ['not a url', {}],
  ])('caseIdentityFromUrl(%s)', (url, identity) => {
    expect(caseIdentityFromUrl(url)).toEqual(identity);
  });
});

describe('wording patterns: each matches its examples and none of its counter-examples', () => {
  const patterns: Record<string, WordingPattern> = { ...WORDING_PATTERNS, EMPTY_STATE, ROSH_REGISTRATION, CRN_IN_URL };
  for (const [name, p] of Object.entries(patterns)) {
    it(name, () => {
      expect(p.matches.length).toBeGreaterThan(0);
      expect(p.notMatches.length).toBeGreaterThan(0);
      for (const m of p.matches) expect(p.pattern.test(m), `${name} must match "${m}"`).toBe(true);
      for (const m of p.notMatches) expect(p.pattern.test(m), `${name} must not match "${m}"`).toBe(false);
    });
  }
  it('isEmptyState', () => {
    expect(isEmptyState('No order details')).toBe(true);
    expect(isEmptyState('Nottingham Crown Court')).toBe(false);
  });
});

describe('events in a table', () => {
  it('reads each row of an events table as its own event: two sentence types are not a conflict', () => {
    const r = recordOf(`<table class="govuk-table"><caption>Events</caption><thead><tr><th>Offence</th><th>Sentence</th><th>Length</th><th>Sentence date</th></tr></thead><tbody>
      <tr><td>Voyeurism - 08400</td><td>ORA Suspended Sentence Order</td><td>12 Months</td><td>1 March 2024</td></tr>
      <tr><td>Theft - 04600</td><td>ORA Community Order</td><td>18 Months</td><td>2 April 2023</td></tr></tbody></table>`);
    expect(r.conflicts).toEqual([]);
    expect(r.sentences?.map((s) => [s.type?.value, s.length?.value, s.sentenceDate?.value, s.offences.map((o) => o.description.value)])).toEqual([
      ['suspended-sentence', d(0, 12), '2024-03-01', ['Voyeurism - 08400']],
      ['community-order', d(0, 18), '2023-04-02', ['Theft - 04600']],
    ]);
    expect(r.disposal?.type.value).toBe('suspended-sentence');
  });

  it('takes the person\'s name from a "Defendant: <name>" heading', () => {
    expect(recordOf('<h1>Defendant: Jo Bloggs</h1><p>CRN: X123456</p>').identity?.name?.value).toBe('Jo Bloggs');
  });
});

describe('MPoP sentence page', () => {
  it('reads the length from "N months elapsed (of 12 months)" and "No … details" as none', () => {
    const r = recordOf(card('Sentence', [
      ['Order', 'ORA Adult Custody (inc PSS)'],
      ['Sentence start date', '3 March 2025'],
      ['Date released on licence', 'No release date details'],
      ['Expected sentence end date', 'No end date details'],
      ['Time elapsed', '8 months elapsed (of 12 months)'],
    ]));
    expect([r.disposal?.type.value, r.disposal?.length?.value, r.disposal?.sentenceDate?.value, r.disposal?.releaseDate]).toEqual(['custody', d(0, 12), '2025-03-03', undefined]);
    expect(r.unreadable).toEqual([]);
  });
});

describe('sentence lines for the panel', () => {
  it('lists each sentence when there are several, marking the one the rules read', () => {
    const r = recordOf(`${card('ORA Community Order (18 Months)', [['Description', described('Theft - 04600', 'Started on 3 March 2025')]])}
      ${card('CJA - Std Determinate Custody (30 Months)', [['Description', described('Robbery - 03401', 'Ended on 4 Jan 2019')]])}`);
    expect(sentenceLines(r).map((l) => [l.title, l.detail, l.primary])).toEqual([
      ['ORA Community Order (18 Months)', 'Community order, 18 months, current, offences: Theft - 04600', true],
      ['CJA - Std Determinate Custody (30 Months)', 'Custody, 30 months, ended 4 January 2019, offences: Robbery - 03401', false],
    ]);
    expect(sentenceLines(recordOf(card('Sentence', [['Order', 'ORA Community Order']])))).toEqual([]);
  });
});

describe('indeterminate sentences', () => {
  it.each(['Life imprisonment (Adult) (18 Months)', 'CJA - Indeterminate Public Prot. (18 Months)'])('"%s" has no fixed length', (title) => {
    const r = recordOf(card(title, [['Description', described('Robbery - 03401', 'Started on 4 Jan 2019')]]));
    expect(r.disposal?.length?.value).toEqual({ kind: 'indeterminate', wording: title });
  });
});

describe('identity in the panel', () => {
  it('shows name, CRN, PNC and prison number first, each with its source', () => {
    const r = recordOf(`<p>CRN: X123456 | PNC: 2001/0000001Z</p>${card('Personal details', [['Name', 'Jo Bloggs'], ['Prison number', 'A1234BC'], ['Date of birth', '3 June 1985']])}`);
    expect(factLines(r).map((l) => [l.fact, l.value, l.source.label])).toEqual([
      ['name', 'Jo Bloggs', 'Name'],
      ['crn', 'X123456', 'CRN'],
      ['pncNumber', '2001/0000001Z', 'PNC'],
      ['prisonNumber', 'A1234BC', 'Prison number'],
      ['dateOfBirth', '3 June 1985', 'Date of birth'],
    ]);
  });
});

describe('an order heading over prose', () => {
  it('does not take an explanatory paragraph under an order heading as an offence', () => {
    const r = recordOf('<h2>ORA Community Order (12 Months)</h2><p>This person is subject to an order. Check the requirements below.</p>');
    expect(r.offences).toEqual([]);
    expect(r.disposal?.type.value).toBe('community-order');
  });
});
