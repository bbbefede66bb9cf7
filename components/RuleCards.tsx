import { memo } from 'react';
import { dismissalKey } from '@/lib/case/dismissals';
import { eventUsed, foldCannotTell } from '@/lib/case/missing';
import type { SentenceEvent } from '@/lib/facts/case-record';
import type { RuleResult } from '@/lib/rules/evaluate';
import { RuleCard } from './RuleCard';
import type { ShowOnPage } from './SourceButton';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useDismissals } from './useDismissals';

const RANK = { critical: 0, warning: 1, info: 2 } as const;

/**
 * The cards for a case: those that apply first, most urgent first; then the rules that cannot
 * tell yet, folded into one line per missing fact with their cards a click away; rules that do
 * not apply in one quiet list. Dismissed cards move to their own list. A dismissal covers the
 * card as it was (rule, version, status, indicator): if it comes to say something else, it is back.
 * Memoised: drawn again when the results change, not each time the case view's settings arrive.
 */
export const RuleCards = memo(function RuleCards({ results, caseKey, onShow, sentences }: { results: RuleResult[]; caseKey: string; onShow: ShowOnPage; sentences?: SentenceEvent[] }) {
  const { dismissed, dismiss, undo } = useDismissals(caseKey);
  // What only opening a disclosure shows is drawn once the cards are on screen (most of the cards' DOM).
  const full = useAfterFirstPaint();
  const isDismissed = (r: RuleResult) => dismissed[dismissalKey(r)] !== undefined;
  const live = results.filter((r) => !isDismissed(r));
  const applies = live.filter((r) => r.status === 'applies').sort((a, b) => RANK[a.indicator] - RANK[b.indicator]);
  const cannotTell = live.filter((r) => r.status === 'cannot-tell');
  const notApplying = live.filter((r) => r.status === 'does-not-apply');
  const gone = results.filter(isDismissed);
  const missingLines = foldCannotTell(cannotTell);
  const card = (r: RuleResult, compact = false) => (
    <RuleCard key={r.ruleId} result={r} onShow={onShow} onDismiss={(why) => dismiss(dismissalKey(r), why)} compact={compact} event={eventUsed(r.used, sentences)} deferHidden={!full} />
  );
  return (
    <section aria-labelledby="cards-heading" data-cards>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="cards-heading">
        What applies to this case
      </h2>
      {applies.length === 0 && <p className="govuk-body-s">No rule applies from what this page shows.</p>}
      {/* Urgent cards in full; the others that apply as one headline each, opened on request. */}
      {applies.map((r) => card(r, r.indicator === 'info'))}
      {cannotTell.length > 0 && (
        <div data-cannot-tell>
          <h2 className="govuk-heading-s govuk-!-margin-top-4 govuk-!-margin-bottom-1">Cannot tell yet</h2>
          <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-1">
            {missingLines.map((line) => (
              <li key={line.name} data-missing-line={line.name}>
                <strong>{line.name}</strong>: {line.rules.length === 1 ? '1 rule needs it' : `${line.rules.length} rules need it`} ({line.rules.join(', ')}).
                {line.where && <span className="app-empty"> Usually in {line.where}.</span>}
              </li>
            ))}
          </ul>
          <details className="govuk-details govuk-!-margin-bottom-2" data-cannot-tell-cards>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                {cannotTell.length === 1 ? 'Show the card that cannot tell yet' : `Show the ${cannotTell.length} cards that cannot tell yet`}
              </span>
            </summary>
            <div className="govuk-details__text">{full && cannotTell.map((r) => card(r))}</div>
          </details>
        </div>
      )}
      {notApplying.length > 0 && (
        <details className="govuk-details" data-not-applying>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {notApplying.length === 1 ? '1 rule does not apply' : `${notApplying.length} rules do not apply`}
            </span>
          </summary>
          <div className="govuk-details__text">{full && notApplying.map((r) => card(r))}</div>
        </details>
      )}
      {gone.length > 0 && (
        <div data-dismissed>
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Dismissed for this case</h2>
          <ul className="govuk-list govuk-body-s">
            {gone.map((r) => (
              <li key={r.ruleId} data-dismissed-rule={r.ruleId}>
                {r.title} ({dismissed[dismissalKey(r)]}){' '}
                <button type="button" className="app-link-button app-link-button--normal" onClick={() => undo(dismissalKey(r))} aria-label={`Undo dismissing ${r.title}`}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
});
