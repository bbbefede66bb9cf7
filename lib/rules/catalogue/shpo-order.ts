import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'shpo-order',
  version: 1,
  title: 'Sexual Harm Prevention Order',
  needs: ['orders (SHPO, SOPO, SRO)'],
  conditions: [{ id: 'order-named', says: 'An SHPO, SOPO or SRO is named on the page', observe: 'orders', test: 'isTrue' }],
  combine: 'all',
  returns: ['applies', 'cannot-tell'],
  outputs: {
    applies: { summary: 'A civil order is in force: check its prohibitions and manage them', indicator: 'info' },
    'does-not-apply': { summary: 'No civil order', indicator: 'info' },
    'cannot-tell': { summary: 'No SHPO, SOPO or SRO found on this page', indicator: 'info' },
  },
  leaflet: {
    section: 'SOPO / SHPO',
    says: 'A court order that can be requested by the police or the court when there is a specific concern about an individual, to prevent them engaging in a particular activity; it can go alongside any sentencing option, including a caution.',
  },
  current:
    'SOPOs were replaced by SHPOs and Sexual Risk Orders on 8 March 2015. On conviction a court can add an SHPO (Sentencing Act 2020 ss.343-358); after a caution it needs a police or NCA application (SOA 2003 s.103A). Prohibitions last at least 5 years or until further order.',
  sources: [{ label: 'Sentencing Act 2020 ss.343-358' }, { label: 'Sexual Offences Act 2003 ss.103A-103K, 122A-122K' }],
  examples: [
    { name: 'an SHPO listed', today: '2026-11-28', status: 'applies', case: { orders: ['SHPO made 10/11/2023 for 10 years'] } },
    { name: 'no order named', today: '2026-11-28', status: 'cannot-tell', case: { dob: '01/01/1980' } },
  ],
};
