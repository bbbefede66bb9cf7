import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enabledSites, managedSites, parseManagedSites, removeSite, requestSite, sitePattern } from '@/lib/settings/sites';

describe('sites', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for and removes one origin at a time', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
    expect(await requestSite('https://case.example.gov.uk')).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://case.example.gov.uk/*'] });
    await removeSite('https://case.example.gov.uk');
    expect(remove).toHaveBeenCalledWith({ origins: ['https://case.example.gov.uk/*'] });
    expect(sitePattern('http://127.0.0.1')).toBe('http://127.0.0.1/*');
  });

  it('lists granted sites, marking those the build itself grants', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['http://127.0.0.1/*', 'https://case.example.gov.uk/*', '<all_urls>'] } as never);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ host_permissions: ['http://127.0.0.1/*'] } as never);
    expect(await enabledSites()).toEqual([
      { origin: 'http://127.0.0.1', builtIn: true },
      { origin: 'https://case.example.gov.uk', builtIn: false },
    ]);
  });

  it('reads an organisation configuration, dropping invalid entries, and copes with no policy', async () => {
    expect(
      parseManagedSites([
        { origin: 'https://ndelius.example.gov.uk', name: 'nDelius', mappings: [{ label: 'Rel Dt', fact: 'releaseDate' }] },
        { origin: 'javascript:alert(1)' },
        { origin: 'https://x.example', mappings: [{ label: 'A', fact: 'shoeSize' }] },
        'nonsense',
      ]),
    ).toEqual([{ origin: 'https://ndelius.example.gov.uk', name: 'nDelius', mappings: [{ label: 'Rel Dt', fact: 'releaseDate' }] }]);
    expect(parseManagedSites(undefined)).toEqual([]);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await managedSites()).toEqual([]);
  });
});
