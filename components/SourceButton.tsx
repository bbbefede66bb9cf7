import { createContext, useContext } from 'react';
import type { FieldLocator } from '@/lib/reader/types';

export type ShowOnPage = (locator: FieldLocator, label: string) => void;

/**
 * Where a source was read when it was not on the page in the tab now: another page of the same
 * case, read earlier while the panel was open ("Sentence, read 2 minutes ago").
 */
export type OtherPageOf = (locator: FieldLocator) => string | undefined;
export const OtherPageContext = createContext<OtherPageOf>(() => undefined);

/**
 * A control naming where a fact or field came from; it shows that element on the page. A source
 * on another page of the case cannot be shown here, so it says which page it was read on instead.
 */
export function SourceButton({ label, locator, onShow, children }: { label: string; locator: FieldLocator; onShow: ShowOnPage; children: React.ReactNode }) {
  const otherPage = useContext(OtherPageContext)(locator);
  if (otherPage)
    return (
      <span data-other-page>
        {children} <span className="app-empty">(on {otherPage})</span>
      </span>
    );
  return (
    <button type="button" className="app-link-button" onClick={() => onShow(locator, label)} aria-label={`${label}: show on the page`}>
      {children}
    </button>
  );
}
