import { memo } from 'react';
import type { CaseRecord } from '@/lib/facts/case-record';
import { factLines, missingFacts, sentenceLines, WHERE_FOUND } from '@/lib/facts/summary';
import { FACT_NAMES } from '@/lib/facts/vocabulary';
import { SourceButton, type ShowOnPage } from './SourceButton';
import { PageText } from './PageText';

/** What the extension believes about the case, where each fact came from, and what it could not find. */
// Memoised: the case view re-renders when its settings and the case memory arrive, and the facts
// need drawing again only when the record changes.
export const CaseFacts = memo(function CaseFacts({ record, onShow }: { record: CaseRecord; onShow: ShowOnPage }) {
  const lines = factLines(record);
  const missing = missingFacts(record);
  const sentences = sentenceLines(record);
  return (
    <section aria-labelledby="case-facts" data-case-facts>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="case-facts">
        Case facts
      </h2>
      {lines.length === 0 ? (
        <p className="govuk-body-s">No case facts found on the pages read.</p>
      ) : (
        <dl className="govuk-summary-list govuk-summary-list--no-border app-field-list">
          {lines.map((line, i) => (
            <div className="govuk-summary-list__row" key={`${line.fact}-${i}`} data-fact={line.fact} data-fact-name={line.name}>
              <dt className="govuk-summary-list__key">{line.name}</dt>
              <dd className="govuk-summary-list__value app-value">
                <span data-fact-value>
                  <PageText text={line.value} />
                </span>
                <br />
                <span className="govuk-body-s app-empty">
                  {line.source.inferred ? `${line.source.inferred}: ` : 'From '}
                  <SourceButton label={line.name} locator={line.source.locator} onShow={onShow}>
                    {line.source.label}
                  </SourceButton>
                  {line.source.section && ` (${line.source.section})`}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {sentences.length > 0 && (
        <>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Sentences and orders on this page</h3>
          <ul className="govuk-list govuk-body-s" data-sentences>
            {sentences.map((s, i) => (
              <li key={i} data-sentence-status={s.status}>
                {s.source ? (
                  <SourceButton label={s.title} locator={s.source.locator} onShow={onShow}>
                    {s.title}
                  </SourceButton>
                ) : (
                  s.title
                )}
                : {s.detail}
                {s.primary && <strong> (the sentence the guidance reads)</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
      {record.conflicts.length > 0 && (
        <div className="govuk-warning-text" data-conflicts>
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning: </span>
            The pages read say different things:
            <ul className="govuk-list govuk-body-s">
              {record.conflicts.map((c) => (
                <li key={c.fact} data-conflict={c.fact}>
                  {FACT_NAMES[c.fact]}:{' '}
                  {c.values.map((v, i) => (
                    <span key={i}>
                      {i > 0 && ' or '}
                      <SourceButton label={`${FACT_NAMES[c.fact]} (${v.source.label})`} locator={v.source.locator} onShow={onShow}>
                        <PageText text={v.source.raw} />
                      </SourceButton>
                    </span>
                  ))}
                  . Neither is used until the record is corrected.
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {record.unreadable.length > 0 && (
        <>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Cannot tell</h3>
          <ul className="govuk-list govuk-body-s" data-unreadable>
            {record.unreadable.map((u, i) => (
              <li key={i} data-unreadable-fact={u.fact}>
                {FACT_NAMES[u.fact]} unreadable:{' '}
                <SourceButton label={`${FACT_NAMES[u.fact]} (${u.source.label})`} locator={u.source.locator} onShow={onShow}>
                  <PageText text={u.reason} />
                </SourceButton>
              </li>
            ))}
          </ul>
        </>
      )}
      {missing.length > 0 && (
        <>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Not found on the pages read</h3>
          <ul className="govuk-list govuk-body-s" data-missing>
            {missing.map((fact) => (
              <li key={fact} data-missing-fact={fact}>
                {FACT_NAMES[fact]}
                {WHERE_FOUND[fact] && <span className="app-empty"> (usually in {WHERE_FOUND[fact]})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
