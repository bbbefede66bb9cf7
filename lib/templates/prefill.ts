import type { CaseRecord } from '../facts/case-record';
import { formatLong } from '../facts/dates';
import { describeDuration } from '../facts/lengths';
import { KIND_NAMES } from '../facts/summary';
import { ARMS_RISK_FACTORS } from '../glossary/lists';
import type { PrefillId } from './schema';

const bullet = (lines: string[]) => lines.map((l) => `- ${l}`).join('\n');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Text for each pre-fill from the case record; empty when the page did not say. */
export const PREFILLS: Record<PrefillId, (record: CaseRecord, today: string) => string> = {
  currentSituation: (record, today) => {
    const lines: string[] = [];
    const d = record.disposal;
    const offences = record.offences.map((o) => o.description.value.replace(/\s*-\s*\d{5}$/, ''));
    if (d) {
      const length = d.length?.value.kind === 'fixed' ? `${describeDuration(d.length.value.duration)} ` : '';
      const what = `${length}${d.type.source.raw}`;
      lines.push(`Sentenced${d.sentenceDate ? ` on ${formatLong(d.sentenceDate.value)}` : ''} to ${what}${offences.length ? ` for ${offences.join('; ')}` : ''}.`);
      if (d.releaseDate && d.releaseDate.value <= today) lines.push(`Released on ${formatLong(d.releaseDate.value)}${d.licenceEndDate ? `; on licence until ${formatLong(d.licenceEndDate.value)}` : ''}.`);
      else if (d.releaseDate) lines.push(`Due for release on ${formatLong(d.releaseDate.value)}.`);
    } else if (offences.length) lines.push(`Offences: ${offences.join('; ')}.`);
    const recent = record.events.filter((e) => e.kind !== 'other' && e.date).slice(0, 3);
    for (const e of recent) lines.push(`${e.title} (${formatLong(e.date!)}): ${e.description}`);
    return lines.join('\n');
  },
  rosh: (record) => (record.rosh ? cap(record.rosh.value) : ''),
  mappa: (record) =>
    [record.mappaCategory && `Category ${record.mappaCategory.value}`, record.mappaLevel && `Level ${record.mappaLevel.value}`].filter(Boolean).join(', '),
  agencies: (record) => {
    const agencies = ['Probation Service (offender manager)'];
    if (record.mappaCategory || record.offences.some((o) => o.sexual)) agencies.push('Police (public protection / offender management)');
    if (record.mappaLevel && record.mappaLevel.value >= 2) agencies.push(`MAPPA level ${record.mappaLevel.value} panel`);
    if (record.events.some((e) => e.kind === 'child-contact') || record.offences.some((o) => o.kind === 'contact-child' || o.kind === 'images-internet'))
      agencies.push("Children's social care (where children are involved)");
    return agencies.join('; ');
  },
  existingControls: (record) => {
    const lines: string[] = [];
    if (record.licenceConditions.some((c) => c.kind === 'standard')) lines.push('Standard licence conditions');
    if (record.offences.some((o) => o.sexual)) lines.push('Notification requirements (SOA 2003 Part 2)');
    for (const o of record.orders) lines.push(`${o.kind}: ${o.text}`);
    return bullet(lines);
  },
  // The leaflet's ARMS risk factors, offered as prompts under "added measures for specific risks".
  armsPrompts: () => bullet(ARMS_RISK_FACTORS.map((f) => `${f}: `)),
  conditionsOrRequirements: (record) => {
    const additional = record.licenceConditions.filter((c) => c.kind === 'additional').map((c) => c.text);
    if (additional.length) return bullet(additional);
    return bullet(record.disposal?.requirements?.value ?? []);
  },
  // Whole sentences: the contact the page records, then the MAPPA level it is managed at.
  contactLevel: (record) =>
    [
      record.contactFrequency && sentence(record.contactFrequency.value),
      record.mappaLevel && `Managed at MAPPA level ${record.mappaLevel.value}.`,
    ]
      .filter(Boolean)
      .join(' '),
  victimIssues: (record) => {
    const kinds = [...new Set(record.offences.flatMap((o) => (o.kind ? [KIND_NAMES[o.kind]] : [])))];
    const themes = record.licenceConditions.filter((c) => c.themes.some((t) => /child|victim|exclusion/.test(t))).map((c) => c.text);
    return [kinds.length ? `Offending: ${kinds.join('; ')}.` : '', themes.length ? `Conditions protecting victims:\n${bullet(themes)}` : ''].filter(Boolean).join('\n');
  },
};

/** A fragment as a sentence: capitalised, with a full stop. */
function sentence(text: string): string {
  const t = text.trim();
  return t ? `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}` : '';
}
