import type { RuleResult } from '@/lib/rules/evaluate';
import { RuleCard } from './RuleCard';
import type { ShowOnPage } from './SourceButton';
import { useDismissals } from './useDismissals';

const RANK = { critical: 0, warning: 1, info: 2 } as const;

/**
 * The cards for a case: those that apply first, most urgent first; then the rules that cannot
 * tell yet; rules that do not apply in one quiet list. Dismissed cards move to their own list.
 */
export function RuleCards({ results, caseKey, onShow }: { results: RuleResult[]; caseKey: string; onShow: ShowOnPage }) {
  const { dismissed, dismiss, undo } = useDismissals(caseKey);
  const live = results.filter((r) => !dismissed[r.ruleId]);
  const applies = live.filter((r) => r.status === 'applies').sort((a, b) => RANK[a.indicator] - RANK[b.indicator]);
  const cannotTell = live.filter((r) => r.status === 'cannot-tell');
  const notApplying = live.filter((r) => r.status === 'does-not-apply');
  const gone = results.filter((r) => dismissed[r.ruleId]);
  const card = (r: RuleResult) => <RuleCard key={r.ruleId} result={r} onShow={onShow} onDismiss={(why) => dismiss(r.ruleId, why)} />;
  return (
    <section aria-labelledby="cards-heading" data-cards>
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2" id="cards-heading">
        What applies to this case
      </h2>
      {applies.length === 0 && <p className="govuk-body-s">No rule applies from what this page shows.</p>}
      {applies.map(card)}
      {cannotTell.length > 0 && (
        <>
          <h2 className="govuk-heading-s govuk-!-margin-top-4 govuk-!-margin-bottom-2">Cannot tell yet</h2>
          {cannotTell.map(card)}
        </>
      )}
      {notApplying.length > 0 && (
        <details className="govuk-details" data-not-applying>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {notApplying.length === 1 ? '1 rule does not apply' : `${notApplying.length} rules do not apply`}
            </span>
          </summary>
          <div className="govuk-details__text">{notApplying.map(card)}</div>
        </details>
      )}
      {gone.length > 0 && (
        <div data-dismissed>
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Dismissed for this case</h2>
          <ul className="govuk-list govuk-body-s">
            {gone.map((r) => (
              <li key={r.ruleId} data-dismissed-rule={r.ruleId}>
                {r.title} ({dismissed[r.ruleId]}){' '}
                <button type="button" className="app-link-button app-link-button--normal" onClick={() => undo(r.ruleId)} aria-label={`Undo dismissing ${r.title}`}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
