import { URLS } from '../../law/source';
import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'custody-release-point',
  version: 2,
  title: 'Release point',
  needs: ['sentence type', 'sentence length', 'sentence date', 'release date (if on the page)', 'offences'],
  when: [{ id: 'custody', says: 'A custodial sentence', observe: 'disposalType', test: 'equals', value: 'custody' }],
  conditions: [
    { id: 'release-known', says: 'A release date on the page, or a release point the law gives', observe: 'releasePoint', test: 'oneOf', value: ['page', 'law'] },
  ],
  combine: 'all',
  outputs: {
    applies: {
      summary: '{headline}',
      fallback: 'Check the release date in the sentence calculation',
      indicator: 'info',
      detail: ["Indicative only: the prison's sentence calculation is the authoritative date (it counts remand time, consecutive terms and the release scheme in force)."],
    },
    'does-not-apply': { summary: 'Not a custodial sentence', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell the release point: check the sentence calculation', indicator: 'info' },
  },
  leaflet: {
    section: 'A custodial (prison) sentence',
    says: 'If sentenced to less than 4 years custody, the offender can be released after serving half of their sentence. If sentencing is 4 years plus, at least two thirds of the custodial sentence must be served.',
  },
  current:
    'The leaflet rule is the pre-2005 (Criminal Justice Act 1991) scheme. Now: a standard determinate sentence is released at half (CJA 2003 s.244); two-thirds for a Schedule 15 Part 2 sexual offence with a maximum of life and 4 years or more, sentenced from 28 June 2022 (7 years or more from 1 April 2020) (s.244ZA); sexual offences are excluded from the 2024 40% scheme (SI 2024/844); extended sentences: Parole Board from two-thirds of the custodial term (s.246A); SOPC: Parole Board (s.244A); DTO: halfway; life and IPP: minimum term, then the Parole Board. Sentencing Act 2026 release changes (s.23): not found in force on 29 November 2026.',
  sources: [
    { label: 'Criminal Justice Act 2003 s.244 (release at half)', url: URLS.cja2003s244 },
    { label: 'Criminal Justice Act 2003 s.244ZA (two-thirds for certain sexual and violent offences)', url: URLS.cja2003s244ZA },
    { label: 'SI 2024/844 (40% release point; sexual offences excluded)', url: URLS.si2024_844 },
    { label: 'Criminal Justice Act 2003 s.246A (extended sentences)', url: URLS.cja2003s246A },
    { label: 'Criminal Justice Act 2003 s.244A (offenders of particular concern)', url: URLS.cja2003s244A },
    { label: 'Criminal Justice Act 2003 s.246 (home detention curfew)', url: URLS.cja2003s246 },
    { label: 'Sentencing Act 2026 s.23 (release; commencement by regulations, s.49)', url: URLS.sentencingAct2026s23 },
  ],
  examples: [
    {
      name: 'sexual assault, 3 years: half (CJA 2003 s.244)',
      today: '2026-11-28',
      status: 'applies',
      case: { offences: [{ text: 'Sexual assault', outcome: 'Conviction' }], sentence: { type: 'CJA - Std Determinate Custody', length: '3 years', date: '01/01/2025' } },
    },
    {
      name: 'release date on the page leads',
      today: '2026-11-28',
      status: 'applies',
      case: { offences: [{ text: 'Sexual assault', outcome: 'Conviction' }], sentence: { type: 'CJA - Std Determinate Custody', length: '3 years', date: '01/01/2025', release: '20/06/2026' } },
    },
    { name: 'a community order', today: '2026-11-28', status: 'does-not-apply', case: { sentence: { type: 'ORA Community Order', length: '2 years', date: '01/01/2025' } } },
    { name: 'life: minimum term then Parole Board', today: '2026-11-28', status: 'applies', case: { sentence: { type: 'Life imprisonment', length: 'Life', date: '01/01/2025' } } },
    { name: 'no length', today: '2026-11-28', status: 'cannot-tell', case: { sentence: { type: 'CJA - Std Determinate Custody', date: '01/01/2025' } } },
  ],
};
