import { useMemo } from 'react';
import { extractCase } from '@/lib/facts/extract';
import type { TabRead } from '@/lib/read-tab';
import { siteOf } from '@/lib/settings';
import { CaseFacts } from './CaseFacts';
import { FieldList } from './FieldList';
import { FieldMapper } from './FieldMapper';
import type { ShowOnPage } from './SourceButton';
import { useSiteMappings } from './useSiteMappings';

/** A read page as a case: the facts believed, a way to name unknown fields, and every field read. */
export function CaseView({ read, tabId, onShow }: { read: TabRead & { ok: true }; tabId: number; onShow: ShowOnPage }) {
  const site = siteOf(read.url);
  const { mappings, save } = useSiteMappings(site);
  const record = useMemo(() => extractCase(read.fields, { mappings }), [read.fields, mappings]);
  return (
    <>
      <CaseFacts record={record} onShow={onShow} />
      {site && <FieldMapper fields={read.fields} tabId={tabId} site={site} mappings={mappings} save={save} />}
      <details className="govuk-details" data-fields-read>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            {read.fields.length === 1 ? '1 field read from the page' : `${read.fields.length} fields read from the page`}
          </span>
        </summary>
        <div className="govuk-details__text">
          <FieldList fields={read.fields} onShow={onShow} />
        </div>
      </details>
    </>
  );
}
