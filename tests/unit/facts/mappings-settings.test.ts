import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportMappings, importMappings, mappingFor, withMapping } from '@/lib/facts/mappings';
import { loadMappings, parseMappingList, saveMappings, siteOf } from '@/lib/settings/settings';

describe('field mappings', () => {
  it('match a field by label (and section when given), ignoring case and punctuation', () => {
    const mappings = [{ label: 'Rel Dt', fact: 'releaseDate' as const }, { label: 'Date', section: 'Custody', fact: 'releaseDate' as const }];
    expect(mappingFor({ label: 'REL DT:', section: 'Anything' }, mappings)).toBe('releaseDate');
    expect(mappingFor({ label: 'Date', section: 'custody' }, mappings)).toBe('releaseDate');
    expect(mappingFor({ label: 'Date', section: 'Appointments' }, mappings)).toBeUndefined();
  });

  it('one fact per label and section: a new mapping replaces the old', () => {
    const once = withMapping([], { label: 'Rel Dt', fact: 'releaseDate' });
    expect(withMapping(once, { label: 'rel dt', fact: 'sentenceDate' })).toEqual([{ label: 'rel dt', fact: 'sentenceDate' }]);
  });

  it('round-trip through export and import', () => {
    const mappings = [{ label: 'Rel Dt', fact: 'releaseDate' as const }];
    const imported = importMappings(exportMappings('https://case.example.gov.uk', mappings));
    expect(imported).toEqual({ ok: true, value: { format: 'case-guidance-mappings', version: 1, site: 'https://case.example.gov.uk', mappings } });
  });

  it.each([
    ['not json', 'not JSON'],
    ['{}', 'not a field-mapping export'],
    [JSON.stringify({ format: 'case-guidance-mappings', version: 1, site: 'javascript:alert(1)', mappings: [] }), 'site'],
    [JSON.stringify({ format: 'case-guidance-mappings', version: 1, site: 'https://x.org', mappings: [{ label: 'A', fact: 'shoeSize' }] }), 'mappings.0.fact'],
  ])('an import of %s is refused with a clear error', (text, error) => {
    const result = importMappings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps mappings per site and falls back to none for bad stored values', async () => {
    await saveMappings('https://a.example', [{ label: 'Rel Dt', fact: 'releaseDate' }]);
    expect(await loadMappings('https://a.example')).toEqual([{ label: 'Rel Dt', fact: 'releaseDate' }]);
    expect(await loadMappings('https://b.example')).toEqual([]);
    await fakeBrowser.storage.local.set({ 'mappings:https://c.example': [{ label: 5 }] });
    expect(await loadMappings('https://c.example')).toEqual([]);
    expect(parseMappingList('garbage')).toEqual([]);
  });

  it('a site is an http(s) origin', () => {
    expect(siteOf('https://case.example.gov.uk/person/1?x=2')).toBe('https://case.example.gov.uk');
    expect(siteOf('chrome://version')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
  });
});
