import { useId, useState } from 'react';
import type { RuleResult } from '@/lib/rules/evaluate';
import { SourceButton, type ShowOnPage } from './SourceButton';
import { DismissReason } from './useDismissals';
import { PageText } from './PageText';

const TAGS = { critical: 'govuk-tag--red', warning: 'govuk-tag--orange', info: 'govuk-tag--blue' } as const;
const OUTCOME = { true: 'Yes', false: 'No', undefined: 'Cannot tell' } as const;

/** A source address as a link only if it is an https address (rendered as an attribute, never as HTML). */
export function safeLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One rule result as a card (after the CDS Hooks card): an actionable summary, the indicator,
 * computed values and detail, then why (the trace), the facts used, what is missing, the
 * leaflet's guidance, the current position and the sources.
 */
export function RuleCard({ result, onShow, onDismiss }: { result: RuleResult; onShow: ShowOnPage; onDismiss?: (reason: DismissReason) => void }) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<DismissReason | ''>('');
  return (
    <article
      className={`app-card app-card--${result.indicator}`}
      data-rule-id={result.ruleId}
      data-status={result.status}
      data-indicator={result.indicator}
      aria-labelledby={`${id}-summary`}
    >
      <p className="govuk-body-s govuk-!-margin-bottom-1 app-card__title">
        {result.indicator !== 'info' && (
          <strong className={`govuk-tag ${TAGS[result.indicator]} govuk-!-margin-right-1`}>{result.indicator === 'critical' ? 'Act now' : 'Due'}</strong>
        )}
        {result.title}
      </p>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={`${id}-summary`} data-card-summary>
        {result.summary}
      </h3>
      {result.computed.length > 0 && (
        <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-2 app-computed">
          {result.computed.map((c) => (
            <div className="govuk-summary-list__row" key={c.label}>
              <dt className="govuk-summary-list__key">{c.label}</dt>
              <dd className="govuk-summary-list__value">{c.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {result.detail.length > 0 && (
        <ul className="govuk-list govuk-list--bullet govuk-body-s">
          {result.detail.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      {result.missing.length > 0 && (
        <div className="govuk-body-s" data-card-missing>
          <strong>Missing from this page:</strong>
          <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-2">
            {result.missing.map((m) => (
              <li key={m.name}>
                {m.name}
                {m.where && <span className="app-empty"> (usually in {m.where})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details className="govuk-details govuk-!-margin-bottom-2">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Why, and from what</span>
        </summary>
        <div className="govuk-details__text govuk-body-s">
          <ul className="govuk-list govuk-body-s" data-card-trace>
            {result.trace.map((t) => (
              <li key={t.condition}>
                <strong>{OUTCOME[String(t.outcome) as keyof typeof OUTCOME]}</strong>: {t.says}. <span className="app-empty">Seen: {t.saw}</span>
              </li>
            ))}
          </ul>
          {result.used.length > 0 && (
            <>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <strong>Facts used</strong> (select one to see it on the page):
              </p>
              <ul className="govuk-list govuk-body-s" data-card-facts>
                {result.used.map((s, i) => (
                  <li key={i}>
                    <SourceButton label={`${s.label} (${result.title})`} locator={s.locator} onShow={onShow}>
                      {s.label}
                    </SourceButton>
                    : <PageText text={s.raw} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="govuk-body-s">
            <strong>The leaflet ({result.leaflet.section}):</strong> {result.leaflet.says}
          </p>
          {result.current && (
            <p className="govuk-body-s" data-card-current>
              <strong>Current position:</strong> {result.current}
            </p>
          )}
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <strong>Sources</strong>
          </p>
          <ul className="govuk-list govuk-body-s" data-card-sources>
            {result.sources.map((s) => (
              <li key={s.label}>
                {safeLink(s.url) ? (
                  <a className="govuk-link" href={safeLink(s.url)} target="_blank" rel="noopener noreferrer">
                    {s.label}
                  </a>
                ) : (
                  s.label
                )}
              </li>
            ))}
          </ul>
          <p className="govuk-body-s app-empty">Guidance, not legal advice.</p>
        </div>
      </details>
      {onDismiss &&
        (asking ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (reason) onDismiss(reason);
            }}
          >
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Why dismiss this card?</legend>
              <div className="govuk-radios govuk-radios--small">
                {DismissReason.options.map((r) => (
                  <div className="govuk-radios__item" key={r}>
                    <input className="govuk-radios__input" id={`${id}-${r}`} type="radio" name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} />
                    <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${r}`}>
                      {r.charAt(0).toUpperCase() + r.slice(1)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <div className="govuk-button-group govuk-!-margin-top-2 govuk-!-margin-bottom-0">
              <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={!reason}>
                Dismiss
              </button>
              <button type="button" className="app-link-button app-link-button--normal" onClick={() => setAsking(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="app-link-button app-link-button--normal govuk-body-s" onClick={() => setAsking(true)} aria-label={`Dismiss: ${result.summary}`}>
            Dismiss
          </button>
        ))}
    </article>
  );
}
