import { z } from 'zod';
import { URLS } from './source';

/**
 * SOA 2003 Schedule 3 (England and Wales): the offences that bring the notification
 * requirements (s.80), each with the thresholds the Schedule sets. Ages are at the time of the
 * offence; for an indecent photograph, the child's age when it was taken (Sch.3 para 95).
 * An attempt, conspiracy or incitement counts as the offence (para 94). A Home Office offence
 * code alone never places an offence here: only the offence in law does.
 *
 * `verified` says whether the threshold wording was read from the legislation text (the address
 * in `url`); entries marked false follow the Schedule as understood and must be checked against
 * the current text before release. (The s.66 wording was read from the Northern Ireland list,
 * para 90, which matches the E&W threshold used here.) Paras 17-29C were read on 29 November
 * 2026 in the revised text of the Act (legislation.gov.uk's revision of 1 December 2010) and,
 * for the paragraphs inserted later (24A, 29A-29C), in the instruments that inserted them.
 */
export type Threshold =
  | { all: Threshold[] }
  | { any: Threshold[] }
  | { offenderAgeAtLeast: number }
  | { offenderAgeUnder: number }
  | { victimUnder: 16 | 18 }
  | { imagesUnder16: true }
  | { imprisonmentAtLeastMonths: number }
  | { hospital: 'any' | 'restricted' }
  | { communityAtLeastMonths: number }
  | { purposeSexualGratification: true };

const ThresholdSchema: z.ZodType<Threshold> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ThresholdSchema).min(1) }),
    z.object({ any: z.array(ThresholdSchema).min(1) }),
    z.object({ offenderAgeAtLeast: z.number().int() }),
    z.object({ offenderAgeUnder: z.number().int() }),
    z.object({ victimUnder: z.union([z.literal(16), z.literal(18)]) }),
    z.object({ imagesUnder16: z.literal(true) }),
    z.object({ imprisonmentAtLeastMonths: z.number().int().min(0) }),
    z.object({ hospital: z.enum(['any', 'restricted']) }),
    z.object({ communityAtLeastMonths: z.number().int() }),
    z.object({ purposeSexualGratification: z.literal(true) }),
  ]),
);

/** A worked example the data test runs: the facts and the answer the Schedule gives. */
const Example = z.object({
  says: z.string(),
  text: z.string(),
  facts: z.object({
    offenderAge: z.number().optional(),
    victimAge: z.number().optional(),
    imagesUnder16: z.boolean().optional(),
    purposeSexualGratification: z.boolean().optional(),
    disposal: z
      .object({
        kind: z.enum(['caution', 'imprisonment', 'hospital', 'hospital-restricted', 'community', 'other']),
        months: z.number().optional(),
      })
      .optional(),
  }),
  notifiable: z.union([z.boolean(), z.literal('cannot tell')]),
});

export const Schedule3Entry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Paragraph number, given only where it was read from the legislation text. */
  paragraph: z.string().optional(),
  offence: z.string().min(5),
  statute: z.string().min(5),
  /** Case-insensitive regular expression sources recognising the offence as case systems write it. */
  patterns: z.array(z.string()).min(1),
  threshold: ThresholdSchema.optional(),
  /** The threshold in words, as the card says it. */
  thresholdWords: z.string(),
  /** Date the entry was added to Schedule 3; s.130(2): it does not reach earlier convictions or cautions. */
  addedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  url: z.url(),
  verified: z.boolean(),
  examples: z.array(Example).min(1),
});
export type Schedule3Entry = z.infer<typeof Schedule3Entry>;

// The s.3 / s.66 / s.67 shape: under 18, 12 months' imprisonment; adult, a victim under 18 or
// any imprisonment, a hospital order, or a community sentence of at least 12 months.
const CHILD_OR_SENTENCE: Threshold = {
  any: [
    { all: [{ offenderAgeUnder: 18 }, { imprisonmentAtLeastMonths: 12 }] },
    {
      all: [
        { offenderAgeAtLeast: 18 },
        { any: [{ victimUnder: 18 }, { imprisonmentAtLeastMonths: 0 }, { hospital: 'any' }, { communityAtLeastMonths: 12 }] },
      ],
    },
  ],
};
const CHILD_OR_SENTENCE_WORDS =
  'Offender under 18 at the offence: imprisonment of at least 12 months. Offender 18 or over: the victim was under 18, or a sentence of imprisonment, a hospital order, or a community sentence of at least 12 months.';
