import { z } from 'zod';
import { DisposalType } from './disposals';
import { LicenceCategory, LicenceTheme } from './licence-conditions';
import { OffenceKind } from './offences';
import { FactId } from './vocabulary';
import { FieldLocator } from '../messages';

/** Where a fact came from: the field (and so the element) and its raw text. */
export const Source = z.object({
  label: z.string(),
  section: z.string().optional(),
  raw: z.string(),
  locator: FieldLocator,
  /** Set when the fact was inferred rather than read, saying from what. */
  inferred: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const fact = <T extends z.ZodType>(value: T) => z.object({ value, source: Source });

export const Sex = z.enum(['male', 'female']);
export const Rosh = z.enum(['low', 'medium', 'high', 'very high']);
export const Outcome = z.enum(['conviction', 'caution']);

const Duration = z.object({ years: z.number(), months: z.number(), weeks: z.number(), days: z.number() });
const Length = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), duration: Duration }),
  z.object({ kind: z.literal('indeterminate'), wording: z.string() }),
]);

export const Offence = z.object({
  description: fact(z.string()),
  date: fact(IsoDate).optional(),
  outcome: fact(Outcome).optional(),
  convictionDate: fact(IsoDate).optional(),
  sexual: z.boolean(),
  kind: OffenceKind.optional(),
  /** The statute the wording matched, for the card's "why". */
  statute: z.string().optional(),
  homeOfficeCode: z.string().optional(),
  /**
   * Optional facts Schedule 3 thresholds need (SOA 2003 Sch.3): the victim's age at the time of
   * the offence, or only whether the victim was under 18 / under 16; for indecent images, whether
   * the children shown were under 16 when the images were taken (para 95(a)); for ss.66B and 67A,
   * whether the offence was committed for sexual gratification. Absent means "not on the page".
   */
  victimAge: fact(z.number().int().min(0).max(120)).optional(),
  victimUnder18: fact(z.boolean()).optional(),
  victimUnder16: fact(z.boolean()).optional(),
  imagesUnder16: fact(z.boolean()).optional(),
  sexualGratification: fact(z.boolean()).optional(),
});
export type Offence = z.infer<typeof Offence>;

export const Disposal = z.object({
  type: fact(DisposalType),
  length: fact(Length).optional(),
  sentenceDate: fact(IsoDate).optional(),
  releaseDate: fact(IsoDate).optional(),
  licenceEndDate: fact(IsoDate).optional(),
  requirements: fact(z.array(z.string())).optional(),
});
export type Disposal = z.infer<typeof Disposal>;

export const LicenceCondition = z.object({
  text: z.string(),
  kind: z.enum(['standard', 'additional']),
  category: LicenceCategory.optional(),
  themes: z.array(LicenceTheme),
  source: Source,
});
export type LicenceCondition = z.infer<typeof LicenceCondition>;

export const EventKind = z.enum(['new-offence', 'relationship', 'address', 'child-contact', 'other']);
export const CaseEvent = z.object({
  kind: EventKind,
  title: z.string(),
  description: z.string(),
  date: IsoDate.optional(),
  source: Source,
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const Order = z.object({ kind: z.enum(['SHPO', 'SOPO', 'SRO']), text: z.string(), date: IsoDate.optional(), source: Source });
export type Order = z.infer<typeof Order>;

/** A field that is a fact but whose value could not be read: "cannot tell: date of birth unreadable". */
export const Unreadable = z.object({ fact: FactId, reason: z.string(), source: Source });
/** Fields that say different things about one fact. Neither is believed; both are shown. */
export const Conflict = z.object({ fact: FactId, values: z.array(z.object({ value: z.string(), source: Source })).min(2) });

/**
 * One sentence or order (an nDelius "event"): its offences, its type, length and dates, its
 * requirements and licence conditions, and whether it is current. A person may have several at
 * once; different types in different events are not a conflict.
 */
export const SentenceEvent = z.object({
  /** The heading the page gives the event ("ORA Adult Custody (inc PSS) (12 Months)"). */
  title: z.string().optional(),
  type: fact(DisposalType).optional(),
  length: fact(Length).optional(),
  sentenceDate: fact(IsoDate).optional(),
  releaseDate: fact(IsoDate).optional(),
  licenceEndDate: fact(IsoDate).optional(),
  /** When an ended order ended ("Ended on 23 Jan 2018"). */
  endDate: fact(IsoDate).optional(),
  requirements: fact(z.array(z.string())).optional(),
  offences: z.array(Offence),
  licenceConditions: z.array(LicenceCondition),
  /** Ended orders are history; "unknown" when the page does not say. */
  status: z.enum(['current', 'ended', 'unknown']),
});
export type SentenceEvent = z.infer<typeof SentenceEvent>;

/** Who the case is about, for matching pages of one person (not used by the rules). */
export const CaseIdentity = z.object({
  name: fact(z.string()).optional(),
  /** nDelius case reference number: a letter and six digits (X000001). */
  crn: fact(z.string()).optional(),
  pncNumber: fact(z.string()).optional(),
  /** Prison (NOMS) number, e.g. A1234BC. */
  prisonNumber: fact(z.string()).optional(),
});
export type CaseIdentity = z.infer<typeof CaseIdentity>;

export const CaseRecord = z.object({
  dateOfBirth: fact(IsoDate).optional(),
  sex: fact(Sex).optional(),
  offences: z.array(Offence),
  disposal: Disposal.optional(),
  licenceConditions: z.array(LicenceCondition),
  rosh: fact(Rosh).optional(),
  mappaCategory: fact(z.number().int().min(1).max(4)).optional(),
  mappaLevel: fact(z.number().int().min(1).max(3)).optional(),
  lastOasys: fact(IsoDate).optional(),
  contactFrequency: fact(z.string()).optional(),
  events: z.array(CaseEvent),
  orders: z.array(Order),
  unreadable: z.array(Unreadable),
  conflicts: z.array(Conflict),
  /**
   * Every sentence or order on the page, current and ended. `offences` holds the offences of all
   * of them and `disposal` the primary one (current custodial first, else current community).
   */
  sentences: z.array(SentenceEvent).optional(),
  identity: CaseIdentity.optional(),
});
export type CaseRecord = z.infer<typeof CaseRecord>;
export type Fact<T> = { value: T; source: Source };
