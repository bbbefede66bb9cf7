import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isSiteEnabled, managedSites, type ManagedSite } from '@/lib/settings/sites';

/** Whether the extension may keep reading a site, and the organisation's configuration for it. */
export function useSiteAccess(site: string | undefined): { enabled: boolean | undefined; managed: ManagedSite | undefined } {
  const [enabled, setEnabled] = useState<boolean>();
  const [managed, setManaged] = useState<ManagedSite>();
  useEffect(() => {
    if (!site) return;
    let live = true;
    const check = () => void isSiteEnabled(site).then((ok) => live && setEnabled(ok));
    check();
    void managedSites().then((sites) => live && setManaged(sites.find((s) => s.origin === site)));
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [site]);
  return { enabled, managed };
}
