import { z } from 'zod';

/** A list of its own inside a key list ("Risk factors", "Protective factors"). */
const SubList = z.object({ heading: z.string(), items: z.array(z.string()).min(1) });

export const KeyList = z
  .object({
    id: z.string(),
    title: z.string(),
    intro: z.string().optional(),
    items: z.array(z.string()).min(1).optional(),
    /** Sub-lists, each under its own heading, where a list holds two kinds of thing. */
    groups: z.array(SubList).min(2).optional(),
    note: z.string().optional(),
    source: z.string(),
  })
  .refine((l) => Boolean(l.items) !== Boolean(l.groups), 'a key list has items or groups, not both');
export type KeyList = z.infer<typeof KeyList>;

/** The leaflet's ARMS risk factors (one list for the glossary, the ARMS card and the RMP prompts). */
export const ARMS_RISK_FACTORS = [
  'Opportunity',
  'Sexual pre-occupation',
  'Offence related sexual interests',
  'Emotional congruence with children',
  'Hostile orientation',
  'Poor self management',
  'Anti social interests',
  'Lack of intimate relationship',
];

/** The leaflet's ARMS protective factors. */
export const ARMS_PROTECTIVE_FACTORS = ['Pro-social network', 'Commitment to desist', 'Intimate relationship', 'Employment / positive routine', 'Social investment'];

/** The key lists of the training leaflet, a click away in the popup. */
export const KEY_LISTS: KeyList[] = z.array(KeyList).parse([
  {
    id: 'arms-factors',
    title: 'ARMS risk and protective factors',
    // Two lists, not one: protective factors are not a ninth risk factor.
    groups: [
      { heading: 'Risk factors', items: ARMS_RISK_FACTORS },
      { heading: 'Protective factors', items: ARMS_PROTECTIVE_FACTORS },
    ],
    note: 'The leaflet lists 8 risk and 5 protective factors; a 2015 source counts 7 and 4.',
    source: 'Training leaflet, "ARMS risk factors" and "ARMS protective factors"',
  },
  {
    id: 'four-preconditions',
    title: 'The four preconditions',
    items: [
      'An offender with a predisposition to sexually abuse a child',
      'The ability to overcome any internal inhibitions against acting on that predisposition',
      'The ability to overcome external barriers, such as lack of access to the child or supervision of the child by others',
      'The ability to overcome any resistance or reluctance on the part of the child',
    ],
    note: 'Finkelhor (1984): a formulation aid, not a risk tool.',
    source: 'Training leaflet, "Four preconditions model"',
  },
  {
    id: 'rm2000-eligibility',
    title: 'Risk Matrix 2000: who it can be used for',
    items: [
      'The offender must be aged 18 years or over',
      'The offender must have at least one conviction for a sexual offence committed when aged 16 or over',
      'The offender must be male',
    ],
    note: 'Convictions only: a caution is not a conviction.',
    source: 'Training leaflet, "Risk matrix"',
  },
  {
    id: 'rmp-contents',
    title: 'What a Risk Management Plan contains',
    items: [
      'Current situation',
      'Other agencies involved, who will undertake actions',
      'Existing support / controls',
      'Added measures for specific risks',
      'Additional conditions or requirements',
      'Level of contact',
    ],
    note: 'Current OASys headings: key information about current situation; further considerations; supervision; monitoring and control; interventions and treatment; victim safety planning; contingency plans.',
    source: 'Training leaflet, "RMP information"',
  },
  {
    id: 'if-you-have-concerns',
    title: 'If you have concerns (safeguarding)',
    items: [
      'Speak to your line manager: seek advice in the first instance',
      'Speak to their offender manager, if your manager advises you to',
      'If there is an immediate safeguarding risk, call 999',
      'Always do something, never do nothing',
      "Record your concerns (if it's not written down it didn't happen)",
      'Pass on your concerns to the relevant departments',
      'If safe to do so, and after speaking to their OM and your line manager, speak to the offender',
    ],
    source: 'Training leaflet, "If you have concerns" and "Safeguarding the public"',
  },
  {
    id: 'self-care',
    title: 'Professional self-care',
    items: [
      'Complete training and take up offers of support to help you manage the challenges of the work',
      'If work continues to have a negative impact on you, find out what additional support your organisation can provide',
      'This may involve further training, counselling, or changes to your workload or the content of your work',
      'Some aspects of the work can be difficult to talk about or admit',
      'People don\'t feel bad all of the time; over time most of us experience some negative impact, but most of us recover',
      'Remember the benefits: protection of the public, offender change and wellness, connection to colleagues, socially meaningful curiosity, professional benefits',
    ],
    source: 'Training leaflet, "Professional\'s self-care" and "Looking after yourself?"',
  },
]);
