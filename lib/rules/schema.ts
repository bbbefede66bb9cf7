import { z } from 'zod';
import { OBSERVATIONS, type ObservationName } from './observations';

export const Status = z.enum(['applies', 'does-not-apply', 'cannot-tell']);
export type Status = z.infer<typeof Status>;
export const Indicator = z.enum(['info', 'warning', 'critical']);
export type Indicator = z.infer<typeof Indicator>;

const observationNames = Object.keys(OBSERVATIONS) as [ObservationName, ...ObservationName[]];
export const ObservationRef = z.enum(observationNames);

/** One test of an observation. `equals` compares with `value`; `atLeast` needs a number. */
export const Condition = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The condition in words, as the card's "why" shows it. */
  says: z.string().min(5),
  observe: ObservationRef,
  test: z.enum(['isTrue', 'isFalse', 'equals', 'oneOf', 'atLeast']),
  value: z.union([z.string(), z.number(), z.array(z.string())]).optional(),
});
export type Condition = z.infer<typeof Condition>;

/** What a card says for one status. `{name}` in the summary is replaced by a computed value. */
export const Output = z.object({
  summary: z.string().min(5).max(140),
  /** Said instead when a value the summary names could not be computed. */
  fallback: z.string().min(5).max(140).optional(),
  indicator: Indicator,
  detail: z.array(z.string()).default([]),
});

export const SourceRef = z.object({ label: z.string().min(3), url: z.url().optional() });

/** A case for a rule's own tests, in the compact form of `lib/rules/examples.ts`. */
export const Example = z.object({
  name: z.string(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  status: Status,
  case: z.record(z.string(), z.unknown()),
});

export const Rule = z.object({
  id: z.enum([
    'rm2000-eligibility',
    'arms-eligibility',
    'oasys-completion-due',
    'oasys-review-trigger',
    'licence-condition-relevance',
    'custody-release-point',
    'community-order-length',
    'caution-notification',
    'notification-period',
    'shpo-order',
    'safeguarding-concern',
    'mappa-category',
  ]),
  version: z.number().int().positive(),
  title: z.string(),
  /** The facts the rule reads (for the docs and the "facts needed" list). */
  needs: z.array(z.string()).min(1),
  /** Conditions that must hold first (e.g. "the disposal is custody"); if one fails the rule does not apply. */
  when: z.array(Condition).default([]),
  conditions: z.array(Condition).min(1),
  combine: z.enum(['all', 'any']),
  /** Observations shown for their computed values and detail even when not tested. */
  shows: z.array(ObservationRef).default([]),
  outputs: z.object({ applies: Output, 'does-not-apply': Output, 'cannot-tell': Output }),
  leaflet: z.object({ section: z.string(), says: z.string() }),
  /** Where current law or policy differs from the leaflet (omitted where it matches). */
  current: z.string().optional(),
  sources: z.array(SourceRef).min(1),
  /** The statuses this rule can return (a rule that cannot be undecided leaves out cannot-tell). */
  returns: z.array(Status).min(2).default(['applies', 'does-not-apply', 'cannot-tell']),
  /** Cases with the status each must give: the rule's own tests (tests/unit/rules). */
  examples: z.array(Example).min(2),
});
export type Rule = z.infer<typeof Rule>;
export type RuleInput = z.input<typeof Rule>;
