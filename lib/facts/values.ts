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
