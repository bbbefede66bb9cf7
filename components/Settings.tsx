import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { exportMappings, sameMapping, type FieldMapping } from '@/lib/facts/mappings';
import { FACT_NAMES } from '@/lib/facts/vocabulary';
import { ROLE_NAMES, Role } from '@/lib/rules/safeguarding-steps';
import { allSavedMappings, deleteMappings, dismissWithheld, saveRole, updateMappings, watchSiteMappings, watchSitesWithMappings, type StoredMappings } from '@/lib/settings/settings';
import { MappingImport } from './MappingImport';
import { useStoredRole } from './useRole';
import { enabledSites, managedSites, removeSite, requestSite, type EnabledSite, type ManagedSite } from '@/lib/settings/sites';

type SiteMappings = { site: string } & StoredMappings;
const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Settings: who the user is (for safeguarding steps), the sites it may read, the organisation's sites, and saved field mappings. */
export function Settings() {
  const [sites, setSites] = useState<EnabledSite[]>([]);
  const [managed, setManaged] = useState<ManagedSite[]>([]);
  const [mapped, setMapped] = useState<SiteMappings[]>([]);
  const stored = useStoredRole();
  const [chosen, setChosen] = useState<Role>();
  // The choice just made shows at once; whatever storage says next (this save or another page's) wins.
  useEffect(() => setChosen(undefined), [stored.role, stored.problem]);
  const role = chosen ?? stored.role;
  const [message, setMessage] = useState('');

  const refreshSites = useCallback(() => {
    void enabledSites().then(setSites);
    void managedSites().then(setManaged);
  }, []);
  const refreshMapped = useCallback(() => void allSavedMappings().then(setMapped), []);
  useEffect(() => {
    refreshSites();
    refreshMapped();
    browser.permissions.onAdded.addListener(refreshSites);
    browser.permissions.onRemoved.addListener(refreshSites);
    // Each listed site's item is watched (below); this hears a site's list appear or go.
    const stopSites = watchSitesWithMappings(refreshMapped);
    return () => {
      browser.permissions.onAdded.removeListener(refreshSites);
      browser.permissions.onRemoved.removeListener(refreshSites);
      stopSites();
    };
  }, [refreshSites, refreshMapped]);

  // One watch per listed site, on that site's item only.
  const listed = mapped.map((m) => m.site).join(' ');
  useEffect(() => {
    if (!listed) return;
    const stops = listed.split(' ').map((site) =>
      watchSiteMappings(site, (next) =>
        setMapped((all) => all.flatMap((m) => (m.site !== site ? [m] : next.mappings.length > 0 || next.problem || next.withheld ? [{ site, ...next }] : []))),
      ),
    );
    return () => stops.forEach((stop) => stop());
  }, [listed]);

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

      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" data-role-setting>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">I work as</legend>
          <div className="govuk-hint">The safeguarding steps the panel shows depend on who acts on them.</div>
          {stored.problem && !chosen && (
            <p className="govuk-body-s" data-role-problem>
              Your saved choice cannot be read ({stored.problem}), so the panel uses {ROLE_NAMES[stored.role].toLowerCase()} until you
              choose again. It is kept as it is until then.
            </p>
          )}
          <div className="govuk-radios govuk-radios--small">
            {Role.options.map((r) => (
              <div className="govuk-radios__item" key={r}>
                <input
                  className="govuk-radios__input"
                  id={`role-${r}`}
                  type="radio"
                  name="role"
                  checked={role === r}
                  onChange={() => {
                    setChosen(r);
                    void saveRole(r).then(
                      () => setMessage(`Saved: you work as ${ROLE_NAMES[r].toLowerCase()}.`),
                      (error: unknown) => {
                        setChosen(undefined);
                        setMessage(`Not saved: ${why(error)}.`);
                      },
                    );
                  }}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`role-${r}`}>
                  {ROLE_NAMES[r]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>

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
              <li key={m.origin} data-managed-site={m.origin}>
                {m.name ? `${m.name} (${m.origin})` : m.origin}:{' '}
                {enabledOrigins.has(m.origin) ? (
                  'enabled.'
                ) : (
                  <button type="button" className="app-link-button app-link-button--normal" onClick={() => enable(m.origin)}>
                    Enable
                  </button>
                )}
                {m.mappings.length > 0 && <MappingList mappings={m.mappings} />}
                <span className="govuk-body-s app-empty"> Managed by your organisation: shown here, changed only by them.</span>
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
            <li key={m.site} data-mapped-site={m.site}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{m.site}</h3>
              {m.problem && (
                <div className="govuk-warning-text govuk-!-margin-bottom-1" data-mappings-problem>
                  <span className="govuk-warning-text__icon" aria-hidden="true">
                    !
                  </span>
                  <strong className="govuk-warning-text__text">
                    What is stored for this site cannot be read, so it is not used ({m.problem.message}). It is kept as it is, and
                    nothing new is saved for this site until you delete it.
                  </strong>
                </div>
              )}
              {m.problem && (
                <a
                  className="govuk-link govuk-body-s govuk-!-margin-right-3"
                  href={`data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(m.problem.raw, null, 2) ?? '')}`}
                  download="case-guidance-stored-mappings.json"
                >
                  Download what is stored for {m.site}
                </a>
              )}
              {m.withheld !== undefined && (
                <p className="govuk-body-s" data-mappings-withheld>
                  {m.withheld} mapping{m.withheld === 1 ? ' was' : 's were'} removed: saved by an earlier version,{' '}
                  {m.withheld === 1 ? 'its label reads' : 'their labels read'} like case data (names, numbers or dates), which settings
                  never keep.{' '}
                  <button
                    type="button"
                    className="app-link-button app-link-button--normal"
                    onClick={() => void dismissWithheld(m.site).catch((error: unknown) => setMessage(`Not changed: ${why(error)}.`))}
                    aria-label={`Dismiss the notice for ${m.site}`}
                  >
                    Dismiss
                  </button>
                </p>
              )}
              {m.mappings.length > 0 && (
                <>
                  <MappingList
                    mappings={m.mappings}
                    onDelete={(gone) =>
                      void updateMappings(m.site, (current) => ({ mappings: current.filter((x) => !sameMapping(x, gone)), result: undefined })).then(
                        () => setMessage(`Deleted "${gone.label}" for ${m.site}.`),
                        (error: unknown) => setMessage(`Not deleted: ${why(error)}.`),
                      )
                    }
                  />
                  <a className="govuk-link govuk-body-s govuk-!-margin-right-3" href={`data:application/json;charset=utf-8,${encodeURIComponent(exportMappings(m.site, m.mappings))}`} download="case-guidance-mappings.json">
                    Export the mappings for {m.site}
                  </a>
                </>
              )}
              <button
                type="button"
                className="app-link-button app-link-button--normal govuk-body-s"
                onClick={() =>
                  void deleteMappings(m.site).then(
                    () => setMessage(`Deleted the mappings for ${m.site}.`),
                    (error: unknown) => setMessage(`Not deleted: ${why(error)}.`),
                  )
                }
                aria-label={`Delete the mappings for ${m.site}`}
              >
                {m.problem ? 'Delete what is stored for this site' : 'Delete all for this site'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <MappingImport onSaved={refreshMapped} />

      <h2 className="govuk-heading-m">Privacy</h2>
      <p className="govuk-body">
        Case guidance reads case pages in your browser and nowhere else. It sends nothing over the network and keeps no case data:
        what it reads lives in memory while the panel is open. It stores only these settings: your role, the sites you enabled
        and the field mappings (a label and which fact it is).
      </p>
    </main>
  );
}

/** Mappings as "label → fact", each with a delete control when the user may change them. */
function MappingList({ mappings, onDelete }: { mappings: FieldMapping[]; onDelete?: (m: FieldMapping) => void }) {
  return (
    <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-1" data-mapping-list>
      {mappings.map((m) => (
        <li key={`${m.label}|${m.section ?? ''}`} data-mapping={m.label}>
          &quot;{m.label}&quot;{m.section && ` under "${m.section}"`} → {FACT_NAMES[m.fact]}
          {onDelete && (
            <>
              {' '}
              <button type="button" className="app-link-button app-link-button--normal" onClick={() => onDelete(m)} aria-label={`Delete the mapping for ${m.label}`}>
                Delete
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
