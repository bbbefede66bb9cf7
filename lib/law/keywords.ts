import { z } from 'zod';

/**
 * Keyword patterns the rules use on free text (events, case notes), as data. Every pattern is
 * bounded by word boundaries (so "son" never matches "prison", "person", "reasons", "arson" or
 * "Jason"), and a match is ignored when a negation ("no", "not", "never", "no concerns about")
 * comes shortly before it in the same clause ("not in a relationship"). Each pattern carries
 * wordings it must match and wordings it must not; a meta-test runs them all.
 */
export const KeywordPattern = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What a match means for the rules. */
  means: z.enum(['child-contact', 'relationship', 'address', 'new-offence', 'employment', 'rosh-change', 'recall-breach', 'mappa-change']),
  /** Regular expression source (case-insensitive); must start and end with a word boundary. */
  pattern: z.string().refine((p) => p.startsWith('\\b') && p.endsWith('\\b'), 'a keyword pattern must start and end with \\b'),
  /** Whether a nearby negation cancels a match. */
  negatable: z.boolean(),
  mustMatch: z.array(z.string()).min(1),
  mustNotMatch: z.array(z.string()).min(1),
});
export type KeywordPattern = z.infer<typeof KeywordPattern>;

/** Words that cancel a match when they come within the few words before it, in the same clause. */
const NEGATION = /\b(no|not|never|nor|without|none|denies|denied|deny|no longer|ended|no concerns? (about|regarding|with|re))\b/i;
/** Clause breaks: a negation before one of these does not reach past it. */
const CLAUSE_BREAK = /[.;:!?,()]|\b(but|however|although|though|yet|and then|whereas)\b/gi;
const WINDOW_WORDS = 5;

