import { z } from 'zod';
import { firstMatching } from './any-of';

/** The disposals the rules distinguish (domain reference, "Facts the rules need"). */
export const DisposalType = z.enum([
  'custody',
  'suspended-sentence',
  'community-order',
  'caution',
  'hospital-order',
  'hospital-order-restricted',
  'conditional-discharge',
  'absolute-discharge',
  'fine',
]);
export type DisposalType = z.infer<typeof DisposalType>;

/**
 * Wordings case systems use, tried in order (the first match wins, so "Suspended Sentence Order"
 * is not read as custody and "Youth Conditional Caution" is a caution).
 */
export const DISPOSAL_WORDINGS: Array<{ type: DisposalType; pattern: RegExp; example: string }> = [
  { type: 'hospital-order-restricted', pattern: /restriction order|\bs\.?\s?41\b|section 41|hospital.*restrict/i, example: 'Hospital Order with Restriction Order (s.37/41 MHA 1983)' },
  { type: 'hospital-order', pattern: /hospital order|\bs\.?\s?37\b|section 37/i, example: 'Hospital Order (s.37 MHA 1983)' },
  { type: 'suspended-sentence', pattern: /suspended|\bsso\b/i, example: 'Suspended Sentence Order' },
  { type: 'caution', pattern: /caution|reprimand|final warning/i, example: 'Adult Caution' },
  { type: 'conditional-discharge', pattern: /conditional discharge/i, example: 'Conditional Discharge' },
  { type: 'absolute-discharge', pattern: /absolute discharge/i, example: 'Absolute Discharge' },
  { type: 'community-order', pattern: /community order|\bco\b(?!-)|youth rehabilitation order|\byro\b|community rehabilitation|community punishment/i, example: 'ORA Community Order' },
  {
    type: 'custody',
    pattern: /custody|custodial|imprisonment|prison|determinate|\bsds\b|\beds\b|extended sentence|\bsopc\b|detention|\byoi\b|\bdto\b|life sentence|\bipp\b|\blife\b/i,
    example: 'CJA - Std Determinate Custody',
  },
  { type: 'fine', pattern: /\bfine\b|\bfined\b/i, example: 'Fine' },
];

/** In list order; on a page of many headings, one union test first turns away those that name no disposal. */
const disposalIn = firstMatching(DISPOSAL_WORDINGS.map((w) => [w.type, [w.pattern]]));

export function classifyDisposal(text: string): DisposalType | undefined {
  return disposalIn(text);
}

/** Disposals a court gives on conviction (so an offence with one of them was a conviction). */
export const CONVICTION_DISPOSALS: ReadonlySet<DisposalType> = new Set([
  'custody',
  'suspended-sentence',
  'community-order',
  'hospital-order',
  'hospital-order-restricted',
  'conditional-discharge',
  'absolute-discharge',
  'fine',
]);
