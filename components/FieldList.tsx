import { useState } from 'react';
import type { Field } from '@/lib/reader/types';
import type { ShowOnPage } from './SourceButton';
import { PageText } from './PageText';

interface Props {
  fields: Field[];
  onShow: ShowOnPage;
}

/** Consecutive fields of one section, in page order. */
export function groupBySection(fields: Field[]): Array<{ section: string; fields: Field[] }> {
  const groups: Array<{ section: string; fields: Field[] }> = [];
  for (const field of fields) {
    const section = field.section ?? 'On this page';
    const last = groups[groups.length - 1];
    if (last && last.section === section) last.fields.push(field);
    else groups.push({ section, fields: [field] });
  }
  return groups;
}

function fieldKey(field: Field): string {
  return `${field.locator.frameId}:${field.locator.index}`;
}

/** Rows rendered at a time: a page of thousands of fields must not freeze the panel. */
export const PAGE_SIZE = 200;

/** The fields read from the page. Page text is rendered as text by React, never as HTML. */
export function FieldList({ fields, onShow }: Props) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = fields.slice(0, shown);
  return (
    <>
      {groupBySection(visible).map((group, g) => (
        <section key={`${g}:${group.section}`} aria-labelledby={`fields-section-${g}`}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={`fields-section-${g}`}>
            {group.section}
          </h3>
          <dl className="govuk-summary-list govuk-summary-list--no-border app-field-list">
            {group.fields.map((field) => (
              <div className="govuk-summary-list__row" key={fieldKey(field)} data-field-label={field.label}>
                <dt className="govuk-summary-list__key">
                  <button
                    type="button"
                    className="app-link-button"
                    onClick={() => onShow(field.locator, field.label)}
                    aria-label={`${field.label}: show on the page`}
                  >
                    <PageText text={field.label} />
                  </button>
                </dt>
                <dd className="govuk-summary-list__value app-value" data-field-value>
                  {field.date && <span className="govuk-caption-s">{field.date} </span>}
                  {field.items && field.items.length > 1 ? (
                    <ul className="govuk-list govuk-list--bullet">
                      {field.items.map((item, i) => (
                        <li key={i}>
                          <PageText text={item} />
                        </li>
                      ))}
                    </ul>
                  ) : field.value ? (
                    <PageText text={field.value} />
                  ) : (
                    <span className="app-empty">Not given</span>
                  )}
                  {field.error && <p className="govuk-body-s govuk-!-margin-0">Error on page: {field.error}</p>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {shown < fields.length && (
        <p className="govuk-body-s">
          Showing {shown} of {fields.length}.{' '}
          <button type="button" className="app-link-button app-link-button--normal" onClick={() => setShown(shown + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, fields.length - shown)} more
          </button>{' '}
          <button type="button" className="app-link-button app-link-button--normal" onClick={() => setShown(fields.length)}>
            Show all {fields.length}
          </button>
        </p>
      )}
    </>
  );
}
