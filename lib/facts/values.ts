import type { Parsed } from './dates';

type Sex = 'male' | 'female';
type Rosh = 'low' | 'medium' | 'high' | 'very high';

const fail = (raw: string, what: string): { ok: false; reason: string } => ({ ok: false, reason: `"${raw.trim()}" is not ${what} this reads` });

/** "Male", "M", "Man" / "Female", "F", "Woman". Anything else (including "Not known") is not guessed. */
export function parseSex(raw: string): Parsed<Sex> {
  const text = raw.trim().toLowerCase().replace(/[^a-z]/g, '');
  if (['male', 'm', 'man'].includes(text)) return { ok: true, value: 'male' };
  if (['female', 'f', 'woman'].includes(text)) return { ok: true, value: 'female' };
  return fail(raw, 'a sex');
}

/** RoSH level: Low, Medium, High, Very High (also "VH", "V High"). */
export function parseRosh(raw: string): Parsed<Rosh> {
  const text = raw.trim().toLowerCase().replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^(very high|v high|vh)\b/.test(text)) return { ok: true, value: 'very high' };
  for (const level of ['low', 'medium', 'high'] as const) if (new RegExp(`^${level}\\b`).test(text)) return { ok: true, value: level };
  return fail(raw, 'a risk of serious harm level');
}

/** MAPPA category 1-4 from "Category 1", "Cat 1", "C1", "1". */
export function parseMappaCategory(raw: string): Parsed<number> {
  const m = raw.trim().match(/^(?:category|cat\.?|c)?\s*([1-4])$/i);
  return m ? { ok: true, value: Number(m[1]) } : fail(raw, 'a MAPPA category');
}

/** MAPPA level 1-3 from "Level 2", "L2", "2". */
export function parseMappaLevel(raw: string): Parsed<number> {
  const m = raw.trim().match(/^(?:level|lvl\.?|l)?\s*([1-3])$/i);
  return m ? { ok: true, value: Number(m[1]) } : fail(raw, 'a MAPPA level');
}

/** Both from one field: "Category 1, Level 2", "Cat 1 / Level 2", "C1L2". */
export function parseMappa(raw: string): Parsed<{ category?: number; level?: number }> {
  const category = raw.match(/(?:category|cat\.?|\bc)\s*([1-4])/i)?.[1];
  const level = raw.match(/(?:level|lvl\.?|l)\s*([1-3])\b/i)?.[1];
  if (!category && !level) return fail(raw, 'a MAPPA category or level');
  return { ok: true, value: { category: category ? Number(category) : undefined, level: level ? Number(level) : undefined } };
}

/** Conviction or caution, from the wordings of outcome fields. */
export function parseOutcome(raw: string): Parsed<'conviction' | 'caution'> {
  const text = raw.toLowerCase();
  if (/caution|reprimand|final warning/.test(text)) return { ok: true, value: 'caution' };
  if (/convict|guilty|sentenced/.test(text)) return { ok: true, value: 'conviction' };
  return fail(raw, 'a conviction or caution');
}

/**
 * A pattern of page wording, kept as data with examples a meta-test checks: each must match
 * every `matches` example and none of the `notMatches`.
 */
export interface WordingPattern {
  pattern: RegExp;
  matches: string[];
  notMatches: string[];
}

/**
 * Values that say there is nothing to record ("No MAPPA data found in NDelius.", "No active
 * sentence", "No release date details", "None"): the page answers "none", so the fact is not
 * unreadable, only absent.
 */
export const EMPTY_STATE: WordingPattern = {
  // The first sentence says there is none; guidance may follow ("If you think this is wrong: 1. Check …").
  pattern: /^(?:no|none|nil|not applicable|n\/a|there (?:is|are) no|unknown|unavailable|(?:details )?not available)\b[^0-9.]{0,80}(?:\.(?:\s[\s\S]{0,300})?)?$/i,
  matches: [
    'No MAPPA data found in NDelius.',
    'No MAPPA data found in NDelius. If you think this is wrong: 1. Check and update NDelius. 2. Refresh this page to see your update.',
    'There is no RoSH summary.',
    'There are no active risk flags.',
    'Unknown MAPPA',
    'No active sentence',
    'No order details',
    'No release date details',
    'None',
    'N/A',
    'Not applicable',
    'Details not available',
    'Unavailable',
  ],
  notMatches: ['Notting Hill', 'November 2024', 'Nominal 12 months', 'No fixed abode since 12 May 2024', '18 August 1979', 'Unknown date 12/10/2020 - 03401'],
};

export function isEmptyState(raw: string): boolean {
  return EMPTY_STATE.pattern.test(raw.trim());
}

/**
 * A RoSH level written as a registration or flag type ("Low RoSH", "Very High RoSH",
 * "RoSH - High"): the level, whatever the column is called.
 */
export const ROSH_REGISTRATION: WordingPattern = {
  pattern: /^(?:(very high|high|medium|low)\s+(?:rosh|risk of serious harm)|(?:rosh|risk of serious harm)\s*[-–:]?\s*(very high|high|medium|low))$/i,
  matches: ['Low RoSH', 'Very High RoSH', 'RoSH - High', 'Medium Risk of Serious Harm'],
  notMatches: ['Risk to Known Adult', 'Low', 'High RoSH review due', 'Information only'],
};

export function roshRegistration(raw: string): Rosh | undefined {
  const m = ROSH_REGISTRATION.pattern.exec(raw.trim());
  const level = (m?.[1] ?? m?.[2])?.toLowerCase();
  return level as Rosh | undefined;
}

/** An identifier as written: one token of letters, digits and slashes (CRN, PNC number, prison number). */
export function parseIdentifier(raw: string): Parsed<string> {
  const text = raw.trim().replace(/\s+/g, ' ');
  return /^[A-Za-z0-9][A-Za-z0-9/-]{2,24}$/.test(text) ? { ok: true, value: text.toUpperCase() } : fail(raw, 'an identifier');
}

/** A person's name as written (short, letters): not a sentence of prose. */
export function parseName(raw: string): Parsed<string> {
  const text = raw.trim().replace(/\s+/g, ' ');
  return text.length <= 80 && /^[\p{L}][\p{L}' .-]*$/u.test(text) ? { ok: true, value: text } : fail(raw, 'a name');
}

/** An nDelius case reference number: one letter and six digits (X000001). */
export const CRN_IN_URL: WordingPattern = {
  pattern: /\/([A-Z]\d{6})(?=[/?#]|$)/,
  matches: ['https://manage.example/case/X778160/risk', '/case/X000001', '/crn/A123456?tab=1'],
  notMatches: ['/case/X12345/risk', '/hearing/4e10a261-2d0f/defendant', '/licence/view/id/1/show', '/case/x778160a/'],
};

/** The CRN a page address names (e.g. /case/X778160/risk), for matching pages of one person. */
export function caseIdentityFromUrl(url: string): { crn?: string } {
  let path = url;
  try {
    path = new URL(url, 'http://localhost').pathname;
  } catch {
    // Not a URL: search the text as given.
  }
  const crn = CRN_IN_URL.pattern.exec(path)?.[1];
  return crn ? { crn } : {};
}
