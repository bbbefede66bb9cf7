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
export function RuleCard({
  result,
  onShow,
  onDismiss,
  compact = false,
  event,
  deferHidden = false,
}: {
  result: RuleResult;
  onShow: ShowOnPage;
  onDismiss?: (reason: DismissReason) => void;
  /** One line, the headline, with the card a click away: for cards that apply but ask nothing urgent. */
  compact?: boolean;
  /** Which of the person's several sentences the card used ("the current custodial sentence: …"). */
  event?: string;
  /** Leave out what a closed disclosure holds (the card's detail, a compact card's body) for now: the panel's first screen. */
  deferHidden?: boolean;
}) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<DismissReason | ''>('');
  const attributes = { 'data-rule-id': result.ruleId, 'data-status': result.status, 'data-indicator': result.indicator };
  if (compact)
    return (
      <article className={`app-card app-card--compact app-card--${result.indicator}`} {...attributes} aria-labelledby={`${id}-summary`}>
        <details className="govuk-details govuk-!-margin-bottom-0" data-card-open>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text" id={`${id}-summary`} data-card-summary>
              {result.summary}
            </span>
          </summary>
          <div className="govuk-details__text">
            {!deferHidden && (
              <CardBody result={result} onShow={onShow} onDismiss={onDismiss} id={id} asking={asking} setAsking={setAsking} reason={reason} setReason={setReason} event={event} />
            )}
          </div>
        </details>
      </article>
    );
  return (
    <article className={`app-card app-card--${result.indicator}`} {...attributes} aria-labelledby={`${id}-summary`}>
      {/* Urgent cards lead with their tag beside the headline; the others say which rule they are. */}
      {result.indicator === 'info' && <p className="govuk-body-s govuk-!-margin-bottom-1 app-card__title">{result.title}</p>}
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        {result.indicator !== 'info' && (
          <strong className={`govuk-tag ${TAGS[result.indicator]} govuk-!-margin-right-1`}>{result.indicator === 'critical' ? 'Act now' : 'Due'}</strong>
        )}
        <span id={`${id}-summary`} data-card-summary>
          {result.summary}
        </span>
      </h3>
      <CardBody result={result} onShow={onShow} onDismiss={onDismiss} id={id} asking={asking} setAsking={setAsking} reason={reason} setReason={setReason} event={event} deferHidden={deferHidden} />
    </article>
  );
}

interface BodyProps {
  result: RuleResult;
  onShow: ShowOnPage;
  onDismiss?: (reason: DismissReason) => void;
  id: string;
  asking: boolean;
  setAsking: (asking: boolean) => void;
  reason: DismissReason | '';
  setReason: (reason: DismissReason) => void;
  event?: string;
  deferHidden?: boolean;
}

/** What a card says under its headline: computed values, one line of why, the rest a click away, and Dismiss. */
function CardBody({ result, onShow, onDismiss, id, asking, setAsking, reason, setReason, event, deferHidden }: BodyProps) {
  return (
    <>
      {event && (
        <p className="govuk-body-s govuk-!-margin-bottom-1 app-empty" data-card-event>
          Used {event}.
        </p>
      )}
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
        {/* One line of why on the card; the rest is a click away, so the panel reads in seconds. */}
        {result.detail[0] && (
          <p className="govuk-body-s govuk-!-margin-bottom-1 app-card__why" data-card-why>
            {result.detail[0]}
          </p>
        )}
        {onDismiss && !asking && (
          <button type="button" className="app-link-button app-link-button--normal govuk-body-s app-card__dismiss" onClick={() => setAsking(true)} aria-label={`Dismiss: ${result.summary}`}>
            Dismiss
          </button>
        )}
        <details className="govuk-details govuk-!-margin-bottom-1">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{result.detail.length > 1 ? 'What to do and why' : 'Why, and from what'}</span>
          </summary>
          <div className="govuk-details__text govuk-body-s">
            {!deferHidden && (
              <>
                {result.detail.length > 1 && (
                  <ul className="govuk-list govuk-list--bullet govuk-body-s" data-card-detail>
                    {result.detail.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                )}
                {result.missing.length > 0 && (
                  <div className="govuk-body-s" data-card-missing>
                    <strong>Not found in the pages read:</strong>
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
              </>
            )}
          </div>
        </details>
        {onDismiss && asking && (
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
        )}
    </>
  );
}
