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
});
export type CaseRecord = z.infer<typeof CaseRecord>;
export type Fact<T> = { value: T; source: Source };
