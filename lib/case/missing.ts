import type { CaseRecord } from '../facts/case-record';
import { FACT_NAMES, type FactId } from '../facts/vocabulary';

interface MissingLike {
  name: string;
  where?: string;
}
interface ResultLike {
  ruleId: string;
  title: string;
  status: string;
  missing: MissingLike[];
}

const FACT_BY_NAME = new Map(Object.entries(FACT_NAMES).map(([id, name]) => [name, id as FactId]));

/**
 * Unreadable and missing never disagree: a fact the page has but could not be read (a date of
 * birth typed "19x9") or that the pages give two ways is not "missing", and a card must not send
 * the user looking for what is in front of them.
 */
export function explainMissing<R extends ResultLike>(results: R[], record: Pick<CaseRecord, 'unreadable' | 'conflicts'>): R[] {
  const unreadable = new Map(record.unreadable.map((u) => [u.fact, u]));
  const conflicting = new Set(record.conflicts.map((c) => c.fact));
  const relabel = (m: MissingLike): MissingLike => {
    const fact = FACT_BY_NAME.get(m.name);
    if (!fact) return m;
    const u = unreadable.get(fact);
    if (u) return { name: `${m.name}: on the page but unreadable ("${u.source.raw.slice(0, 60)}")` };
    if (conflicting.has(fact)) return { name: `${m.name}: given two different ways` };
    return m;
  };
  return results.map((r) => (r.missing.length ? { ...r, missing: r.missing.map(relabel) } : r));
}

/** One line of the folded "cannot tell yet" list: a fact and the rules waiting for it. */
export interface MissingLine {
  name: string;
  where?: string;
  rules: string[];
}

/**
 * Rules that cannot tell, folded into one line per missing fact ("4 rules need the sentence:
 * usually in the sentence or event details"), most-needed first: ten cards repeating
 * "Missing: Offence" tell a practitioner less than one line does.
 */
export function foldCannotTell(results: ResultLike[]): MissingLine[] {
  const lines = new Map<string, MissingLine>();
  for (const r of results) {
    if (r.status !== 'cannot-tell') continue;
    const missing = r.missing.length ? r.missing : [{ name: 'Something this page does not make clear' }];
    for (const m of missing) {
      const line = lines.get(m.name) ?? { name: m.name, ...(m.where ? { where: m.where } : {}), rules: [] };
      if (!line.rules.includes(r.title)) line.rules.push(r.title);
      lines.set(m.name, line);
    }
  }
  return [...lines.values()].sort((a, b) => b.rules.length - a.rules.length);
}

/**
 * Whether a page looks like a case record: it names whose case it is by a case system's own
 * identifier (a CRN, PNC or prison number; a name with a date of birth is on any form), or it shows something only a case record holds (an
 * offence, a sentence or order, risk, MAPPA, OASys, licence conditions, an order such as an
 * SHPO). A date of birth and a sex alone are on every membership form, and a panel full of
 * "cannot tell" cards there would be noise.
 */
export function looksLikeCase(record: CaseRecord, identified: boolean): boolean {
  return (
    identified ||
    record.offences.length > 0 ||
    record.disposal !== undefined ||
    record.rosh !== undefined ||
    record.mappaCategory !== undefined ||
    record.mappaLevel !== undefined ||
    record.lastOasys !== undefined ||
    record.licenceConditions.length > 0 ||
    record.orders.length > 0
  );
}

interface SourceLike {
  locator: { frameId: number; readId: string; index: number };
}
interface EventLike {
  title?: string;
  status: string;
  type?: { value: string; source: SourceLike & { raw: string } };
  sentenceDate?: { source: SourceLike };
  length?: { source: SourceLike & { raw: string } };
}

const sameSource = (a: SourceLike, b: SourceLike) =>
  a.locator.readId === b.locator.readId && a.locator.index === b.locator.index && a.locator.frameId === b.locator.frameId;

/**
 * Which sentence or order a card used, when the person has several: "the current custodial
 * sentence, ORA Adult Custody (inc PSS) (12 Months)". Found from the facts the card used, so it
 * can never name an event the card did not read.
 */
export function eventUsed(used: SourceLike[], sentences: EventLike[] | undefined): string | undefined {
  if (!sentences || sentences.length < 2) return undefined;
  const event = sentences.find((s) =>
    [s.type?.source, s.sentenceDate?.source, s.length?.source].some((src) => src && used.some((u) => sameSource(u, src))),
  );
  if (!event) return undefined;
  const kind = event.type?.value === 'custody' ? 'custodial sentence' : event.type?.value === 'community-order' ? 'community order' : event.type?.value === 'suspended-sentence' ? 'suspended sentence order' : 'sentence or order';
  const when = event.status === 'current' ? 'the current ' : event.status === 'ended' ? 'an ended ' : 'the ';
  const name = event.title ?? event.type?.source.raw;
  return `${when}${kind}${name ? `: ${name}` : ''} (one of ${sentences.length} on the pages read)`;
}
