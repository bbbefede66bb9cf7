import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'safeguarding-concern',
  version: 1,
  title: 'Safeguarding',
  needs: ['events and case notes about contact with children', 'offences'],
  conditions: [
    { id: 'child-contact', says: 'The page records contact, or a household, with children', observe: 'safeguardingPrompt', test: 'isTrue' },
  ],
  combine: 'all',
  returns: ['applies', 'does-not-apply'],
  outputs: {
    applies: {
      summary: 'Safeguarding: act on the contact with children recorded here',
      indicator: 'critical',
      detail: [
        'Always do something, never do nothing.',
        "Record your concerns (if it's not written down it didn't happen).",
        'Pass on your concerns to the relevant departments: speak to your line manager first, then to the offender manager if your manager advises.',
        'If there is an immediate safeguarding risk, call 999.',
        'Speak to the offender only if it is safe, and after speaking to their offender manager and your line manager.',
      ],
    },
    'does-not-apply': { summary: 'No safeguarding prompt from this page', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell', indicator: 'info' },
  },
  leaflet: {
    section: 'Safeguarding the public; If you have concerns',
    says: 'Always do something, never do nothing. Record your concerns. Pass on your concerns to the relevant departments. If safe to do so and after speaking to their OM and your line manager, speak to the offender. If there is an immediate safeguarding risk call 999.',
  },
  sources: [{ label: 'Training leaflet: "Safeguarding the public" and "If you have concerns"' }],
  examples: [
    {
      name: 'a new partner with children',
      today: '2026-11-28',
      status: 'applies',
      case: { events: [{ title: 'New relationship disclosed', date: '2 September 2026', description: 'New partner has two children.' }] },
    },
    { name: 'nothing about children', today: '2026-11-28', status: 'does-not-apply', case: { events: [{ title: 'Home visit', date: '1 August 2026', description: 'Completed.' }] } },
  ],
};
