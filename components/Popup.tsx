import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { panelShortcut } from '@/lib/background/commands';
import { openPanel } from '@/lib/background/panel-opener';
import { Glossary } from './Glossary';
import { SettingsLink } from './SettingsLink';

/** The toolbar popup: open the panel, and the quick reference (glossary and the leaflet's key lists). */
export function Popup() {
  const [windowId, setWindowId] = useState<number>();
  const [error, setError] = useState('');
  // The user's shortcut for the panel, as the browser reports it: null if they removed it.
  const [shortcut, setShortcut] = useState<string | null>();

  // The window is looked up in advance: the click must open the panel without awaiting anything.
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
    browser.commands
      .getAll()
      .then((commands) => setShortcut(panelShortcut(commands) ?? null))
      .catch(() => setShortcut(null));
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
      {shortcut !== undefined && (
        <p className="govuk-body-s" data-shortcut>
          Keyboard shortcut: {shortcut ? <kbd>{shortcut}</kbd> : 'not set (choose one in your browser’s extension shortcuts)'}
        </p>
      )}
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
