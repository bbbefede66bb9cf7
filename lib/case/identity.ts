import { caseIdentityFromUrl } from '../facts/values';
import type { CaseIdentity } from './memory';

/** What a page says about whose case it is, as read (before normalising). */
export interface IdentityReading {
  crn?: string;
  pnc?: string;
  prisonNumber?: string;
  name?: string;
  /** ISO date (yyyy-mm-dd), already parsed. */
  dateOfBirth?: string;
}

const compact = (s: string | undefined): string | undefined => {
  const out = s?.replace(/\s+/g, '').toUpperCase();
  return out ? out : undefined;
};

/**
 * PNC numbers are written with a two- or four-digit year and with or without leading zeros in
 * the serial ("04/12345X", "2004/0012345X"); both are the same record.
 */
export function normalisePnc(pnc: string | undefined): string | undefined {
  const raw = compact(pnc);
  const m = raw?.match(/^(\d{2}|\d{4})\/0*(\d{1,7})([A-Z])$/);
  if (!m) return raw;
  const year = m[1]!.length === 2 ? m[1] : m[1]!.slice(2);
  return `${year}/${m[2]}${m[3]}`;
}

/** A name for matching: case, spacing and punctuation ignored; "Surname, First" as "First Surname". */
export function normaliseName(name: string): string {
  const trimmed = name.trim();
  const comma = trimmed.match(/^([^,]+),\s*(.+)$/);
  const ordered = comma ? `${comma[2]} ${comma[1]}` : trimmed;
  return ordered
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The identity used to tell whether two pages are of the same person. */
export function caseIdentity(reading: IdentityReading): CaseIdentity {
  const identity: CaseIdentity = {};
  const crn = compact(reading.crn);
  const pnc = normalisePnc(reading.pnc);
  const prison = compact(reading.prisonNumber);
  if (crn) identity.crn = crn;
  if (pnc) identity.pnc = pnc;
  if (prison) identity.prisonNumber = prison;
  if (reading.name?.trim()) {
    identity.name = reading.name.trim();
    if (reading.dateOfBirth) identity.nameAndBirth = `${normaliseName(reading.name)}|${reading.dateOfBirth}`;
  }
  return identity;
}

/**
 * Identifier formats, checked so that a label that happens to match ("CRN: see notes") cannot
 * make up an identity. A labelled CRN is a short code of letters and digits (nDelius issues a
 * letter and six digits; court and test systems show others, such as DX12340A); a prison number
 * is a letter, four digits, two letters; a PNC number is year/serial and a check letter.
 */
const FORMATS = {
  crn: /^(?=.*[A-Z])(?=.*\d)[A-Z\d]{6,10}$/,
  prisonNumber: /^[A-Z]\d{4}[A-Z]{2}$/,
  pnc: /^(\d{2}|\d{4})\/\d{1,7}[A-Z]$/,
} as const;

/** The identity facts a case record holds (read by the vocabulary in lib/facts). */
interface RecordIdentity {
  name?: { value: string };
  crn?: { value: string };
  pncNumber?: { value: string };
  prisonNumber?: { value: string };
}

const valid = (key: keyof typeof FORMATS, value: string | undefined): string | undefined =>
  value && FORMATS[key].test(value.replace(/\s+/g, '').toUpperCase()) ? value : undefined;

/**
 * What a page says about whose case it is: the identity facts its record holds, each checked
 * against its format, a CRN in the address (lib/facts/values.ts), and the date of birth the
 * record believes.
 */
export function identityReadingOf(identity: RecordIdentity | undefined, url: string, dateOfBirth?: string): IdentityReading {
  const reading: IdentityReading = {};
  const crn = valid('crn', identity?.crn?.value) ?? caseIdentityFromUrl(url).crn;
  const pnc = valid('pnc', identity?.pncNumber?.value);
  const prison = valid('prisonNumber', identity?.prisonNumber?.value);
  const name = identity?.name?.value.trim();
  if (crn) reading.crn = crn;
  if (pnc) reading.pnc = pnc;
  if (prison) reading.prisonNumber = prison;
  if (name && name.length <= 80 && !/\d/.test(name)) reading.name = name;
  if (dateOfBirth) reading.dateOfBirth = dateOfBirth;
  return reading;
}
