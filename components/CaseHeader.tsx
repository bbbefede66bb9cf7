import { readAgo, type CaseIdentity, type PageReading } from '@/lib/case/memory';
import { PageText } from './PageText';

/**
 * Whose case the panel is showing, and which of its pages it has read while open. Facts from
 * the other pages count (each says where it was read); "Forget this case" drops them.
 */
export function CaseHeader({ identity, pages, onForget }: { identity: CaseIdentity; pages: PageReading[]; onForget: () => void }) {
  const now = Date.now();
  const ids = [identity.crn && `CRN ${identity.crn}`, identity.pnc && `PNC ${identity.pnc}`, identity.prisonNumber && `Prison number ${identity.prisonNumber}`].filter(Boolean);
  const known = ids.length > 0 || identity.nameAndBirth;
  return (
    <section aria-label="Whose case" className="govuk-!-margin-bottom-3" data-case-identity>
      <p className="govuk-body govuk-!-margin-bottom-0">
        <strong className="govuk-!-font-weight-bold" id="case-identity">
          {identity.name ? <PageText text={identity.name} /> : known ? 'This case' : 'Case not identified'}
        </strong>
        {ids.length > 0 && (
          <span className="govuk-body-s" data-case-ids>
            {' · '}
            {ids.join(' · ')}
          </span>
        )}
      </p>
      {!known ? (
        <p className="govuk-body-s" data-case-unidentified>
          This page does not say whose case it is (no CRN, PNC or prison number, nor a name with a date of birth), so only this page is used.
        </p>
      ) : (
        <details className="govuk-details govuk-!-margin-bottom-1" data-case-pages>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {pages.length === 1 ? 'Read from this page' : `Read from ${pages.length} pages of this case`}
            </span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list govuk-body-s">
              {pages.map((p, i) => (
                <li key={p.key} data-case-page={p.key}>
                  {p.title}: {i === 0 ? 'this page' : readAgo(p.readAt, now)}
                </li>
              ))}
            </ul>
            {pages.length > 1 && (
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onForget} data-forget-case>
                Forget this case
              </button>
            )}
          </div>
        </details>
      )}
    </section>
  );
}
