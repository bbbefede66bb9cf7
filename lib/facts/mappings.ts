import { z } from 'zod';
import type { Field } from '../reader/types';
import { FactId, normaliseLabel } from './vocabulary';

/**
 * A user's (or an organisation's) statement that a field of a site is a given fact, for fields
 * the vocabulary cannot name. Keyed by the field's label and section, which survive reloads;
 * never by its value: mappings are settings and hold no case data.
 */
export const FieldMapping = z.object({
  label: z.string().min(1).max(200),
  section: z.string().max(200).optional(),
  fact: FactId,
});
export type FieldMapping = z.infer<typeof FieldMapping>;

/** The export/import format: the mappings of one site, shareable across an organisation. */
export const SiteMappings = z.object({
  format: z.literal('case-guidance-mappings'),
  version: z.literal(1),
  /** The origin the mappings are for, e.g. https://ndelius.example.gov.uk */
  site: z.string().regex(/^https?:\/\/[^/\s]+$/, 'a site is an origin such as https://example.org'),
  mappings: z.array(FieldMapping).max(1000),
});
export type SiteMappings = z.infer<typeof SiteMappings>;

export function mappingFor(field: Pick<Field, 'label' | 'section'>, mappings: FieldMapping[]): FactId | undefined {
  return mappingIndex(mappings)(field);
}

/**
 * The lookup `mappingFor` makes, with the mappings indexed once by normalised label: a page of
 * ten thousand fields against an organisation's thousand mappings is then one lookup a field,
 * not ten million comparisons. The first mapping (in the list's order) that fits wins, as before.
 */
export function mappingIndex(mappings: FieldMapping[]): (field: Pick<Field, 'label' | 'section'>) => FactId | undefined {
  if (mappings.length === 0) return () => undefined;
  const byLabel = new Map<string, Array<{ section?: string; fact: FactId }>>();
  for (const m of mappings) {
    const key = normaliseLabel(m.label);
    const list = byLabel.get(key) ?? [];
    list.push(m.section === undefined ? { fact: m.fact } : { section: normaliseLabel(m.section), fact: m.fact });
    byLabel.set(key, list);
  }
  return (field) => {
    const list = byLabel.get(normaliseLabel(field.label));
    if (!list) return undefined;
    const section = normaliseLabel(field.section ?? '');
    return list.find((m) => m.section === undefined || m.section === section)?.fact;
  };
}

/** Adds or replaces the mapping for a field (one fact per label and section). */
export function withMapping(mappings: FieldMapping[], mapping: FieldMapping): FieldMapping[] {
  const same = (m: FieldMapping) => normaliseLabel(m.label) === normaliseLabel(mapping.label) && (m.section ?? '') === (mapping.section ?? '');
  return [...mappings.filter((m) => !same(m)), mapping];
}

/** The same mapping: what a removal asks to remove, found again in the list stored now. */
export function sameMapping(a: FieldMapping, b: FieldMapping): boolean {
  return a.label === b.label && (a.section ?? '') === (b.section ?? '') && a.fact === b.fact;
}

export function exportMappings(site: string, mappings: FieldMapping[]): string {
  return JSON.stringify({ format: 'case-guidance-mappings', version: 1, site, mappings } satisfies SiteMappings, null, 2);
}

/** Reads an exported file; a clear error, never a partial import, when it is not one. */
export function importMappings(text: string): { ok: true; value: SiteMappings } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not JSON.' };
  }
  const parsed = SiteMappings.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `The file is not a field-mapping export: ${issue?.path.join('.') || 'file'}: ${issue?.message}.` };
  }
  return { ok: true, value: parsed.data };
}
