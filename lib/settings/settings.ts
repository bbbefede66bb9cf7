import { storage } from 'wxt/utils/storage';
import { Role } from '../rules/safeguarding-steps';
import { readMappingList } from './mapping-storage';

/**
 * Persistent storage holds settings only, never case data, each through a WXT storage item
 * (typed, versioned, watched): the role here, a site's field mappings in mapping-storage.ts.
 * What is read is validated: a bad or old value is not used, is reported, and is kept as it is
 * until the user replaces or deletes it.
 */
export {
  allSavedMappings,
  deleteMappings,
  dismissWithheld,
  loadMappings,
  MappingSaveError,
  readMappingList,
  readSiteMappings,
  saveMappings,
  sitesWithMappings,
  updateMappings,
  watchSiteMappings,
  watchSitesWithMappings,
  type StoredMappings,
} from './mapping-storage';

export function siteOf(url: string): string | undefined {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** Stored mappings, or none (with a warning) when what is stored is not valid. */
export function parseMappingList(value: unknown) {
  const { mappings, error } = readMappingList(value);
  if (error) console.warn(`Case guidance: ${error}`);
  return mappings;
}

export const DEFAULT_ROLE: Role = 'probation';

/**
 * "I work as": which safeguarding steps the panel shows. A setting about the user, never about
 * a case. Version 1 is the only shape so far (a role name), so there is nothing to migrate yet;
 * a change of shape adds a version and its migration here. No fallback: an absent value and a
 * damaged one must be told apart (see readRole).
 */
export const roleSetting = storage.defineItem<unknown>('local:role', { version: 1 });

/** The stored role; the default when none is stored, or when what is stored is not a role (then with the problem, the raw value kept). */
export function readRole(raw: unknown): { role: Role; problem?: string } {
  if (raw === null || raw === undefined) return { role: DEFAULT_ROLE };
  const parsed = Role.safeParse(raw);
  if (parsed.success) return { role: parsed.data };
  return { role: DEFAULT_ROLE, problem: `the stored role ${(JSON.stringify(raw) ?? String(raw)).slice(0, 40)} is not one this version knows` };
}

export async function loadRole(): Promise<Role> {
  return readRole(await roleSetting.getValue()).role;
}

export async function saveRole(role: Role): Promise<void> {
  await roleSetting.setValue(Role.parse(role));
}
