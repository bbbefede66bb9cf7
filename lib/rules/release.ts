import type { CaseRecord } from '../facts/case-record';
import { formatLong } from '../facts/dates';
import { addDuration } from '../facts/lengths';
import { FACT_NAMES } from '../facts/vocabulary';
import { WHERE_FOUND } from '../facts/summary';
import { compareWithMonths } from '../facts/lengths';
import { pointOf, rule, sdsFraction, sentenceKind, type ReleaseRule } from '../law/release';
import type { Computed, Missing, Observation } from './observations';

const miss = (f: 'sentenceLength' | 'sentenceDate'): Missing => ({ name: FACT_NAMES[f], where: WHERE_FOUND[f] });

/**
 * A release rule as the card says it: one not yet checked against the legislation text says so,
 * so nobody relies on it unawares (lib/law/release.ts, `verified`).
 */
export function ruleText(r: ReleaseRule): string {
  return r.verified ? r.says : `${r.says} (Not yet checked against the text of ${r.section}: confirm it there before relying on it.)`;
}
const said = (id: ReleaseRule['id']): string => ruleText(rule(id));

/**
 * The release point of a custodial sentence under current law (lib/law/release.ts). Order on
 * the card: a release date read from the page first; then the point the law gives, where it
 * gives one; the leaflet's old rule last, as history. Value: what leads the card.
 */
export function releaseObservation(record: CaseRecord): Observation {
  const d = record.disposal;
  if (!d) return { value: undefined, saw: 'no sentence on the page', used: [], missing: [{ name: FACT_NAMES.sentenceType, where: WHERE_FOUND.sentenceType }] };
  const computed: Record<string, Computed> = {};
  const detail: string[] = [];
  const used = [d.type.source, ...(d.length ? [d.length.source] : []), ...(d.sentenceDate ? [d.sentenceDate.source] : []), ...(d.releaseDate ? [d.releaseDate.source] : [])];
  if (d.releaseDate) computed.page = { label: 'Release date on the page', value: formatLong(d.releaseDate.value) };

  const kind = sentenceKind(d.type.source.raw, d.length?.value);
  const offences = record.offences.map((o) => o.description.value);
  let lawValue: string | undefined;
  let missing: Missing[] = [];
  if (kind === 'indeterminate') {
    detail.push(said('indeterminate'));
    lawValue = 'Parole Board after the minimum term';
  } else if (kind === 'extended' || kind === 'sopc') {
    detail.push(said(kind));
    lawValue = 'Parole Board decides';
  } else if (!d.length || !d.sentenceDate) {
    missing = [...(!d.length ? [miss('sentenceLength')] : []), ...(!d.sentenceDate ? [miss('sentenceDate')] : [])];
  } else if (d.length.value.kind === 'fixed') {
    const end = addDuration(d.sentenceDate.value, d.length.value.duration);
    computed.expiry = { label: 'Sentence expiry (full term)', value: formatLong(end) };
    if (kind === 'dto') {
      const point = pointOf(d.sentenceDate.value, end, 1 / 2);
      computed.law = { label: 'Halfway (detention and training order)', value: formatLong(point) };
      detail.push(said('dto'));
      lawValue = formatLong(point);
    } else if (kind === 'sds') {
      const f = sdsFraction(offences, d.length.value, d.sentenceDate.value);
      if (f) {
        const point = pointOf(d.sentenceDate.value, end, f.rule.fraction!);
        computed.law = { label: `Automatic release (${f.rule.fraction === 0.5 ? 'half' : 'two-thirds'}, ${f.rule.section})`, value: formatLong(point) };
        detail.push(`${ruleText(f.rule)} Here: ${f.why}.`);
        lawValue = formatLong(point);
      } else {
        detail.push(`${said('sds-half')} ${said('sds-two-thirds')}`);
        missing = [{ name: 'Whether the offence carries a maximum of life (s.244ZA)', where: 'the offence record or sentencing remarks' }];
      }
      detail.push(said('sds40-excluded'));
    } else missing = [{ name: 'Type of custodial sentence (standard, extended, SOPC, DTO, life)', where: WHERE_FOUND.sentenceType }];
    // The leaflet's rule is history: shown last, never as the headline.
    const four = compareWithMonths(d.length.value.duration, 48, d.sentenceDate.value) >= 0;
    computed.leaflet = { label: `The leaflet said (pre-2005 rule, ${four ? 'two-thirds' : 'half'}): not current law`, value: formatLong(pointOf(d.sentenceDate.value, end, four ? 2 / 3 : 1 / 2)) };
  }
  if (record.offences.some((o) => o.sexual)) detail.push(said('hdc'));
  detail.push(said('sentencing-act-2026'));

  if (d.releaseDate) {
    computed.headline = { label: 'Release', value: `Release date on the page: ${formatLong(d.releaseDate.value)}` };
    return { value: 'page', saw: `release date ${formatLong(d.releaseDate.value)} on the page`, used, missing: [], computed: order(computed), detail };
  }
  if (lawValue) {
    computed.headline = { label: 'Release', value: kind === 'indeterminate' || kind === 'extended' || kind === 'sopc' ? lawValue : `Indicative release point under current law: ${lawValue}` };
    return { value: 'law', saw: d.type.source.raw, used, missing: [], computed: order(computed), detail };
  }
  return { value: undefined, saw: 'cannot tell the release point', used, missing, computed: order(computed), detail };
}

/** Page date first, then the law's point, the expiry, and the leaflet's history last. */
function order(c: Record<string, Computed>): Record<string, Computed> {
  const out: Record<string, Computed> = {};
  for (const k of ['headline', 'page', 'law', 'expiry', 'leaflet']) if (c[k]) out[k] = c[k]!;
  return out;
}
