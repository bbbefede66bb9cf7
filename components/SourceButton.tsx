import type { FieldLocator } from '@/lib/reader/types';

export type ShowOnPage = (locator: FieldLocator, label: string) => void;

/** A control naming where a fact or field came from; it shows that element on the page. */
export function SourceButton({ label, locator, onShow, children }: { label: string; locator: FieldLocator; onShow: ShowOnPage; children: React.ReactNode }) {
  return (
    <button type="button" className="app-link-button" onClick={() => onShow(locator, label)} aria-label={`${label}: show on the page`}>
      {children}
    </button>
  );
}
