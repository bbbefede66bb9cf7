import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'shpo-order',
  version: 2,
  title: 'Sexual Harm Prevention Order',
  needs: ['orders (SHPO, SOPO, SRO)'],
  conditions: [{ id: 'order-in-force', says: 'An SHPO, SOPO or SRO in force is named on the page', observe: 'orders', test: 'isTrue' }],
  combine: 'all',
  outputs: {
    applies: {
      summary: 'A civil order is in force: check its prohibitions and requirements and manage them',
      indicator: 'info',
      detail: [
        'Since 2022 an SHPO can impose positive requirements as well as prohibitions (Police, Crime, Sentencing and Courts Act 2022; SOA 2003 s.103CA).',
        'Breaching an SHPO without reasonable excuse is an offence (Sentencing Act 2020 s.354; SOA 2003 s.103I).',
        'A registered person stays subject to notification while the SHPO has effect; an SHPO on someone not registered makes them subject for as long as it lasts (SOA 2003 s.103G, applied by Sentencing Act 2020 s.352).',
      ],
    },
    'does-not-apply': { summary: 'No order in force: the orders named were considered, refused or have ended', indicator: 'info' },
    'cannot-tell': { summary: 'No SHPO, SOPO or SRO found on this page', indicator: 'info' },
  },
  leaflet: {
    section: 'SOPO / SHPO',
    says: 'A court order that can be requested by the police or the court when there is a specific concern about an individual, to prevent them engaging in a particular activity; it can go alongside any sentencing option, including a caution.',
  },
  current:
    'SOPOs were replaced by SHPOs and Sexual Risk Orders on 8 March 2015. On conviction a court can add an SHPO (Sentencing Act 2020 ss.343-358), disregarding Schedule 3 age and sentence thresholds when deciding whether the offence is listed (s.344(2)); after a caution it needs a police or NCA application (SOA 2003 s.103A). Prohibitions last at least 5 years or until further order; positive requirements are possible since 2022. An order only considered, refused or expired is not in force.',
  sources: [
    { label: 'Sentencing Act 2020 ss.343-358 (SHPO on conviction)', url: 'https://www.legislation.gov.uk/ukpga/2020/17/part/11/chapter/2' },
    { label: 'Sentencing Act 2020 s.344 (thresholds disregarded)', url: 'https://www.legislation.gov.uk/ukpga/2020/17/section/344' },
    { label: 'Sentencing Act 2020 s.354 (breach)', url: 'https://www.legislation.gov.uk/ukpga/2020/17/section/354' },
    { label: 'Sexual Offences Act 2003 s.103G (SHPOs and notification)', url: 'https://www.legislation.gov.uk/ukpga/2003/42/section/103G' },
    { label: 'Sexual Offences Act 2003 ss.103A-103K, 122A-122K', url: 'https://www.legislation.gov.uk/ukpga/2003/42/part/2' },
  ],
  examples: [
    { name: 'an SHPO listed', today: '2026-11-28', status: 'applies', case: { orders: ['SHPO made 10/11/2023 for 10 years'] } },
    { name: 'an SHPO considered at sentence but refused', today: '2026-11-28', status: 'does-not-apply', case: { orders: ['SHPO considered at sentencing 10/11/2023 - refused'] } },
    { name: 'an expired SOPO', today: '2026-11-28', status: 'does-not-apply', case: { orders: ['SOPO made 2010, expired 2015'] } },
    { name: 'no order named', today: '2026-11-28', status: 'cannot-tell', case: { dob: '01/01/1980' } },
  ],
};
