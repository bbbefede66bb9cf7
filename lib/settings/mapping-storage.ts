import { z } from 'zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { labelRefusal, MAX_MAPPINGS } from '../facts/mapping-policy';
import { FieldMapping } from '../facts/mappings';

/**
 * A site's field mappings in extension storage, through WXT storage items (typed, versioned,
 * migrated on first read, watched by key).
 *
 * One item per site, keyed `local:mappings:<origin>` (WXT splits the area at the first colon, so
 * the origin's own colons are kept in the key). Not one item holding every site: a save then
 * writes one site's list, not all of them; a panel's watch fires only for its own site; two
 * panels saving different sites cannot overwrite each other's lists; and a damaged list spoils
 * one site, not all. The key is the one version 1 used, so old data is found where it is.
 *
 * Versions (the `<key>$` entry WXT keeps holds `v`; old data has none and counts as 1):
 * - 1: an array of mappings, written before every saved label had to pass the case-data check
 *   (lib/facts/mapping-policy.ts); a timeline title such as "Home visit: new partner … (Q918273)"
 *   could be stored as a label.
 * - 2: the same array, every label and section passing that check.
 */
export const MAPPINGS_VERSION = 2;

const MappingList = z.array(FieldMapping).max(MAX_MAPPINGS);

const PREFIX = 'mappings:';
type MappingsKey = `local:mappings:${string}`;
const keyOf = (site: string): MappingsKey => `local:${PREFIX}${site}`;

/** Why a mapping may not be kept on disk (it reads like case data), or undefined. */
export function privacyRefusal(mapping: FieldMapping): string | undefined {
  const label = labelRefusal(mapping.label);
  if (label) return `"${mapping.label.slice(0, 40)}" cannot be kept as a setting because ${label}`;
  const section = mapping.section !== undefined ? labelRefusal(mapping.section) : undefined;
  return section ? `the section of "${mapping.label.slice(0, 40)}" cannot be kept because ${section}` : undefined;
}

const describeIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'value'}: ${issue?.message}`;
};

/**
 * Version 1 to 2: mappings whose label or section reads like case data are removed, since case
 * data may not stay on disk (README, Privacy); `withheld` counts them, without their text, so the
 * user can be told. A value that is not a version 1 list throws: WXT then leaves the stored value
 * and its version untouched (nothing is lost or silently rewritten) and reading reports it.
 */
export function migrateV1toV2(old: unknown): { mappings: FieldMapping[]; withheld: number } {
  const parsed = MappingList.safeParse(old);
  if (!parsed.success) throw new Error(`not a list of field mappings (${describeIssue(parsed.error)})`);
  const mappings = parsed.data.filter((m) => privacyRefusal(m) === undefined);
  return { mappings, withheld: parsed.data.length - mappings.length };
}

/** What is stored for a site, read and checked. */
export interface StoredMappings {
  mappings: FieldMapping[];
  /** Set when what is stored cannot be read: the mappings are then not used, and not replaced. */
  problem?: { message: string; raw: unknown };
  /** How many mappings saved by an earlier version were removed because they read like case data. */
  withheld?: number;
}

/** Stored mappings, or none with the reason when what is stored is not valid (old or damaged). */
export function readMappingList(value: unknown): { mappings: FieldMapping[]; error?: string } {
  if (value === undefined || value === null) return { mappings: [] };
  const parsed = MappingList.safeParse(value);
  if (parsed.success) {
    // A list written around the versioning (by hand, or by an older build after a newer one)
    // is not trusted to have passed the case-data check: the same refusal as a save.
    const refused = parsed.data.map(privacyRefusal).find((why) => why !== undefined);
    if (refused === undefined) return { mappings: parsed.data };
    return { mappings: [], error: `stored field mappings ignored: ${refused}` };
  }
  return { mappings: [], error: `stored field mappings ignored: ${describeIssue(parsed.error)}` };
}

function toStored(raw: unknown, withheld?: unknown): StoredMappings {
  const { mappings, error } = readMappingList(raw);
  const count = typeof withheld === 'number' && withheld > 0 ? withheld : undefined;
  // The UI words the problem itself; it needs what is wrong, not the log prefix.
  const problem = error ? { message: error.replace(/^stored field mappings ignored: /, ''), raw } : undefined;
  return { mappings, ...(problem ? { problem } : {}), ...(count ? { withheld: count } : {}) };
}

/**
 * The storage item for a site. Defined on each use rather than cached: defining one runs its
 * migration check against what is stored now (two small reads), so a value written meanwhile by
 * another page, or by an older build, is still migrated before it is read or replaced.
 */
export function mappingsItem(site: string) {
  let withheld = 0;
  let noted: Promise<void> = Promise.resolve();
  const item = storage.defineItem<unknown>(keyOf(site), {
    version: MAPPINGS_VERSION,
    migrations: {
      2: (old: unknown) => {
        const result = migrateV1toV2(old);
        withheld = result.withheld;
        return result.mappings;
      },
    },
    // The count (never the labels) goes in the item's metadata, next to its version. Not from
    // inside the migration: WXT writes the metadata it read before migrating over it.
    onMigrationComplete: () => {
      if (withheld > 0) noted = item.setMeta({ withheld });
    },
  });
  return Object.assign(item, {
    /** Resolves once the migration, and the note of what it removed, are written. */
    migrated: async (): Promise<void> => {
      await item.getMeta(); // waits for the migration, which sets `noted` before it finishes
      await noted.catch(() => undefined);
    },
  });
}

export async function readSiteMappings(site: string): Promise<StoredMappings> {
  const item = mappingsItem(site);
  await item.migrated();
  const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
  return toStored(raw, (meta as { withheld?: unknown }).withheld);
}

export async function loadMappings(site: string): Promise<FieldMapping[]> {
  return (await readSiteMappings(site)).mappings;
}

/** A clear reason a save was refused or failed; the UI shows it as "Not saved: …". */
export class MappingSaveError extends Error {}

/** Stored mappings that cannot be read are never replaced by a save: the user decides first. */
function unreadable(site: string, problem: string): MappingSaveError {
  return new MappingSaveError(`the mappings already stored for ${site} cannot be read, so they were not replaced (${problem}). Download or delete them in Settings first`);
}

/**
 * Saves a site's mappings. Every mapping passes the case-data check here too, whatever the
 * caller checked, so nothing reaches disk without it. A stored value that cannot be read is
 * never replaced: the user deletes it in settings first (after downloading it if they wish).
 */
export async function saveMappings(site: string, mappings: FieldMapping[]): Promise<void> {
  const parsed = MappingList.safeParse(mappings);
  if (!parsed.success) throw new MappingSaveError(`the mappings are not valid (${describeIssue(parsed.error)})`);
  const refused = parsed.data.map(privacyRefusal).find((why) => why !== undefined);
  if (refused) throw new MappingSaveError(`${refused}; settings never hold names, dates, numbers or notes from a case`);
  const item = mappingsItem(site);
  const current = toStored(await item.getValue());
  if (current.problem) throw unreadable(site, current.problem.message);
  try {
    await item.setValue(parsed.data);
    // A value whose migration failed keeps its old version; once replaced by a valid list it is
    // this version, or the next read would migrate it again.
    const meta = (await item.getMeta()) as { v?: unknown };
    if (meta.v !== MAPPINGS_VERSION) await item.setMeta({ v: MAPPINGS_VERSION });
  } catch (error) {
    throw new MappingSaveError(`the browser did not store them (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Changes a site's mappings from what is stored now, not from a list a page showed a moment ago:
 * the panel and the settings page each keep a copy that follows storage a little behind, and a
 * save made from a stale copy would silently drop what another page had just stored. `change`
 * gets the stored list and returns the new one (or throws to refuse); the result is saved with
 * every check of saveMappings, and returned. One change of a site at a time, across the
 * extension's pages (a lock named for the site): two quick removals, or a save during an import,
 * must not both start from the same list and lose one.
 */
export async function updateMappings<T>(site: string, change: (current: FieldMapping[]) => { mappings: FieldMapping[]; result: T }): Promise<T> {
  return oneAtATime(`case-guidance-mappings:${site}`, async () => {
    const current = await readSiteMappings(site);
    if (current.problem) throw unreadable(site, current.problem.message);
    const { mappings, result } = change(current.mappings);
    await saveMappings(site, mappings);
    return result;
  });
}

/** Work queued behind the last holder of a name, where the Web Locks API is missing (tests). */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` alone under `name`: the Web Locks API where there is one (the panel and the
 * settings page share the extension's origin, so its locks hold across them), otherwise a queue
 * in this page.
 */
function oneAtATime<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // request() resolves with what the callback's promise resolves with (typed as the promise itself).
  if (locks) return locks.request(name, work).then((result) => result);
  const run = (queues.get(name) ?? Promise.resolve()).then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(name, settled);
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return run;
}

/** Removes a site's mappings, damaged or not, with their version entry. Only on the user's request. */
export async function deleteMappings(site: string): Promise<void> {
  await mappingsItem(site).removeValue({ removeMeta: true });
}

/** Forgets that earlier mappings were removed, once the user has seen it. */
export async function dismissWithheld(site: string): Promise<void> {
  await mappingsItem(site).removeMeta(['withheld']);
}

/** Calls back when a site's stored mappings (or their notice) change, in this page or another. */
export function watchSiteMappings(site: string, callback: (stored: StoredMappings) => void): () => void {
  const item = mappingsItem(site);
  const update = () => void readSiteMappings(site).then(callback, () => undefined);
  const stopValue = item.watch(update);
  const stopMeta = item.watchMeta(update);
  return () => {
    stopValue();
    stopMeta();
  };
}

const siteOfKey = (key: string): string | undefined => key.match(/^mappings:(https?:\/\/[^/\s$]+)$/)?.[1];

/** The sites that have mappings stored (valid or not), from the item keys. */
export async function sitesWithMappings(): Promise<string[]> {
  const all = await storage.snapshot('local');
  return Object.keys(all)
    .map(siteOfKey)
    .filter((site): site is string => site !== undefined)
    .sort();
}

/**
 * Calls back when a site's mappings appear or go (not when a list changes: its item's watch says
 * that). WXT items are watched by their own key and a new site has no item yet, so this one
 * listener looks only at which keys of the item scheme were added or removed; values are still
 * read through the items.
 */
export function watchSitesWithMappings(callback: () => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    const appearedOrGone = Object.entries(changes).some(
      // Browsers leave out the missing side; WXT's fakeBrowser gives it as null.
      ([key, change]) => siteOfKey(key) !== undefined && (change.oldValue == null) !== (change.newValue == null),
    );
    if (appearedOrGone) callback();
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}

/** Every site's stored mappings, each read through its item (so migrated first) and checked. */
export async function allSavedMappings(): Promise<Array<{ site: string } & StoredMappings>> {
  const sites = await sitesWithMappings();
  const stored = await Promise.all(sites.map(async (site) => ({ site, ...(await readSiteMappings(site)) })));
  return stored.filter((s) => s.mappings.length > 0 || s.problem || s.withheld);
}
