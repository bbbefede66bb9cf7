import Fuse from 'fuse.js';
import { TERMS, type Term } from './terms';

/**
 * One spelling for comparing: case, dots ("S.H.P.O."), apostrophes and other punctuation
 * ignored, and a plural "s" dropped ("SHPOs", "cautions"). Applied to queries and entries alike.
 */
export function normaliseTerm(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

interface Indexed {
  term: Term;
  names: string[];
}

const INDEX: Indexed[] = TERMS.map((term) => ({ term, names: [term.term, ...term.aliases].map(normaliseTerm) }));
const EXACT = new Map(INDEX.flatMap((i) => i.names.map((n) => [n, i.term] as const)));

// Fuzzy matching tolerates small typos ("shpp", "oasis") without matching unrelated words.
const fuse = new Fuse(INDEX, { keys: ['names'], threshold: 0.3, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 });

export interface Lookup {
  /** The entry the text names exactly (by its term or one of its spellings). */
  exact?: Term;
  /** The entry to open: the exact one, or a single fuzzy match clearly better than the rest ("safegaurding"). */
  best?: Term;
  /** The closest entries, best first (the exact one first when there is one). */
  results: Term[];
}

export function lookUp(text: string, limit = 8): Lookup {
  const query = normaliseTerm(text);
  if (query.length < 2) return { results: [] };
  const exact = EXACT.get(query);
  // With an exact match, only near neighbours follow it ("SHPO" brings "SOPO", not "bespoke").
  const scored = fuse.search(query, { limit: limit + 1 }).filter((r) => !exact || (r.score ?? 1) <= 0.15);
  const fuzzy = scored.map((r) => r.item.term);
  const results = [...new Set([...(exact ? [exact] : []), ...fuzzy])].slice(0, limit);
  if (exact) return { exact, best: exact, results };
  const best = clearlyBest(scored.map((r) => ({ term: r.item.term, score: r.score ?? 1 })));
  return best ? { best, results } : { results };
}

/** Closest a typo may be (Fuse score, 0 = identical) to open an entry by itself. */
const OPEN_SCORE = 0.2;
/** How far ahead of the next entry it must be to count as the one meant. */
const CLEAR_LEAD = 0.1;

/** A single fuzzy match clearly better than any other, or none when the text is ambiguous. */
export function clearlyBest(scored: Array<{ term: Term; score: number }>): Term | undefined {
  const [first, second] = scored;
  if (!first || first.score > OPEN_SCORE) return undefined;
  return !second || second.score - first.score >= CLEAR_LEAD ? first.term : undefined;
}

export function termById(id: string): Term | undefined {
  return TERMS.find((t) => t.id === id);
}

/** Glossary terms named on a page (whole words in its labels and values), in page order. */
export function termsIn(texts: string[]): Term[] {
  const found = new Map<string, Term>();
  const haystack = ` ${texts.map(normaliseTerm).join(' | ')} `;
  for (const { term, names } of INDEX) {
    // Short abbreviations only count as themselves (avoids "co" in "contact").
    if (names.some((n) => n.length >= 2 && haystack.includes(` ${n} `))) found.set(term.id, term);
  }
  return [...found.values()];
}
