import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'mappa-category',
  version: 1,
  title: 'MAPPA category',
  needs: ['offences and outcomes', 'sentence type and length', 'notification (Schedule 3 and s.82)', 'MAPPA category on the page'],
  conditions: [{ id: 'category-1-or-2', says: 'MAPPA category 1 or 2 follows from the facts (CJA 2003 s.327)', observe: 'mappaCategory', test: 'oneOf', value: ['1', '2'] }],
  combine: 'all',
  outputs: {
    applies: { summary: 'MAPPA category {category}', fallback: 'A MAPPA category follows from the facts', indicator: 'info', detail: ['The level of management (1, 2 or 3) is set by the MAPPA process, not by the category.'] },
    'does-not-apply': { summary: 'Not MAPPA category 1 or 2 on these facts (category 3 is a local decision)', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell the MAPPA category', indicator: 'info' },
  },
  leaflet: { section: 'MAPPA', says: 'The leaflet does not set out MAPPA categories.' },
  current:
    'CJA 2003 ss.325-327: category 1, registered sexual offenders (subject to notification); category 2, violent offenders and sexual offenders not subject to notification with 12 months or more custody (a DTO by its full term) or a hospital or guardianship order; category 3, others the responsible authority considers may cause serious harm. A "category 4" could not be confirmed in the statute or guidance checked.',
  sources: [
    { label: 'Criminal Justice Act 2003 s.327 (MAPPA offenders)', url: 'https://www.legislation.gov.uk/ukpga/2003/44/section/327' },
    { label: 'Criminal Justice Act 2003 s.325 (arrangements)', url: 'https://www.legislation.gov.uk/ukpga/2003/44/section/325' },
    { label: 'MAPPA Guidance (gov.uk)', url: 'https://www.gov.uk/government/publications/multi-agency-public-protection-arrangements-mappa-guidance' },
  ],
  examples: [
    {
      name: 'registered: category 1',
      today: '2026-11-28',
      status: 'applies',
      case: { dob: '01/01/1980', offences: [{ text: 'Sexual assault', date: '01/05/2023', outcome: 'Conviction', convicted: '01/10/2023' }], sentence: { type: 'CJA - Std Determinate Custody', length: '4 years', date: '10/11/2023' } },
    },
    {
      name: 'aged 16, 12-month DTO for sexual assault: not registered (6 months detention), but a 12-month DTO: category 2',
      today: '2026-11-28',
      status: 'applies',
      case: { dob: '01/06/2009', offences: [{ text: 'Sexual assault', date: '01/01/2026', outcome: 'Conviction', convicted: '01/04/2026' }], sentence: { type: 'Detention and Training Order', length: '12 months', date: '01/05/2026' } },
    },
    {
      name: 'extreme pornography, community order: neither',
      today: '2026-11-28',
      status: 'does-not-apply',
      case: { dob: '01/01/1980', offences: [{ text: 'Possession of extreme pornographic images', date: '01/05/2025', outcome: 'Conviction', convicted: '01/10/2025' }], sentence: { type: 'ORA Community Order', length: '2 years', date: '10/11/2025' } },
    },
    { name: 'outcome not known', today: '2026-11-28', status: 'cannot-tell', case: { offences: [{ text: 'Voyeurism' }] } },
  ],
};