const ADULT_OR_12: Threshold = { any: [{ offenderAgeAtLeast: 18 }, { imprisonmentAtLeastMonths: 12 }] };
const ADULT_OR_12_WORDS = 'The offender was 18 or over at the offence, or is sentenced to imprisonment of at least 12 months.';
const UNDER18_12_ELSE_CUSTODY_OR_HOSPITAL: Threshold = {
  any: [
    { all: [{ offenderAgeUnder: 18 }, { imprisonmentAtLeastMonths: 12 }] },
    { all: [{ offenderAgeAtLeast: 18 }, { any: [{ imprisonmentAtLeastMonths: 0 }, { hospital: 'any' }] }] },
  ],
};
const UNDER18_12_ELSE_CUSTODY_OR_HOSPITAL_WORDS =
  'Offender under 18 at the offence: imprisonment of at least 12 months. Offender 18 or over: a sentence of imprisonment or detention in a hospital.';

const adultCustody = (months: number) => ({ kind: 'imprisonment' as const, months });
const sch3 = URLS.soa2003sch3;

/**
 * Order matters: the first entry whose pattern matches names the offence, so the more specific
 * wordings (a child under 13; a child) come before the general ones.
 */
export const SCHEDULE_3: Schedule3Entry[] = z.array(Schedule3Entry).parse([
  {
    id: 'rape',
    paragraph: '1, 17, 19',
    offence: 'Rape (including rape of a child under 13)',
    statute: 'SOA 2003 ss.1, 5; SOA 1956 s.1 (Sch.3 para 1)',
    patterns: ['\\brape\\b'],
    thresholdWords: 'Always notifiable: no threshold.',
    url: sch3,
    verified: true,
    examples: [{ says: 'rape, any sentence', text: 'Rape of a female aged 16 or over', facts: { offenderAge: 30, disposal: { kind: 'community', months: 24 } }, notifiable: true }],
  },
  {
    id: 'assault-by-penetration',
    paragraph: '17, 19',
    offence: 'Assault by penetration (including of a child under 13)',
    statute: 'SOA 2003 ss.2, 6',
    patterns: ['assault (of a child under 13 )?by penetration'],
    thresholdWords: 'Always notifiable: no threshold.',
    url: sch3,
    verified: true,
    examples: [{ says: 'always', text: 'Assault by penetration', facts: { offenderAge: 17, disposal: { kind: 'community', months: 6 } }, notifiable: true }],
  },
  {
    id: 'sexual-assault-child-under-13',
    paragraph: '20',
    offence: 'Sexual assault of a child under 13',
    statute: 'SOA 2003 s.7',
    patterns: ['sexual(ly)? assault\\w* (of|on) a (male |female )?child under 13'],
    threshold: ADULT_OR_12,
    thresholdWords: ADULT_OR_12_WORDS,
    url: sch3,
    verified: true,
    examples: [
      { says: 'adult: notifiable', text: 'Sexual assault of a child under 13', facts: { offenderAge: 30, disposal: { kind: 'community', months: 12 } }, notifiable: true },
      { says: 'under 18, community order: not notifiable', text: 'Sexual assault of a child under 13', facts: { offenderAge: 15, disposal: { kind: 'community', months: 12 } }, notifiable: false },
    ],
  },
  {
    id: 'sexual-assault',
    paragraph: '18',
    offence: 'Sexual assault',
    statute: 'SOA 2003 s.3',
    patterns: ['\\bsexual(ly)? assault'],
    threshold: CHILD_OR_SENTENCE,
    thresholdWords: CHILD_OR_SENTENCE_WORDS,
    url: sch3,
    verified: true,
    examples: [
      { says: 'adult, victim adult, fine: not notifiable', text: 'Sexual assault on a female', facts: { offenderAge: 40, victimAge: 30, disposal: { kind: 'other' } }, notifiable: false },
      { says: 'adult, victim 15, fine: notifiable', text: 'Sexual assault on a female', facts: { offenderAge: 40, victimAge: 15, disposal: { kind: 'other' } }, notifiable: true },
      { says: 'adult, victim age unknown, fine: cannot tell', text: 'Sexual assault on a female', facts: { offenderAge: 40, disposal: { kind: 'other' } }, notifiable: 'cannot tell' },
      { says: 'adult, any imprisonment: notifiable', text: 'Sexual assault', facts: { offenderAge: 40, disposal: adultCustody(1) }, notifiable: true },
      { says: 'aged 16, 11 months: not notifiable', text: 'Sexual assault', facts: { offenderAge: 16, victimAge: 15, disposal: adultCustody(11) }, notifiable: false },
    ],
  },
  {
    id: 'causing-sexual-activity-without-consent',
    paragraph: '19',
    offence: 'Causing a person to engage in sexual activity without consent',
    statute: 'SOA 2003 s.4',
    patterns: ['caus\\w* (a person )?to engage in sexual activity without consent'],
    thresholdWords: 'Always notifiable: no threshold.',
    url: sch3,
    verified: true,
    examples: [{ says: 'always', text: 'Causing a person to engage in sexual activity without consent', facts: { offenderAge: 25, disposal: { kind: 'other' } }, notifiable: true }],
  },
  {
    id: 'abuse-of-trust',
    paragraph: '25',
    offence: 'Abuse of a position of trust',
    statute: 'SOA 2003 ss.16-19',
    patterns: ['abuse of (a )?position of trust'],
    threshold: { any: [{ imprisonmentAtLeastMonths: 0 }, { hospital: 'any' }, { communityAtLeastMonths: 12 }] },
    thresholdWords: 'A sentence of imprisonment, a hospital order, or a community sentence of at least 12 months.',
    url: sch3,
    verified: true,
    examples: [{ says: 'fine: not notifiable', text: 'Abuse of position of trust: sexual activity with a child', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: false }],
  },
  {
    id: 'child-sex-offences-by-under-18',
    paragraph: '22',
    offence: 'Child sex offences committed by children or young persons',
    statute: 'SOA 2003 s.13',
    patterns: ['committed by (a )?(children|young person)', '\\bs\\.?\\s?13\\b.*sexual offences act'],
    threshold: { imprisonmentAtLeastMonths: 12 },
    thresholdWords: 'A sentence of imprisonment (for a child, detention) of at least 12 months.',
    url: sch3,
    verified: true,
    examples: [{ says: 'youth rehabilitation order: not notifiable', text: 'Child sex offences committed by children or young persons', facts: { offenderAge: 15, disposal: { kind: 'community', months: 12 } }, notifiable: false }],
  },
  {
    id: 'child-sex-offences',
    paragraph: '21',
    offence: 'Offences against children under 13 or under 16 (ss.8-12)',
    statute: 'SOA 2003 ss.8-12',
    patterns: ['caus\\w* or incit\\w* a child', 'sexual activity with a (child|girl|boy)\\b(?! family)', 'sexual activity in (the )?presence of a child', 'child to watch (a )?sexual act'],
    // Para 21 sets no threshold: s.8 (a child under 13) has no age limit on the offender, and
    // ss.9-12 can only be committed by someone 18 or over (s.13 covers under-18s, para 22).
    thresholdWords: 'Always notifiable: no threshold.',
    url: sch3,
    verified: true,
    examples: [
      { says: 'adult: notifiable', text: 'Sexual activity with a child', facts: { offenderAge: 19, disposal: { kind: 'community', months: 12 } }, notifiable: true },
      { says: 's.8, offender under 18, community order: notifiable', text: 'Causing or inciting a child under 13 to engage in sexual activity', facts: { offenderAge: 15, disposal: { kind: 'community', months: 6 } }, notifiable: true },
    ],
  },
  {
    id: 'arranging-child-sex-offence',
    paragraph: '23',
    offence: 'Arranging or facilitating the commission of a child sex offence',
    statute: 'SOA 2003 s.14',
    // Not s.50 (para 29C), whose titles also start "Arranging or facilitating": "… sexual
    // exploitation of a child" now, "… child prostitution or pornography" before 2015.
    patterns: ['arrang\\w* or facilitat\\w*(?![\\w ,]{0,40}(sexual exploitation|child (prostitution|pornography)))'],
    threshold: ADULT_OR_12,
    thresholdWords: ADULT_OR_12_WORDS,
    url: sch3,
    verified: true,
    examples: [{ says: 'adult: notifiable', text: 'Arranging or facilitating commission of a child sex offence', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: true }],
  },
  {
    id: 'grooming',
    paragraph: '24',
    offence: 'Meeting a child following sexual grooming',
    statute: 'SOA 2003 s.15',
    patterns: ['grooming', 'meeting a child following'],
    thresholdWords: 'Always notifiable (the offence can only be committed by an adult).',
    url: sch3,
    verified: true,
    examples: [{ says: 'always', text: 'Meeting a child following sexual grooming', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: true }],
  },
  {
    id: 'sexual-communication-with-child',
    paragraph: '24A',
    offence: 'Sexual communication with a child',
    statute: 'SOA 2003 s.15A',
    patterns: ['sexual communication with a child'],
    // Para 24A (inserted by the Serious Crime Act 2015, Sch.4 para 66) sets no threshold.
    thresholdWords: 'Always notifiable (the offence can only be committed by an adult).',
    addedOn: '2017-04-03',
    url: sch3,
    verified: true,
    examples: [{ says: 'adult: notifiable', text: 'Sexual communication with a child', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: true }],
  },
  {
    id: 'familial-child-sex-offence',
    paragraph: '26',
    offence: 'Familial child sex offences',
    statute: 'SOA 2003 ss.25-26',
    patterns: ['familial child sex', 'child family member'],
    threshold: ADULT_OR_12,
    thresholdWords: ADULT_OR_12_WORDS,
    url: sch3,
    verified: true,
    examples: [{ says: 'under 18, community: not notifiable', text: 'Sexual activity with a child family member', facts: { offenderAge: 16, disposal: { kind: 'community', months: 12 } }, notifiable: false }],
  },
  {
    id: 'mental-disorder-care-workers',
    paragraph: '28',
    offence: 'Care workers: sexual offences against persons with a mental disorder',
    statute: 'SOA 2003 ss.38-41',
    patterns: ['care worker'],
    threshold: { any: [{ all: [{ offenderAgeUnder: 18 }, { imprisonmentAtLeastMonths: 12 }] }, { all: [{ offenderAgeAtLeast: 18 }, { any: [{ imprisonmentAtLeastMonths: 0 }, { hospital: 'any' }, { communityAtLeastMonths: 12 }] }] }] },
    thresholdWords: 'Offender under 18: imprisonment of at least 12 months. Otherwise: imprisonment, a hospital order, or a community sentence of at least 12 months.',
    url: sch3,
    verified: true,
    examples: [{ says: 'adult, fine: not notifiable', text: 'Care worker: sexual activity with a person with a mental disorder', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: false }],
  },
  {
    id: 'mental-disorder',
    paragraph: '27',
    offence: 'Offences against persons with a mental disorder (ss.30-37)',
    statute: 'SOA 2003 ss.30-37',
    patterns: ['person with a mental disorder'],
    thresholdWords: 'Always notifiable: no threshold.',
    url: sch3,
    verified: true,
    examples: [{ says: 'always', text: 'Sexual activity with a person with a mental disorder impeding choice', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: true }],
  },
  {
    id: 'paying-for-sexual-services-of-child',
    paragraph: '29',
    offence: 'Paying for the sexual services of a child',
    statute: 'SOA 2003 s.47',
    patterns: ['sexual services of a child'],
    threshold: { all: [{ victimUnder: 16 }, ADULT_OR_12] },
    thresholdWords: 'The child was under 16, and the offender was 18 or over or is sentenced to imprisonment of at least 12 months.',
    url: sch3,
    verified: true,
    examples: [{ says: 'victim age unknown: cannot tell', text: 'Paying for the sexual services of a child', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: 'cannot tell' }],
  },
  {
    id: 'child-sexual-exploitation',
    paragraph: '29A-29C',
    offence: 'Causing, inciting, controlling or arranging the sexual exploitation of a child',
    statute: 'SOA 2003 ss.48-50',
    // The pre-2015 titles ("causing or inciting child prostitution or pornography") still name
    // the offence, but only with the verb: "possession of child pornography" is indecent images.
    patterns: ['sexual exploitation of a child', '(caus|incit|control|arrang|facilitat)\\w*[\\w ,]{0,40}child (prostitution|pornography)'],
    threshold: ADULT_OR_12,
    thresholdWords: ADULT_OR_12_WORDS,
    // Paras 29A-29C were inserted by SI 2007/296, an order under s.130: s.130(2) keeps them from earlier convictions.
    addedOn: '2007-02-19',
    url: sch3,
    verified: true,
    examples: [
      { says: 'adult: notifiable', text: 'Causing or inciting sexual exploitation of a child', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: true },
      { says: 'the pre-2015 title: the same offence', text: 'Causing or inciting child prostitution or pornography', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: true },
      { says: 's.50, not s.14: arranging or facilitating sexual exploitation', text: 'Arranging or facilitating sexual exploitation of a child', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: true },
      { says: 's.50 under its pre-2015 title', text: 'Arranging or facilitating child prostitution or pornography', facts: { offenderAge: 17, disposal: adultCustody(6) }, notifiable: false },
    ],
  },
  {
    id: 'administering-substance',
    offence: 'Administering a substance with intent',
    statute: 'SOA 2003 s.61',
    patterns: ['administering a substance with intent'],
    thresholdWords: 'Always notifiable: no threshold.',
    url: sch3,
    verified: false,
    examples: [{ says: 'always', text: 'Administering a substance with intent', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: true }],
  },
  {
    id: 'offence-with-sexual-intent',
    offence: 'Committing an offence, or trespass, with intent to commit a sexual offence',
    statute: 'SOA 2003 ss.62-63',
    patterns: ['(committing an offence|trespass\\w*) with intent to commit a sexual offence'],
    threshold: CHILD_OR_SENTENCE,
    // The Northern Ireland list (para 92S) says "the intended offence was an offence against a person
    // under 18"; the England and Wales paragraph (31) is not read yet. The victim's age the
    // threshold asks for is, for this offence, the age of the person the intended offence was against.
    thresholdWords: 'Offender under 18 at the offence: imprisonment of at least 12 months. Offender 18 or over: the intended offence was against a person under 18, or a sentence of imprisonment, a hospital order, or a community sentence of at least 12 months.',
    url: sch3,
    verified: false,
    examples: [{ says: 'adult, custody: notifiable', text: 'Trespass with intent to commit a sexual offence', facts: { offenderAge: 30, disposal: adultCustody(6) }, notifiable: true }],
  },
  {
    id: 'sex-with-adult-relative',
    offence: 'Sex with an adult relative',
    statute: 'SOA 2003 ss.64-65',
    patterns: ['sex with an adult relative', 'adult relative'],
    threshold: UNDER18_12_ELSE_CUSTODY_OR_HOSPITAL,
    thresholdWords: UNDER18_12_ELSE_CUSTODY_OR_HOSPITAL_WORDS,
    url: sch3,
    verified: false,
    examples: [
      { says: 'adult, community order: not notifiable', text: 'Sex with an adult relative: penetration', facts: { offenderAge: 30, disposal: { kind: 'community', months: 24 } }, notifiable: false },
      { says: 'adult, custody: notifiable', text: 'Sex with an adult relative: penetration', facts: { offenderAge: 30, disposal: adultCustody(4) }, notifiable: true },
    ],
  },
  {
    id: 'sending-image-of-genitals',
    paragraph: '33A',
    offence: 'Sending etc a photograph or film of genitals ("cyberflashing")',
    statute: 'SOA 2003 s.66A',
    patterns: ['photograph or film of genitals', 'cyber-?flashing', '\\bs\\.?\\s?66A\\b'],
    threshold: CHILD_OR_SENTENCE,
    thresholdWords: CHILD_OR_SENTENCE_WORDS,
    addedOn: '2024-01-31',
    // Para 33A (Online Safety Act 2023 Sch.14 para 16(4)) covers s.66A whatever the purpose.
    url: sch3,
    verified: true,
    examples: [{ says: 'adult, victim adult, fine: not notifiable', text: 'Sending photograph or film of genitals', facts: { offenderAge: 30, victimAge: 25, disposal: { kind: 'other' } }, notifiable: false }],
  },
  {
    id: 'sharing-intimate-image',
    paragraph: '33B',
    offence: 'Sharing an intimate photograph or film, for sexual gratification (s.66B(3))',
    statute: 'SOA 2003 s.66B(3)',
    patterns: ['shar\\w* (or threaten\\w* to share )?(an )?intimate (photograph|image|film)', '\\bs\\.?\\s?66B\\b'],
    threshold: { all: [{ purposeSexualGratification: true }, CHILD_OR_SENTENCE] },
    thresholdWords: `Only the sexual-gratification offence (s.66B(3)), and then: ${CHILD_OR_SENTENCE_WORDS}`,
    addedOn: '2024-01-31',
    // Para 33B (Online Safety Act 2023 Sch.14 para 16(4)) names only s.66B(3).
    url: sch3,
    verified: true,
    examples: [{ says: 'purpose not recorded: cannot tell', text: 'Sharing intimate photograph or film', facts: { offenderAge: 30, disposal: adultCustody(6) }, notifiable: 'cannot tell' }],
  },
  {
    id: 'exposure',
    offence: 'Exposure',
    statute: 'SOA 2003 s.66',
    patterns: ['\\bexposure\\b', 'expos\\w* (his |her )?genitals'],
    threshold: CHILD_OR_SENTENCE,
    thresholdWords: CHILD_OR_SENTENCE_WORDS,
    url: sch3,
    verified: false,
    examples: [
      { says: 'adult cautioned, victim adult: not notifiable', text: 'Exposure', facts: { offenderAge: 35, victimAge: 30, disposal: { kind: 'caution' } }, notifiable: false },
      { says: 'adult cautioned, victim 12: notifiable', text: 'Exposure', facts: { offenderAge: 35, victimAge: 12, disposal: { kind: 'caution' } }, notifiable: true },
      { says: 'adult cautioned, victim age unknown: cannot tell', text: 'Exposure', facts: { offenderAge: 35, disposal: { kind: 'caution' } }, notifiable: 'cannot tell' },
      { says: 'aged 17, 12 months: notifiable', text: 'Exposure', facts: { offenderAge: 17, disposal: adultCustody(12) }, notifiable: true },
    ],
  },
  {
    id: 'voyeurism-additional',
    paragraph: '34A',
    offence: 'Voyeurism: additional offences (e.g. "upskirting"), for sexual gratification',
    statute: 'SOA 2003 s.67A',
    // s.67A(2A), (2B) (breast-feeding, PCSCA 2022 s.48) are within para 34A, which names s.67A.
    patterns: ['upskirt\\w*', 'voyeurism:? additional', '\\bs\\.?\\s?67A\\b', 'breast-?feeding'],
    threshold: { all: [{ purposeSexualGratification: true }, CHILD_OR_SENTENCE] },
    thresholdWords: `Only where committed for sexual gratification (s.67A(3)(a)), and then: ${CHILD_OR_SENTENCE_WORDS}`,
    addedOn: '2019-04-12',
    // Para 34A: Voyeurism (Offences) Act 2019 s.1(4).
    url: sch3,
    verified: true,
    examples: [
      { says: 'purpose humiliation: not notifiable', text: 'Upskirting', facts: { offenderAge: 30, purposeSexualGratification: false, disposal: adultCustody(6) }, notifiable: false },
      { says: 'breast-feeding, for sexual gratification, adult, custody: notifiable', text: 'Recording an image of a person breastfeeding', facts: { offenderAge: 30, victimAge: 30, purposeSexualGratification: true, disposal: adultCustody(6) }, notifiable: true },
    ],
  },
  {
    id: 'voyeurism',
    offence: 'Voyeurism',
    statute: 'SOA 2003 s.67',
    patterns: ['voyeurism'],
    threshold: CHILD_OR_SENTENCE,
    thresholdWords: CHILD_OR_SENTENCE_WORDS,
    url: sch3,
    verified: false,
    examples: [{ says: 'adult, community 12 months: notifiable', text: 'Voyeurism', facts: { offenderAge: 30, victimAge: 30, disposal: { kind: 'community', months: 12 } }, notifiable: true }],
  },
  {
    id: 'animal-or-corpse',
    offence: 'Intercourse with an animal; sexual penetration of a corpse',
    statute: 'SOA 2003 ss.69-70',
    patterns: ['intercourse with an animal', 'penetration of a corpse'],
    threshold: UNDER18_12_ELSE_CUSTODY_OR_HOSPITAL,
    thresholdWords: UNDER18_12_ELSE_CUSTODY_OR_HOSPITAL_WORDS,
    url: sch3,
    verified: false,
    examples: [{ says: 'adult, fine: not notifiable', text: 'Intercourse with an animal', facts: { offenderAge: 30, disposal: { kind: 'other' } }, notifiable: false }],
  },
  {
    id: 'indecent-images',
    offence: 'Indecent photographs of children (taking, making, distributing, possessing)',
    statute: 'Protection of Children Act 1978 s.1; Criminal Justice Act 1988 s.160',
    paragraph: '13, 15',
    // "Child pornography" without a verb of exploitation (causing, inciting, controlling, arranging:
    // ss.48-50, matched first) is how records often name possession of indecent images.
    patterns: ['indecent (photograph|pseudo-photograph|image|images|film|video)', 'child pornography'],
    threshold: { all: [{ imagesUnder16: true }, ADULT_OR_12] },
    thresholdWords: 'The images showed children under 16 (their age when taken), and the offender was 18 or over or is sentenced to imprisonment of at least 12 months.',
    url: sch3,
    verified: false,
    examples: [
      { says: 'adult, under-16 images: notifiable', text: 'Make indecent photograph of a child', facts: { offenderAge: 30, imagesUnder16: true, disposal: { kind: 'community', months: 24 } }, notifiable: true },
      { says: 'images of 16-17 year olds only: not notifiable', text: 'Possess indecent photograph of a child', facts: { offenderAge: 30, imagesUnder16: false, disposal: adultCustody(12) }, notifiable: false },
      { says: 'children\'s ages not recorded: cannot tell', text: 'Possess indecent photograph of a child', facts: { offenderAge: 30, disposal: adultCustody(12) }, notifiable: 'cannot tell' },
      { says: '"possession of child pornography" is this offence; ages not recorded: cannot tell', text: 'Possession of child pornography', facts: { offenderAge: 30, disposal: adultCustody(12) }, notifiable: 'cannot tell' },
    ],
  },
  {
    id: 'extreme-pornography',
    // Para 35A in the England and Wales list (92A is the Northern Ireland one, with the same words).
    paragraph: '35A',
    offence: 'Possession of extreme pornographic images',
    statute: 'Criminal Justice and Immigration Act 2008 s.63',
    patterns: ['extreme porn\\w*'],
    threshold: { all: [{ offenderAgeAtLeast: 18 }, { imprisonmentAtLeastMonths: 24 }] },
    thresholdWords: 'The offender was 18 or over AND is sentenced to imprisonment of at least 2 years.',
    addedOn: '2009-01-26',
    url: `${sch3}/paragraph/35A`,
    verified: true,
    examples: [
      { says: 'adult, 18 months: not notifiable', text: 'Possession of extreme pornographic images', facts: { offenderAge: 30, disposal: adultCustody(18) }, notifiable: false },
      { says: 'adult, 2 years: notifiable', text: 'Possession of extreme pornographic images', facts: { offenderAge: 30, disposal: adultCustody(24) }, notifiable: true },
    ],
  },
  {
    id: 'prohibited-images-of-children',
    paragraph: '35B',
    offence: 'Possession of prohibited images of children (non-photographic)',
    statute: 'Coroners and Justice Act 2009 s.62',
    patterns: ['prohibited image'],
    threshold: { all: [{ offenderAgeAtLeast: 18 }, { imprisonmentAtLeastMonths: 24 }] },
    thresholdWords: 'The offender was 18 or over AND is sentenced to imprisonment of at least 2 years.',
    addedOn: '2010-04-06',
    url: `${sch3}/paragraph/35B`,
    verified: true,
    examples: [{ says: 'adult, community: not notifiable', text: 'Possession of a prohibited image of a child', facts: { offenderAge: 30, disposal: { kind: 'community', months: 12 } }, notifiable: false }],
  },
  {
    id: 'paedophile-manual',
    paragraph: '35C',
    offence: 'Possession of a paedophile manual',
    statute: 'Serious Crime Act 2015 s.69',
    patterns: ['paedophile manual'],
    threshold: ADULT_OR_12,
    thresholdWords: ADULT_OR_12_WORDS,
    addedOn: '2015-05-03',
    url: `${sch3}/paragraph/35C`,
    verified: true,
    examples: [{ says: 'aged 17, 6 months: not notifiable', text: 'Possession of paedophile manual', facts: { offenderAge: 17, disposal: adultCustody(6) }, notifiable: false }],
  },
  {
    id: 'indecent-assault-1956',
    paragraph: '7, 8',
    offence: 'Indecent assault (Sexual Offences Act 1956)',
    statute: 'SOA 1956 ss.14-15',
    patterns: ['\\bindecent(ly)? assault'],
    threshold: { any: [{ victimUnder: 18 }, { imprisonmentAtLeastMonths: 30 }, { hospital: 'restricted' }] },
    thresholdWords: 'The victim was under 18, or imprisonment of at least 30 months, or a hospital order with a restriction order.',
    url: sch3,
    verified: true,
    examples: [{ says: 'adult victim, 2 years: not notifiable', text: 'Indecent assault on a woman', facts: { offenderAge: 40, victimAge: 20, disposal: adultCustody(24) }, notifiable: false }],
  },
  {
    id: 'incest-1956',
    paragraph: '4',
    offence: 'Incest by a man (Sexual Offences Act 1956)',
    statute: 'SOA 1956 s.10',
    patterns: ['\\bincest\\b'],
    threshold: { victimUnder: 18 },
    thresholdWords: 'The other party was under 18.',
    url: sch3,
    verified: true,
    examples: [{ says: 'other party 15: notifiable', text: 'Incest by a man', facts: { offenderAge: 40, victimAge: 15, disposal: adultCustody(24) }, notifiable: true }],
  },
  {
    id: 'indecency-with-children',
    paragraph: '11',
    offence: 'Indecent conduct towards a young child',
    statute: 'Indecency with Children Act 1960 s.1',
    patterns: ['gross indecency with (or towards )?a child', 'indecency with a child', 'indecent conduct towards'],
    thresholdWords: 'Always notifiable: no threshold.',
    url: sch3,
    verified: true,
    examples: [{ says: 'always', text: 'Gross indecency with a child', facts: { offenderAge: 40, disposal: { kind: 'other' } }, notifiable: true }],
  },
]);

/** The Schedule 3 entry an offence's wording names, if any (first match). */
export function schedule3EntryFor(text: string): Schedule3Entry | undefined {
  return SCHEDULE_3.find((e) => e.patterns.some((p) => new RegExp(p, 'i').test(text)));
}
