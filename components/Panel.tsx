import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { HighlightResult } from '@/lib/messages';
import type { FieldLocator } from '@/lib/reader/types';
import type { Target } from '@/lib/target-tab';
import { CaseView } from './CaseView';
import { Glossary } from './Glossary';
import { SettingsLink } from './SettingsLink';
import { usePendingLookup } from './usePendingLookup';
import { termsIn } from '@/lib/glossary/search';
import { usePageRead } from './usePageRead';
import { usePanelTarget } from './usePanelTarget';

/** The side panel: what the case page in the target tab says. */
export function Panel({ target, today }: { target: Target; today?: string }) {
  const { tabId, resolved } = usePanelTarget(target);
  const { state, reread } = usePageRead(tabId);
  const [notice, setNotice] = useState('');
  const lookup = usePendingLookup();
  const lookupQuery = useMemo(() => (lookup ? { text: lookup.term, at: lookup.at } : undefined), [lookup]);
  const pageTerms = useMemo(
    () => (state.status === 'ready' ? termsIn(state.read.fields.flatMap((f) => [f.label, f.value])) : []),
    [state],
  );

  const show = async (locator: FieldLocator, label: string): Promise<void> => {
    if (tabId === undefined) return;
    const { frameId, readId, index } = locator;
    try {
      const reply = HighlightResult.parse(await browser.tabs.sendMessage(tabId, { type: 'highlight', readId, index }, { frameId }));
      if (reply.outcome === 'shown') setNotice(`${label} is highlighted on the page.`);
      else {
        setNotice(`${label} has changed on the page; it has been read again.`);
        reread();
      }
    } catch {
      setNotice(`${label} could not be shown: the page has changed. It has been read again.`);
      reread();
    }
  };

  const noTab = resolved && tabId === undefined;
  const status = noTab ? 'error' : state.status;

  return (
    <main className="app-page" data-panel-state={status} aria-busy={status === 'loading'}>
      <h1 className="govuk-heading-m govuk-!-margin-bottom-2">Case guidance</h1>
      <p className="govuk-body-s govuk-!-margin-bottom-3">
        Reads this page in your browser only. Nothing is sent anywhere or stored.
      </p>
      <div role="status" className="govuk-body-s">
        {notice}
      </div>
      {lookupQuery && (
        <div data-lookup>
          <Glossary key={lookupQuery.at} query={lookupQuery} />
        </div>
      )}
      {noTab ? (
        <PanelMessage text="There is no tab to read. Open a case page in this window." />
      ) : state.status === 'loading' ? (
        <p className="govuk-body">Reading the page…</p>
      ) : state.status === 'error' ? (
        <PanelMessage text={state.read.message} reason={state.read.reason} onRetry={reread} />
      ) : (
        <>
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1" data-page-title>
            {state.read.title || state.read.url}
          </h2>
          {state.read.skipped > 0 && (
            <p className="govuk-body-s">The page is too large to read in full: {state.read.skipped} elements were not read.</p>
          )}
          {state.read.fields.length === 0 ? (
            <PanelMessage text="No fields found on this page. Open a case record to see guidance." reason="empty" />
          ) : (
            <CaseView read={state.read} tabId={tabId!} today={today} onShow={(locator, label) => void show(locator, label)} />
          )}
        </>
      )}
      {!lookupQuery && (
        <details className="govuk-details govuk-!-margin-top-3" data-panel-glossary>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Quick reference{pageTerms.length > 0 ? ` (${pageTerms.length} terms on this page)` : ''}</span>
          </summary>
          <div className="govuk-details__text">
            <Glossary shortcuts={pageTerms} headingLevel={3} />
          </div>
        </details>
      )}
      <SettingsLink />
    </main>
  );
}

function PanelMessage({ text, reason, onRetry }: { text: string; reason?: string; onRetry?: () => void }) {
  return (
    <div className="govuk-inset-text" data-reason={reason}>
      <p className="govuk-body">{text}</p>
      {onRetry && (
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
