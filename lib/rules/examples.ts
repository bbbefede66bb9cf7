import { extractCase } from '../facts/extract';
import type { CaseRecord } from '../facts/case-record';
import type { Field } from '../reader/types';

/**
 * A case written compactly, as the rules' examples and tests write them. It is turned into
 * the fields a case page would show and read by the real extractor, so examples exercise the
 * same path as a page does.
 */
export interface CompactCase {
  dob?: string;
  sex?: string;
  offences?: Array<{ text: string; date?: string; outcome?: string; convicted?: string }>;
  sentence?: { type?: string; length?: string; date?: string; release?: string; requirements?: string[] };
  conditions?: string[];
  rosh?: string;
  lastOasys?: string;
  events?: Array<{ title: string; date?: string; description?: string }>;
  notes?: string;
  orders?: string[];
}

export function fieldsFor(c: CompactCase): Field[] {
  const fields: Field[] = [];
  const add = (label: string, value: string, extra: Partial<Field> = {}) =>
    fields.push({ label, value, kind: 'summary', locator: { frameId: 0, readId: 'example', index: fields.length }, ...extra });
  if (c.dob !== undefined) add('Date of birth', c.dob);
  if (c.sex !== undefined) add('Sex', c.sex);
  c.offences?.forEach((o, i) => {
    const group = `offence-${i}`;
    add('Offence', o.text, { group, section: `Offence ${i + 1}` });
    if (o.date !== undefined) add('Offence date', o.date, { group, section: `Offence ${i + 1}` });
    if (o.outcome !== undefined) add('Outcome', o.outcome, { group, section: `Offence ${i + 1}` });
    if (o.convicted !== undefined) add('Conviction date', o.convicted, { group, section: `Offence ${i + 1}` });
  });
  const s = c.sentence;
  if (s?.type !== undefined) add('Sentence type', s.type);
  if (s?.length !== undefined) add('Length', s.length);
  if (s?.date !== undefined) add('Sentence date', s.date);
  if (s?.release !== undefined) add('Release date', s.release);
  if (s?.requirements) add('Requirements', s.requirements.join('; '), { items: s.requirements });
  if (c.conditions) add('Additional conditions', c.conditions.join('; '), { items: c.conditions });
  if (c.rosh !== undefined) add('RoSH', c.rosh);
  if (c.lastOasys !== undefined) add('Last completed OASys', c.lastOasys);
  for (const e of c.events ?? []) add(e.title, e.description ?? '', { kind: 'event', date: e.date });
  if (c.notes !== undefined) add('Case notes', c.notes, { kind: 'text' });
  if (c.orders) add('Orders', c.orders.join('; '), { items: c.orders });
  return fields;
}

export function caseFrom(c: CompactCase): CaseRecord {
  return extractCase(fieldsFor(c));
}
