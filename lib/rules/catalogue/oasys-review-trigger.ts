import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'oasys-review-trigger',
  version: 2,
  title: 'OASys review after a significant change',
  needs: ['date of the last completed OASys', 'dated events (new offence, relationship, address, child contact)'],
  conditions: [
    {
      id: 'event-after-oasys',
      says: 'A new offence, relationship, address or child contact after the last completed OASys',
      observe: 'eventsSinceOasys',
      test: 'isTrue',
    },
  ],
  combine: 'all',
  outputs: {
    applies: { summary: 'Update the OASys: significant change since the last assessment', indicator: 'warning' },
    'does-not-apply': { summary: 'No significant change found since the last OASys', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell whether the OASys needs updating', indicator: 'info' },
  },
  leaflet: {
    section: 'OASys Offender assessment system',
    says: 'An OASys needs to be updated following a significant event: new offence, new relationship, new accommodation, child contact etc.',
  },
  current: 'As the leaflet: OASys has a "Significant Change" assessment purpose.',
  sources: [{ label: 'PSO 2205 (OASys)' }],
  examples: [
    {
      name: 'new relationship after the last OASys',
      today: '2026-11-28',
      status: 'applies',
      case: { lastOasys: '20/11/2025', events: [{ title: 'New relationship disclosed', date: '2 September 2026', description: 'With an adult woman.' }] },
    },
    {
      name: 'events only before the last OASys',
      today: '2026-11-28',
      status: 'does-not-apply',
      case: { lastOasys: '20/11/2025', events: [{ title: 'Change of address', date: '1 June 2025', description: 'Moved.' }] },
    },
    {
      name: 'events but no OASys date',
      today: '2026-11-28',
      status: 'cannot-tell',
      case: { events: [{ title: 'Change of address', date: '1 June 2025', description: 'Moved.' }] },
    },
  ],
};
