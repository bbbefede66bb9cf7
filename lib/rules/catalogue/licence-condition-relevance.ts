import type { RuleInput } from '../schema';

export const rule: RuleInput = {
  id: 'licence-condition-relevance',
  version: 2,
  title: 'Licence conditions and the offending',
  needs: ['sentence type', 'offences and their kind', 'additional licence conditions'],
  when: [{ id: 'custody', says: 'A custodial sentence (licence conditions follow release)', observe: 'disposalType', test: 'equals', value: 'custody' }],
  conditions: [
    {
      id: 'conditions-to-review',
      says: 'A condition with no apparent link to the offending, or a usually relevant theme with no condition',
      observe: 'conditionsToReview',
      test: 'isTrue',
    },
  ],
  combine: 'all',
  outputs: {
    applies: {
      summary: 'Check the additional licence conditions against the risk assessment',
      indicator: 'info',
      detail: [
        'Each condition must be necessary and proportionate to the risks identified in the risk assessment (Licence Conditions Policy Framework); a condition is not wrong just because its link to the offence is not on this page.',
        'Polygraph conditions: only for life or 12 months or more for a relevant sexual offence, and 18 or over at release (Offender Management Act 2007 s.28).',
      ],
    },
    'does-not-apply': { summary: 'No licence conditions to review', indicator: 'info' },
    'cannot-tell': { summary: 'Cannot tell whether the licence conditions fit the offending', indicator: 'info' },
  },
  leaflet: {
    section: 'Licence',
    says: 'Additional licence conditions must be relevant to the offence; e.g. internet offenders include restrictions of contact with children or restrictions on internet use. They are requested by the probation officer and added if approved by the prison governor.',
  },
  current:
    'The test is "necessary and proportionate" (Licence Conditions Policy Framework). The Community Offender Manager proposes; the governor approves for automatic release, the Parole Board otherwise.',
  sources: [
    { label: 'Criminal Justice (Sentencing) (Licence Conditions) Order 2015 (SI 2015/337)', url: 'https://www.legislation.gov.uk/uksi/2015/337/contents/made' },
    { label: 'Offender Management Act 2007 s.28 (polygraph conditions)', url: 'https://www.legislation.gov.uk/ukpga/2007/21/section/28' },
    { label: 'Licence Conditions Policy Framework (gov.uk)', url: 'https://www.gov.uk/government/publications/licence-conditions-policy-framework' },
    { label: 'ministryofjustice/create-and-vary-a-licence-api, service/policies (PolicyV3)', url: 'https://github.com/ministryofjustice/create-and-vary-a-licence-api' },
    { label: 'gov.uk, "Licence conditions and how the Parole Board use them"' },
  ],
  examples: [
    {
      name: 'indecent images case with no device condition, and an unrelated alcohol condition',
      today: '2026-11-28',
      status: 'applies',
      case: {
        offences: [{ text: 'Make indecent photograph of a child', outcome: 'Conviction' }],
        sentence: { type: 'CJA - Std Determinate Custody', date: '01/01/2025' },
        conditions: ['Not to have unsupervised contact with any child under the age of 18', 'Not to consume alcohol'],
      },
    },
    {
      name: 'conditions fit an indecent images case',
      today: '2026-11-28',
      status: 'does-not-apply',
      case: {
        offences: [{ text: 'Make indecent photograph of a child', outcome: 'Conviction' }],
        sentence: { type: 'CJA - Std Determinate Custody', date: '01/01/2025' },
        conditions: ['Not to use any internet enabled device without approval', 'Attend the iHorizon programme'],
      },
    },
    {
      name: 'a community order has no licence',
      today: '2026-11-28',
      status: 'does-not-apply',
      case: { offences: [{ text: 'Voyeurism', outcome: 'Conviction' }], sentence: { type: 'ORA Community Order', date: '01/01/2025' } },
    },
    { name: 'no sentence on the page', today: '2026-11-28', status: 'cannot-tell', case: { offences: [{ text: 'Voyeurism', outcome: 'Conviction' }] } },
    {
      name: 'no additional conditions found on the page: cannot tell, not "none"',
      today: '2026-11-28',
      status: 'cannot-tell',
      case: { offences: [{ text: 'Voyeurism', outcome: 'Conviction' }], sentence: { type: 'CJA - Std Determinate Custody', date: '01/01/2025' } },
    },
  ],
};
