import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FieldMapping } from '@/lib/facts/mappings';
import {
  allSavedMappings,
  deleteMappings,
  dismissWithheld,
  MAPPINGS_VERSION,
  MappingSaveError,
  migrateV1toV2,
  readSiteMappings,
  saveMappings,
  sitesWithMappings,
  updateMappings,
  watchSiteMappings,
  watchSitesWithMappings,
  type StoredMappings,
} from '@/lib/settings/mapping-storage';
import { readRole, roleSetting, saveRole } from '@/lib/settings/settings';

const SITE = 'https://case.example.gov.uk';
const KEY = `mappings:${SITE}`;
const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const REL: FieldMapping = { label: 'Rel Dt', fact: 'releaseDate' };
/** What version 1 could store before labels were checked: a timeline title with a name and a CRN. */
const CASE_DATA: FieldMapping = { label: 'Home visit: new partner Philippa Quarrington (Q918273)', fact: 'caseNotes' };

describe('field mappings in storage (WXT items, version 2)', () => {
  let migrationErrors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    // WXT logs a migration that throws; the tests below assert on it where one is expected.
    migrationErrors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('a change is made to what is stored now: another page\'s save a moment before is kept, a refusal stores nothing', async () => {
    // The list a page shows (empty) lags storage: another page has just saved one mapping.
    await saveMappings(SITE, [REL]);
    const tier: FieldMapping = { label: 'Tier', fact: 'mappaLevel' };
    const added = await updateMappings(SITE, (current) => ({ mappings: [...current, tier], result: current.length }));
    expect(added).toBe(1);
    expect((await readSiteMappings(SITE)).mappings).toEqual([REL, tier]);
    // A change that refuses (an import over the limit, say) leaves storage as it was.
    await expect(
      updateMappings(SITE, () => {
        throw new MappingSaveError('too many');
      }),
    ).rejects.toThrow('too many');
    expect((await readSiteMappings(SITE)).mappings).toEqual([REL, tier]);
    // Every check of a save still holds.
    await expect(updateMappings(SITE, (current) => ({ mappings: [...current, CASE_DATA], result: undefined }))).rejects.toThrow(/cannot be kept as a setting/);
    expect((await readSiteMappings(SITE)).mappings).toEqual([REL, tier]);
  });

  it('two changes at once are made one after the other: two quick removals both hold', async () => {
    const tier: FieldMapping = { label: 'Tier', fact: 'mappaLevel' };
    await saveMappings(SITE, [REL, tier]);
    const without = (label: string) => (current: FieldMapping[]) => ({ mappings: current.filter((m) => m.label !== label), result: undefined });
    await Promise.all([updateMappings(SITE, without('Rel Dt')), updateMappings(SITE, without('Tier'))]);
    expect((await readSiteMappings(SITE)).mappings).toEqual([]);
    // A change that fails does not stop the next one.
    await Promise.allSettled([
      updateMappings(SITE, () => {
        throw new MappingSaveError('no');
      }),
      updateMappings(SITE, (current) => ({ mappings: [...current, tier], result: undefined })),
    ]);
    expect((await readSiteMappings(SITE)).mappings).toEqual([tier]);
  });

  it('old data present: a version 1 list (no version entry) is read, and marked version 2 in place', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: [REL, { label: 'Tier', section: 'Risk', fact: 'mappaLevel' }] });
    expect(await readSiteMappings(SITE)).toEqual({ mappings: [REL, { label: 'Tier', section: 'Risk', fact: 'mappaLevel' }] });
    expect(await local()).toEqual({ [KEY]: [REL, { label: 'Tier', section: 'Risk', fact: 'mappaLevel' }], [`${KEY}$`]: { v: MAPPINGS_VERSION } });
    expect(migrationErrors).not.toHaveBeenCalled();
  });

  it('old data holding case data: those mappings are removed on migration, counted without their text, and the count can be dismissed', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: [REL, CASE_DATA, { label: 'Officer', section: 'Philippa Quarrington (Q918273)', fact: 'contactFrequency' }] });
    expect(await readSiteMappings(SITE)).toEqual({ mappings: [REL], withheld: 2 });
    const stored = JSON.stringify(await local());
    for (const caseData of ['Philippa', 'Quarrington', 'Q918273', 'Home visit']) expect(stored, caseData).not.toContain(caseData);
    expect(await local()).toEqual({ [KEY]: [REL], [`${KEY}$`]: { v: MAPPINGS_VERSION, withheld: 2 } });
    await dismissWithheld(SITE);
    expect(await readSiteMappings(SITE)).toEqual({ mappings: [REL] });
  });

  it('old data absent: nothing is read and nothing is written', async () => {
    expect(await readSiteMappings(SITE)).toEqual({ mappings: [] });
    expect(await local()).toEqual({});
  });

  it.each([
    ['not a list', 'garbage', /value: Invalid input: expected array/],
    ['a list with a broken entry', [REL, { label: 5, fact: 'releaseDate' }], /1\.label/],
    ['an unknown fact', [{ label: 'Rel Dt', fact: 'shoeSize' }], /0\.fact/],
    ['an object', { version: 0 }, /expected array/],
  ])('old data malformed (%s): not used, reported with the raw value, kept as it is, and never replaced by a save', async (_, raw, issue) => {
    await fakeBrowser.storage.local.set({ [KEY]: raw });
    const read = await readSiteMappings(SITE);
    expect(read.mappings).toEqual([]);
    expect(read.problem?.message).toMatch(issue);
    expect(read.problem?.raw).toEqual(raw);
    // The migration refused it: value and version are as they were.
    expect(await local()).toEqual({ [KEY]: raw });
    expect(String(migrationErrors.mock.calls[0]?.[0])).toContain(`Migration failed for local:${KEY}`);

    await expect(saveMappings(SITE, [REL])).rejects.toThrow(MappingSaveError);
    await expect(saveMappings(SITE, [REL])).rejects.toThrow(/already stored for https:\/\/case\.example\.gov\.uk cannot be read, so they were not replaced/);
    expect(await local()).toEqual({ [KEY]: raw });

    // Only the user's delete removes it; then a save stores a version 2 list.
    await deleteMappings(SITE);
    expect(await local()).toEqual({});
    await saveMappings(SITE, [REL]);
    expect(await local()).toEqual({ [KEY]: [REL], [`${KEY}$`]: { v: MAPPINGS_VERSION } });
    expect(await readSiteMappings(SITE)).toEqual({ mappings: [REL] });
  });

  it('the migration keeps a version 2 list as it is (a reader can see a value before its version entry)', () => {
    expect(migrateV1toV2([REL])).toEqual({ mappings: [REL], withheld: 0 });
    expect(() => migrateV1toV2(null)).toThrow(/not a list of field mappings/);
  });

  it('a save passes the case-data check whatever the caller checked, and a refused save stores nothing', async () => {
    await expect(saveMappings(SITE, [REL, CASE_DATA])).rejects.toThrow(/^"Home visit: new partner Philippa Quarrin" cannot be kept as a setting because it holds a number, date or identifier; settings never hold/);
    await expect(saveMappings(SITE, [{ label: 'Officer', section: 'Philippa Quarrington 02/02/1980', fact: 'contactFrequency' }])).rejects.toThrow(
      /the section of "Officer" cannot be kept because it holds a number, date or identifier/,
    );
    await expect(saveMappings(SITE, [{ label: '', fact: 'releaseDate' } as FieldMapping])).rejects.toThrow(/not valid \(0\.label/);
    expect(await local()).toEqual({});
  });

  it('a save the browser fails says so', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveMappings(SITE, [REL])).rejects.toThrow('the browser did not store them (QUOTA_BYTES quota exceeded)');
  });

  it('a watch hears its own site only', async () => {
    const heard: StoredMappings[] = [];
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    const stop = watchSiteMappings(SITE, (stored) => {
      heard.push(stored);
      if (stored.mappings.some((m) => m.label === 'Tier')) resolve();
    });
    await saveMappings('https://other.example', [REL]);
    await saveMappings(SITE, [{ label: 'Tier', fact: 'mappaLevel' }]);
    await done;
    stop();
    expect(heard.every((s) => s.mappings.every((m) => m.label === 'Tier'))).toBe(true);
  });

  it('hears a site\'s list appear or go, not a change to a list or to another key', async () => {
    await saveMappings('https://a.example', [REL]);
    const heard = vi.fn();
    const stop = watchSitesWithMappings(heard);
    await saveMappings('https://a.example', [REL, { label: 'Tier', fact: 'mappaLevel' }]);
    await saveRole('police');
    expect(heard).not.toHaveBeenCalled();
    await saveMappings('https://b.example', [REL]);
    expect(heard).toHaveBeenCalledTimes(1);
    await deleteMappings('https://a.example');
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    await saveMappings('https://c.example', [REL]);
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('lists every site with something stored, the unreadable ones too, not the version entries', async () => {
    await saveMappings('https://b.example', [REL]);
    await fakeBrowser.storage.local.set({ 'mappings:https://a.example': 'garbage', 'mappings:http://127.0.0.1:8080': [REL], role: 'police', 'mappings:not-a-site': [REL] });
    expect(await sitesWithMappings()).toEqual(['http://127.0.0.1:8080', 'https://a.example', 'https://b.example']);
    const all = await allSavedMappings();
    expect(all.map((s) => [s.site, s.mappings.length, s.problem !== undefined])).toEqual([
      ['http://127.0.0.1:8080', 1, false],
      ['https://a.example', 0, true],
      ['https://b.example', 1, false],
    ]);
    await deleteMappings('https://b.example');
    expect(await sitesWithMappings()).toEqual(['http://127.0.0.1:8080', 'https://a.example']);
    expect(Object.keys(await local())).not.toContain('mappings:https://b.example$');
  });
});

describe('the role in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('absent gives the default; a role is read; anything else gives the default with the problem and stays stored', async () => {
    expect(readRole(await roleSetting.getValue())).toEqual({ role: 'probation' });
    await saveRole('police');
    expect(readRole(await roleSetting.getValue())).toEqual({ role: 'police' });
    await fakeBrowser.storage.local.set({ role: 'astronaut' });
    expect(readRole(await roleSetting.getValue())).toEqual({ role: 'probation', problem: 'the stored role "astronaut" is not one this version knows' });
    expect(await local()).toEqual({ role: 'astronaut' });
    await fakeBrowser.storage.local.set({ role: { name: 'police' } });
    expect(readRole(await roleSetting.getValue()).problem).toBe('the stored role {"name":"police"} is not one this version knows');
  });
});
