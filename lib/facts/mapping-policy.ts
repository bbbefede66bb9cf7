import type { CaseIdentity } from './case-record';
import type { FieldMapping, SiteMappings } from './mappings';
import { withMapping } from './mappings';
import { FACT_NAMES, factForLabel } from './vocabulary';

/**
 * What a saved mapping may hold. Mappings are settings and reach persistent storage, so they
 * must never carry case data: a timeline entry's title ("Home visit: new partner Philippa
 * Quarrington (Q918273)") is a label on the page but is case data in storage. A mapping keeps a
 * label only if it looks like a label; everything else is refused with the reason shown.
 */
export const MAX_LABEL = 60;
export const MAX_WORDS = 8;
export const MAX_MAPPINGS = 1000;

/** Titles that are not part of whose case it is. */
const TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr']);

/**
 * The words that say whose case is open: each part of the person's name (three letters or more,
 * titles left out) and their CRN, PNC and prison numbers. A label holding one is case data,
 * however much it looks like a label: a heading that is the person's name ("Caroline Wolff")
 * becomes the label of the paragraph under it.
 */
export function identityWords(identity: CaseIdentity | undefined): string[] {
  if (!identity) return [];
  const name = identity.name?.value.split(/[\s,]+/).filter((w) => w.length >= 3 && !TITLES.has(w.toLowerCase().replace(/\.$/, ''))) ?? [];
  const numbers = [identity.crn, identity.pncNumber, identity.prisonNumber].flatMap((f) => (f ? [f.value] : []));
  return [...name, ...numbers];
}

const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Why a label is refused, or undefined when it may be saved. `caseWords` (identityWords) are
 * the open case's own: a label holding one of them is refused too.
 */
export function labelRefusal(label: string, caseWords: readonly string[] = []): string | undefined {
  const text = label.trim();
  if (!text) return 'it is empty';
  if (text.length > MAX_LABEL) return `it is longer than a label (${text.length} characters; at most ${MAX_LABEL})`;
  if (text.split(/\s+/).length > MAX_WORDS) return `it has more words than a label (at most ${MAX_WORDS})`;
  // Dates, case numbers, CRNs and PNC numbers all carry digits in runs or mixed with letters.
  if (/\d{3,}|\d+[/.-]\d+|\b[A-Z]+\d+[A-Z\d]*\b/i.test(text)) return 'it holds a number, date or identifier';
  if (/[:()[\]@]/.test(text)) return 'it reads like a title or a note, not a label';
  if (caseWords.some((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${escaped(w)}($|[^\\p{L}\\p{N}])`, 'iu').test(text)))
    return 'it holds the name or a number of the person whose case is open';
  return undefined;
}

function sectionRefusal(section: string, caseWords: readonly string[]): string | undefined {
  const why = labelRefusal(section, caseWords);
  return why ? `its section "${section.slice(0, 40)}" cannot be kept: ${why}` : undefined;
}

/** A mapping the vocabulary already reads otherwise would silently change built-in reading. */
export function vocabularyClash(mapping: FieldMapping): string | undefined {
  const known = factForLabel(mapping.label, mapping.section);
  return known && known !== mapping.fact ? `"${mapping.label}" is already read as ${FACT_NAMES[known]}` : undefined;
}

/**
 * A site as an origin and nothing else: scheme, host and port. A "site" with user information
 * (https://ndelius.example.gov.uk@evil.example is the host evil.example) or a path is refused.
 */
export function parseSite(site: string): { ok: true; origin: string } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return { ok: false, error: `"${site.slice(0, 80)}" is not a web address` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'a site must be an http or https address' };
  if (url.username || url.password) return { ok: false, error: `"${site.slice(0, 80)}" hides its real host (${url.host}) behind user information` };
  if (url.origin !== site.replace(/\/$/, '')) return { ok: false, error: `a site is an origin only, such as ${url.origin}` };
  return { ok: true, origin: url.origin };
}

export type ImportPlan =
  | { ok: true; site: string; merged: FieldMapping[]; added: number; existing: number; otherSite: boolean }
  | { ok: false; error: string };

/**
 * What importing a file would do, before anything is written: every mapping checked, the result
 * merged with what the site has, the limit respected. Any refusal refuses the whole file, so an
 * import is all or nothing and never half-saved.
 */
export function planImport(file: SiteMappings, existing: FieldMapping[], currentSite: string | undefined, caseWords: readonly string[] = []): ImportPlan {
  const site = parseSite(file.site);
  if (!site.ok) return { ok: false, error: `Nothing was imported: ${site.error}.` };
  const refused = file.mappings.flatMap((m) => {
    // A section is kept on disk too (an organisation's file may give one): it passes the same test.
    const why = labelRefusal(m.label, caseWords) ?? (m.section !== undefined ? sectionRefusal(m.section, caseWords) : undefined) ?? vocabularyClash(m);
    return why ? [`"${m.label.slice(0, 40)}${m.label.length > 40 ? '…' : ''}": ${why}`] : [];
  });
  if (refused.length > 0)
    return { ok: false, error: `Nothing was imported: ${refused.length} mapping${refused.length === 1 ? '' : 's'} refused (${refused.slice(0, 3).join('; ')}${refused.length > 3 ? '; …' : ''}).` };
  const merged = file.mappings.reduce(withMapping, existing);
  if (merged.length > MAX_MAPPINGS)
    return { ok: false, error: `Nothing was imported: ${site.origin} would have ${merged.length} mappings, and the most a site can have is ${MAX_MAPPINGS}.` };
  return { ok: true, site: site.origin, merged, added: merged.length - existing.length, existing: existing.length, otherSite: site.origin !== currentSite };
}
