import type { Field } from '../reader/types';

/**
 * One case across its pages. Real case services spread a case over several pages (overview,
 * personal details, sentence, risk, licence conditions); a panel that forgot the case when the
 * page changed would say "cannot tell" on every page. While the panel is open it keeps what it
 * read on each page of the SAME case and merges it. Pure data in memory: nothing here is ever
 * written to storage, and closing the panel forgets it.
 */

/** The identifiers a page shows for its person, each normalised (upper case, no spaces). */
export interface CaseIdentity {
  crn?: string;
  pnc?: string;
  prisonNumber?: string;
  /** Name and date of birth together: either alone is not enough to tell two people apart. */
  nameAndBirth?: string;
  /** The name as shown, for the panel's header (never used to match). */
  name?: string;
}

const KEYS = ['crn', 'pnc', 'prisonNumber', 'nameAndBirth'] as const;

export function hasIdentity(identity: CaseIdentity): boolean {
  return KEYS.some((k) => identity[k]);
}

/** Whether a case system's own identifier is known (a name and date of birth are on any form). */
export function hasSystemIdentifier(identity: CaseIdentity): boolean {
  return Boolean(identity.crn || identity.pnc || identity.prisonNumber);
}

/** Identifiers a case system gives one person only. */
const STRONG = ['crn', 'pnc', 'prisonNumber'] as const;

/**
 * Whether two pages are of the same person. Two people are never mixed: any system identifier
 * (CRN, PNC, prison number) that differs makes them different cases; one that agrees makes them
 * the same (a date of birth that then differs is shown as a conflict, not used to split the
 * case). With no system identifier in common, name and date of birth together must agree.
 */
export function sameCase(a: CaseIdentity, b: CaseIdentity): boolean {
  let agreed = false;
  for (const k of STRONG) {
    const x = a[k];
    const y = b[k];
    if (!x || !y) continue;
    if (x !== y) return false;
    agreed = true;
  }
  if (agreed) return true;
  return Boolean(a.nameAndBirth && a.nameAndBirth === b.nameAndBirth);
}

function joinIdentity(a: CaseIdentity, b: CaseIdentity): CaseIdentity {
  const out: CaseIdentity = { ...a };
  for (const k of [...KEYS, 'name'] as const) if (!out[k] && b[k]) out[k] = b[k];
  return out;
}

/** What was read on one page of the case, and when. */
export interface PageReading {
  /** The page's address without its fragment: reading it again replaces this reading. */
  key: string;
  url: string;
  title: string;
  readAt: number;
  fields: Field[];
}

export interface CaseMemory {
  identity: CaseIdentity;
  /** Most recently read first. */
  pages: PageReading[];
}

/** Most cases kept at once (a practitioner moving between a few people in one sitting). */
export const MAX_CASES = 5;

export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    return u.origin + u.pathname + u.search;
  } catch {
    return url;
  }
}

/**
 * Adds a page's reading to the memory. A page whose person cannot be told is not kept (nothing
 * is merged into or from it). A page of a person already known joins that case, replacing an
 * older reading of the same page; a new person starts a case of their own.
 */
export function remember(cases: CaseMemory[], identity: CaseIdentity, reading: PageReading): CaseMemory[] {
  if (!hasIdentity(identity)) return cases;
  const index = cases.findIndex((c) => sameCase(c.identity, identity));
  const existing = index >= 0 ? cases[index]! : { identity: {}, pages: [] };
  const updated: CaseMemory = {
    identity: joinIdentity(existing.identity, identity),
    pages: [reading, ...existing.pages.filter((p) => p.key !== reading.key)],
  };
  const others = cases.filter((_, i) => i !== index);
  return [updated, ...others].slice(0, MAX_CASES);
}

/** Forgets the case this identity belongs to. */
export function forget(cases: CaseMemory[], identity: CaseIdentity): CaseMemory[] {
  return cases.filter((c) => !sameCase(c.identity, identity));
}

/** The case this page belongs to, if it is one the panel has read. */
export function caseOf(cases: CaseMemory[], identity: CaseIdentity): CaseMemory | undefined {
  return hasIdentity(identity) ? cases.find((c) => sameCase(c.identity, identity)) : undefined;
}

/** A field as another page showed it: the same wording under the same heading is the same field. */
const fieldKey = (f: Field): string => `${f.kind}\u0000${f.section ?? ''}\u0000${f.label}\u0000${f.value}\u0000${(f.items ?? []).join('\u0001')}`;

/**
 * The fields the case record is built from: the current page's own, then those of the case's
 * other pages. A field another page repeats word for word (the header every page of a service
 * shows) is taken once, from the current page, so it is neither counted twice nor shown as from
 * elsewhere; a field that differs stays, so pages that disagree give a conflict.
 */
export function mergedFields(current: PageReading, memory: CaseMemory | undefined): Field[] {
  // Only this page read so far: its own fields, the same array (so its record can be reused).
  if (!memory?.pages.some((p) => p.key !== current.key)) return current.fields;
  const seen = new Set(current.fields.map(fieldKey));
  const out = [...current.fields];
  for (const page of memory?.pages ?? []) {
    if (page.key === current.key) continue;
    for (const field of page.fields) {
      const key = fieldKey(field);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(field);
    }
  }
  return out;
}

/**
 * Which page each read belongs to, by the read id of a locator (each read of a frame has its
 * own): built once per change of the memory, so naming a fact's page is a lookup, not a scan.
 */
export function pagesByRead(memory: CaseMemory | undefined): Map<string, PageReading> {
  const index = new Map<string, PageReading>();
  for (const page of memory?.pages ?? []) for (const field of page.fields) if (!index.has(field.locator.readId)) index.set(field.locator.readId, page);
  return index;
}

/** "read just now", "read 2 minutes ago", "read 1 hour ago". */
export function readAgo(readAt: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - readAt) / 60_000);
  if (minutes < 1) return 'read just now';
  if (minutes < 60) return `read ${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  return `read ${hours} hour${hours === 1 ? '' : 's'} ago`;
}
