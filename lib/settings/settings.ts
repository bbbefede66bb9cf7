import { z } from 'zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { FieldMapping } from '../facts/mappings';
import { Role } from '../rules/safeguarding-steps';

/**
 * Persistent storage holds settings only, never case data. Settings are validated on read:
 * a bad or old value falls back to the default rather than breaking the panel.
 */
const MappingList = z.array(FieldMapping).max(1000);

const mappingsKey = (site: string) => `mappings:${site}`;

export function siteOf(url: string): string | undefined {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** Stored mappings, or none with the reason when what is stored is not valid (old or damaged). */
export function readMappingList(value: unknown): { mappings: FieldMapping[]; error?: string } {
  if (value === undefined) return { mappings: [] };
  const parsed = MappingList.safeParse(value);
  if (parsed.success) return { mappings: parsed.data };
  const issue = parsed.error.issues[0];
  return { mappings: [], error: `stored field mappings ignored: ${issue?.path.join('.') || 'value'}: ${issue?.message}` };
}

export function parseMappingList(value: unknown): FieldMapping[] {
  const { mappings, error } = readMappingList(value);
  if (error) console.warn(`Case guidance: ${error}`);
  return mappings;
}

export async function loadMappings(site: string): Promise<FieldMapping[]> {
  const stored = await browser.storage.local.get(mappingsKey(site));
  return parseMappingList(stored[mappingsKey(site)]);
}

export async function saveMappings(site: string, mappings: FieldMapping[]): Promise<void> {
  await browser.storage.local.set({ [mappingsKey(site)]: MappingList.parse(mappings) });
}

/** Calls back when the mappings of a site change (in this panel or another). */
export function onMappingsChanged(site: string, callback: (mappings: FieldMapping[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && mappingsKey(site) in changes) callback(parseMappingList(changes[mappingsKey(site)]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Every site's saved field mappings (settings only: labels and facts). */
export async function allSavedMappings(): Promise<Array<{ site: string; mappings: FieldMapping[] }>> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith('mappings:'))
    .map(([key, value]) => ({ site: key.slice('mappings:'.length), mappings: parseMappingList(value) }))
    .filter((s) => s.mappings.length > 0);
}

export async function deleteMappings(site: string): Promise<void> {
  await browser.storage.local.remove(mappingsKey(site));
}

/**
 * "I work as": which safeguarding steps the panel shows. A setting about the user, never about
 * a case. Typed and versioned through WXT's storage, so a later change of shape migrates.
 */
export const roleSetting = storage.defineItem<Role>('local:role', {
  fallback: 'probation',
  version: 1,
});

/** The stored role, or the default when what is stored is not a role (old or damaged). */
export async function loadRole(): Promise<Role> {
  const parsed = Role.safeParse(await roleSetting.getValue());
  return parsed.success ? parsed.data : 'probation';
}
