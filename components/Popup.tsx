import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openPanel } from '@/lib/panel-opener';
import { Glossary } from './Glossary';
import { SettingsLink } from './SettingsLink';

/** The toolbar popup: open the panel, and the quick reference (glossary and the leaflet's key lists). */
export function Popup() {
  const [windowId, setWindowId] = useState<number>();
  const [error, setError] = useState('');

  // The window is looked up in advance: the click must open the panel without awaiting anything.
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  const open = (): void => {
    openPanel(undefined, windowId)
      .then(() => window.close())
      .catch((e: unknown) => setError(`The side panel could not be opened: ${e instanceof Error ? e.message : String(e)}`));
  };

  return (
    <main className="app-page" style={{ width: '22rem' }}>
      <h1 className="govuk-heading-m">Case guidance</h1>
      <button type="button" className="govuk-button govuk-!-margin-bottom-3" onClick={open}>
        Open side panel
      </button>
      {error && (
        <p className="govuk-body" role="alert">
          {error}
        </p>
      )}
      <Glossary />
      <SettingsLink />
    </main>
  );
}
