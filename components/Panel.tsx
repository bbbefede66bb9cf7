import { lazy, Suspense, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToAgent } from '@/lib/panel/agent-client';
import { shortTitle } from '@/lib/panel/read-tab';
import { progressText } from '@/lib/panel/read-progress';
import type { FieldLocator } from '@/lib/reader/types';
import type { Target } from '@/lib/panel/target-tab';
import { CaseView } from './CaseView';
import { SettingsLink } from './SettingsLink';
import { usePendingLookup } from './usePendingLookup';
import { usePageRead } from './usePageRead';
import { PageText } from './PageText';
import { usePanelTarget } from './usePanelTarget';
import { useCaseMemoryStore } from './useCaseMemory';

// The quick reference (fuse.js and the glossary's terms) is not needed to show the cards: it is a
// chunk of its own, loaded when first shown, so opening the panel parses and compiles less.
const Glossary = lazy(() => import('./Glossary').then((m) => ({ default: m.Glossary })));
const PageGlossary = lazy(() => import('./Glossary').then((m) => ({ default: m.PageGlossary })));

/** The side panel: what the case page in the target tab says. */
export function Panel({ target, today }: { target: Target; today?: string }) {
  const { tabId, resolved } = usePanelTarget(target);
  const { state, reread } = usePageRead(tabId);
  const [notice, setNotice] = useState('');
  const lookup = usePendingLookup();
  const lookupQuery = useMemo(() => (lookup ? { text: lookup.term, at: lookup.at } : undefined), [lookup]);
  const [glossaryOpen, setGlossaryOpen] = useState(false);
  const memory = useCaseMemoryStore();

  const show = async (locator: FieldLocator, label: string): Promise<void> => {
    if (tabId === undefined) return;
    const { frameId, readId, index } = locator;
    try {
      const reply = await sendToAgent(tabId, { type: 'highlight', readId, index }, { frameId });
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
      <h1 className="govuk-heading-s govuk-!-margin-bottom-1">Case guidance</h1>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        Nothing leaves your browser or is stored.
        {tabId !== undefined && (
          <>
            {' '}
            <button type="button" className="app-link-button app-link-button--normal" onClick={() => void popOut(tabId)} aria-label="Pop out into its own window">
              Pop out
            </button>
          </>
        )}
      </p>
      <div role="status" className="govuk-body-s">
        {notice}
      </div>
      {lookupQuery && (
        <div data-lookup>
          <Suspense fallback={<GlossaryLoading />}>
            <Glossary key={lookupQuery.at} query={lookupQuery} />
          </Suspense>
        </div>
      )}
      {noTab ? (
        <PanelMessage text="There is no tab to read. Open a case page in this window." />
      ) : state.status === 'loading' ? (
        <p className="govuk-body" role="status" data-read-progress={state.progress?.fields ?? 0} data-progress-reports={state.progress?.reports ?? 0}>
          {state.progress ? progressText(state.progress.fields) : 'Reading the page…'}
        </p>
      ) : state.status === 'error' ? (
        <PanelMessage text={state.read.message} reason={state.read.reason} onRetry={reread} />
      ) : (
        <>
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1" data-page-title>
            <PageText text={state.read.title || shortTitle(state.read.url)} />
          </h2>
          {state.read.skipped > 0 && (
            <p className="govuk-body-s" data-too-large>
              The page is too large to read in full: {state.read.skipped} elements were not read. {state.read.fields.length} fields were read.
            </p>
          )}
          {state.read.fields.length === 0 ? (
            <PanelMessage text="No fields found on this page. Open a case record to see guidance." reason="empty" />
          ) : (
            <CaseView read={state.read} tabId={tabId!} today={today} memory={memory} onShow={(locator, label) => void show(locator, label)} />
          )}
        </>
      )}
      {!lookupQuery && (
        <details className="govuk-details govuk-!-margin-top-3" data-panel-glossary onToggle={(e) => setGlossaryOpen(e.currentTarget.open)}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Quick reference</span>
          </summary>
          <div className="govuk-details__text">
            {glossaryOpen && (
              <Suspense fallback={<GlossaryLoading />}>
                <PageGlossary fields={state.status === 'ready' ? state.read.fields : []} />
              </Suspense>
            )}
          </div>
        </details>
      )}
      <SettingsLink />
    </main>
  );
}

function GlossaryLoading() {
  return <p className="govuk-body-s">Loading the quick reference…</p>;
}

/** A panel in a window of its own, pinned to this case's tab, to sit beside the case system. */
function popOut(tabId: number): Promise<unknown> {
  return browser.windows.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}`), type: 'popup', width: 460, height: 900 });
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