export const KEYWORDS: KeywordPattern[] = z.array(KeywordPattern).parse([
  {
    id: 'children',
    means: 'child-contact',
    pattern: '\\b(child|children|kids?|sons?|daughters?|step-?(son|daughter|child)|grand(child|children|son|daughter)s?|baby|babies|toddlers?|infants?|teenagers?|schoolgirls?|schoolboys?|niece|nephew)\\b',
    negatable: true,
    mustMatch: ['New partner has two children.', 'He sees his son at weekends', 'Lives with his step-daughter', 'Grandchildren visit on Sundays', 'no job but sees his son weekly'],
    mustNotMatch: ['Discussed his time in prison', 'A person at the hostel', 'Gave his reasons', 'Convicted of arson', 'Met Jason at work', 'No concerns about contact with children', 'He has no children', 'Seasonal work'],
  },
  {
    id: 'child-contact-phrases',
    means: 'child-contact',
    pattern: '\\b(contact with (a |any )?(child|children|minors?)|child contact|unsupervised contact|school gates?|play ?(area|ground|park)s?)\\b',
    negatable: true,
    mustMatch: ['Reported contact with a child at the park', 'Seen near the school gates', 'Unsupervised contact disclosed'],
    mustNotMatch: ['No contact with children reported', 'Discussed his time in prison', 'Contact with the hostel staff'],
  },
  {
    id: 'relationship',
    means: 'relationship',
    pattern: '\\b(new (relationship|partner)|in a relationship|relationship with|girlfriend|boyfriend|partner|married|marriage|engaged|dating)\\b',
    negatable: true,
    mustMatch: ['New relationship disclosed', 'Has a new girlfriend', 'Now in a relationship with a woman he met online', 'Plans to get married'],
    mustNotMatch: ['Not in a relationship', 'He is not dating anyone', 'Discussed his time in prison', 'Partnership agency meeting'],
  },
  {
    id: 'address',
    means: 'address',
    pattern: '\\b(change of address|new address|moved (to|house|out|in)|accommodation|approved premises|homeless|no fixed abode|NFA|evicted|eviction|housing)\\b',
    negatable: true,
    mustMatch: ['Change of address', 'Moved to approved premises', 'Now homeless', 'Evicted last week'],
    mustNotMatch: ['No change of address', 'Discussed his time in prison', 'He removed the app'],
  },
  {
    id: 'employment',
    means: 'employment',
    pattern: '\\b(new job|started work|employment|employed|unemployed|lost (his|her|their) job|dismissed|sacked|redundan(t|cy)|volunteering)\\b',
    negatable: true,
    mustMatch: ['Started work at a warehouse', 'Lost his job on Monday', 'Made redundant'],
    mustNotMatch: ['No change in employment', 'Discussed his time in prison', 'He worked through his reasons'],
  },
  {
    id: 'new-offence',
    means: 'new-offence',
    pattern: '\\b(arrested|arrest|charged|new offence|re-?offending|reoffended|convicted|summons(ed)?|released under investigation|RUI|police (attended|called|contact))\\b',
    negatable: true,
    mustMatch: ['Arrested on 3 May', 'Charged with assault', 'Police attended the address', 'Released under investigation'],
    mustNotMatch: ['No further offending or arrests', 'Never arrested since release', 'Discussed his time in prison', 'Police officer from the MAPPA panel at the meeting'],
  },
  {
    id: 'rosh-change',
    means: 'rosh-change',
    pattern: '\\b(rosh (increased|raised|reduced|lowered|changed)|risk of serious harm (increased|raised|reduced|lowered|changed)|(increase|decrease|change|rise) in (rosh|risk of serious harm)|now (high|very high|medium|low) (rosh|risk))\\b',
    negatable: true,
    mustMatch: ['RoSH increased to high', 'Risk of serious harm raised after the disclosure', 'Now high risk'],
    mustNotMatch: ['No change in RoSH', 'RoSH remains medium', 'Discussed his time in prison'],
  },
  {
    id: 'recall-breach',
    means: 'recall-breach',
    pattern: '\\b(recall(ed)?|breach(ed|es)?|warning letter|enforcement|failed to (attend|comply|report)|non-?compliance)\\b',
    negatable: true,
    mustMatch: ['Recalled to custody', 'Breach action started', 'Failed to attend the appointment'],
    mustNotMatch: ['No breach of conditions', 'Recalls no issues', 'Discussed his time in prison'],
  },
  {
    id: 'mappa-change',
    means: 'mappa-change',
    pattern: '\\b(mappa level (raised|increased|reduced|lowered|changed)|(raised|increased|reduced|lowered|moved) to (mappa )?level [123]|mappa (category|level) (change|changed))\\b',
    negatable: true,
    mustMatch: ['MAPPA level raised to 3', 'Raised to MAPPA level 2', 'MAPPA level changed'],
    mustNotMatch: ['No change to MAPPA level', 'MAPPA level 1', 'Discussed his time in prison'],
  },
]);

/** Whether a match at `index` in `text` is cancelled by a negation within the window before it, in the same clause. */
function negated(text: string, index: number): boolean {
  const before = text.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = (m.index ?? 0) + m[0].length;
  const words = before.slice(start).trim().split(/\s+/).filter(Boolean);
  return NEGATION.test(words.slice(-WINDOW_WORDS).join(' '));
}

/** The first un-negated match of a pattern in text, or undefined. Pure; never throws. */
export function findKeyword(p: KeywordPattern, text: string): string | undefined {
  const re = new RegExp(p.pattern, 'gi');
  for (const m of text.matchAll(re)) {
    if (p.negatable && negated(text, m.index ?? 0)) continue;
    return m[0];
  }
  return undefined;
}

export function matchesKeyword(p: KeywordPattern, text: string): boolean {
  return findKeyword(p, text) !== undefined;
}

/** What the text speaks of (un-negated), in KEYWORDS order. */
export function keywordsIn(text: string, means?: KeywordPattern['means']): KeywordPattern[] {
  return KEYWORDS.filter((p) => (!means || p.means === means) && matchesKeyword(p, text));
}

/**
 * Event kinds for lib/facts/extract.ts (EVENT_KINDS), in its order of precedence, built from the
 * patterns above. A RegExp-like `test` keeps the one-line swap in extract.ts possible.
 */
export const EVENT_KIND_PATTERNS: Array<['child-contact' | 'relationship' | 'address' | 'new-offence', { test: (text: string) => boolean }]> = (
  ['child-contact', 'relationship', 'address', 'new-offence'] as const
).map((kind) => [kind, { test: (text: string) => keywordsIn(text, kind).length > 0 }]);
