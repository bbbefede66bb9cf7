import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'custody-release-point',
  version: 1,
  title: 'Release point',
  needs: ['sentence type', 'sentence length', 'sentence date'],
  when: [{ id: 'custody', says: 'A custodial sentence', observe: 'disposalType', test: 'equals', value: 'custody' }],
  conditions: [
    { id: 'determinate', says: 'A determinate sentence with a known length', observe: 'releasePoint', test: 'oneOf', value: ['half', 'two-thirds'] },
  ],
  combine: 'all',
  outputs: {
    applies: {
      summary: 'Indicative release point by the leaflet rule: {leaflet}',
      indicator: 'info',
      detail: [
        "Indicative only: the prison's sentence calculation is the authoritative date (it counts remand time and the release scheme in force).",
      ],
    },
    'does-not-apply': { summary: 'No determinate release point to compute', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot compute an indicative release point', indicator: 'info' },
  },
  leaflet: {
    section: 'A custodial (prison) sentence',
    says: 'If sentenced to less than 4 years custody, the offender can be released after serving half of their sentence. If sentencing is 4 years plus, at least two thirds of the custodial sentence must be served.',
  },
  current:
    'The leaflet rule is the pre-2005 (CJA 1991) scheme. Now: a standard determinate sentence is released at half (CJA 2003 s.244); two thirds for sexual offences carrying life with 4 years or more (s.244ZA, from 28 June 2022) or 7 years or more (SI 2020/158); sexual offences are excluded from the 2024 40% scheme (SI 2024/844); the Sentencing Act 2026 moves most sentences to one third, keeping a higher point for serious sexual and violent offences.',
  sources: [
    { label: 'Criminal Justice Act 2003 ss.244, 244ZA' },
    { label: 'SI 2020/158; SI 2024/844' },
    { label: 'Sentencing Act 2026 s.23' },
  ],
  examples: [
    {
      name: '3 years: half',
      today: '2026-11-28',
      status: 'applies',
      case: { sentence: { type: 'CJA - Std Determinate Custody', length: '3 years', date: '01/01/2025' } },
    },
    { name: 'a community order', today: '2026-11-28', status: 'does-not-apply', case: { sentence: { type: 'ORA Community Order', length: '2 years', date: '01/01/2025' } } },
    { name: 'life', today: '2026-11-28', status: 'does-not-apply', case: { sentence: { type: 'Life imprisonment', length: 'Life', date: '01/01/2025' } } },
    { name: 'no length', today: '2026-11-28', status: 'cannot-tell', case: { sentence: { type: 'CJA - Std Determinate Custody', date: '01/01/2025' } } },
  ],
};
