import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { deleteMappings, sitesWithMappings } from '@/lib/settings';
import { enabledSites, managedSites, removeSite, requestSite, type EnabledSite, type ManagedSite } from '@/lib/sites';

/** Settings: the sites the extension may read, the organisation's sites, and saved field mappings. */
export function Settings() {
  const [sites, setSites] = useState<EnabledSite[]>([]);
  const [managed, setManaged] = useState<ManagedSite[]>([]);
  const [mapped, setMapped] = useState<Array<{ site: string; count: number }>>([]);
  const [message, setMessage] = useState('');

  const refresh = useCallback(() => {
    void enabledSites().then(setSites);
    void managedSites().then(setManaged);
    void sitesWithMappings().then(setMapped);
  }, []);
  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    browser.storage.onChanged.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
      browser.storage.onChanged.removeListener(refresh);
    };
  }, [refresh]);

  const remove = (origin: string) =>
    void removeSite(origin).then((removed) => setMessage(removed ? `Removed ${origin}.` : `${origin} could not be removed.`));
  const enable = (origin: string) =>
    void requestSite(origin)
      .then((granted) => setMessage(granted ? `Enabled ${origin}.` : `${origin} was not enabled.`))
      .catch(() => setMessage('The browser did not allow this.'));

  const enabledOrigins = new Set(sites.map((s) => s.origin));
  return (
    <main className="app-page govuk-width-container" data-settings>
      <h1 className="govuk-heading-l">Case guidance settings</h1>
      <p className="govuk-body" role="status" data-settings-message>
        {message}
      </p>

      <h2 className="govuk-heading-m">Sites case guidance can read</h2>
      {sites.length === 0 ? (
        <p className="govuk-body">None yet. Open guidance on your case system&apos;s page and choose &quot;Enable for this site&quot;.</p>
      ) : (
        <ul className="govuk-list" data-enabled-sites>
          {sites.map((s) => (
            <li key={s.origin} data-site={s.origin}>
              {s.origin}{' '}
              {s.builtIn ? (
                <span className="app-empty">(part of this build)</span>
              ) : (
                <button type="button" className="app-link-button app-link-button--normal" onClick={() => remove(s.origin)} aria-label={`Remove ${s.origin}`}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      {managed.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Set up by your organisation</h2>
          <ul className="govuk-list" data-managed-sites>
            {managed.map((m) => (
              <li key={m.origin}>
                {m.name ? `${m.name} (${m.origin})` : m.origin}: {m.mappings.length} field mapping{m.mappings.length === 1 ? '' : 's'}.{' '}
                {enabledOrigins.has(m.origin) ? (
                  'Enabled.'
                ) : (
                  <button type="button" className="app-link-button app-link-button--normal" onClick={() => enable(m.origin)}>
                    Enable
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className="govuk-heading-m">Field mappings you have saved</h2>
      {mapped.length === 0 ? (
        <p className="govuk-body">None. Name a field from the side panel when the panel does not recognise it.</p>
      ) : (
        <ul className="govuk-list" data-mapped-sites>
          {mapped.map((m) => (
            <li key={m.site}>
              {m.site}: {m.count} mapping{m.count === 1 ? '' : 's'}{' '}
              <button type="button" className="app-link-button app-link-button--normal" onClick={() => void deleteMappings(m.site)} aria-label={`Delete the mappings for ${m.site}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m">Privacy</h2>
      <p className="govuk-body">
        Case guidance reads case pages in your browser and nowhere else. It sends nothing over the network and keeps no case data:
        what it reads lives in memory while the panel is open. It stores only these settings: the sites you enabled and the
        field mappings (a label and which fact it is).
      </p>
    </main>
  );
}
