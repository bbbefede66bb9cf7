import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { dismissalCase } from '@/lib/case/dismissals';
import { caseIdentity, identityReadingOf } from '@/lib/case/identity';
import { hasSystemIdentifier } from '@/lib/case/memory';
import { explainMissing, looksLikeCase } from '@/lib/case/missing';
import { toIso } from '@/lib/facts/dates';
import { extractCase } from '@/lib/facts/extract';
import { identityWords } from '@/lib/facts/mapping-policy';
import { RULES } from '@/lib/rules/catalogue';
import { evaluateAll } from '@/lib/rules/evaluate';
import { withRoleSteps } from '@/lib/rules/safeguarding-steps';
import type { TabRead } from '@/lib/panel/read-tab';
import { siteOf } from '@/lib/settings/settings';
import { CaseFacts } from './CaseFacts';
import { RuleCards } from './RuleCards';
import { CaseHeader } from './CaseHeader';
import { OtherPageContext, type ShowOnPage } from './SourceButton';
import { useCaseInMemory, type useCaseMemoryStore } from './useCaseMemory';
import { useRole } from './useRole';
import { EnableSite } from './EnableSite';
import { useSiteAccess } from './useSiteAccess';
import { useSiteMappings } from './useSiteMappings';

// What sits below the cards (the plan and its templates, the field mapper, the list of every
// field) is loaded as chunks of its own once the cards are drawn: the first screen does not wait
// to parse and compile it.
const RiskPlan = lazy(() => import('./RiskPlan').then((m) => ({ default: m.RiskPlan })));
const FieldMapper = lazy(() => import('./FieldMapper').then((m) => ({ default: m.FieldMapper })));
const FieldList = lazy(() => import('./FieldList').then((m) => ({ default: m.FieldList })));

/** A read page as a case: the facts believed, a way to name unknown fields, and every field read. */
interface Props {
  read: TabRead & { ok: true };
  tabId: number;
  onShow: ShowOnPage;
  /** The day the rules count from; today unless pinned (tests, or checking a past decision). */
  today?: string;
  /** The panel's memory of the cases read while it is open. */
  memory: ReturnType<typeof useCaseMemoryStore>;
}

/** The leaflet's own safeguarding list, replaced on the card by the steps for the user's role. */
const LEAFLET_STEPS = RULES.find((r) => r.id === 'safeguarding-concern')?.outputs.applies?.detail ?? [];

export function CaseView({ read, tabId, onShow, today = toIso(new Date()), memory }: Props) {
  const site = siteOf(read.url);
  const { mappings, update } = useSiteMappings(site);
  const { enabled, managed } = useSiteAccess(site);
  // The list of every field is drawn only when opened: it can be thousands of rows.
  const [fieldsOpen, setFieldsOpen] = useState(false);
  // The user's own mappings come first; the organisation's fill in the rest.
  // Kept by content: the stored mappings arrive after the first read as a new (often empty) list,
  // and a new list that says the same must not extract and evaluate the case again.
  const allMappingsJson = JSON.stringify([...mappings, ...(managed?.mappings ?? [])]);
  const allMappings = useMemo(() => JSON.parse(allMappingsJson) as typeof mappings, [allMappingsJson]);
  // This page's own record: whose case it is comes from it alone, so another page can never decide it.
  const pageRecordMs = useRef(0);
  const pageRecord = useMemo(() => {
    const started = performance.now();
    const page = extractCase(read.fields, { mappings: allMappings });
    pageRecordMs.current = performance.now() - started;
    return page;
  }, [read.fields, allMappings]);
  const identityJson = useMemo(
    () => JSON.stringify(caseIdentity(identityReadingOf(pageRecord.identity, read.url, pageRecord.dateOfBirth?.value))),
    [pageRecord, read.url],
  );
  const identity = useMemo(() => JSON.parse(identityJson) as ReturnType<typeof caseIdentity>, [identityJson]);
  const inMemory = useCaseInMemory(memory, read, identity);
  const role = useRole();
  const { record, results } = useMemo(() => {
    const reused = inMemory.fields === read.fields;
    // With no other page of the case read, the merged fields are this page's: its record serves,
    // and the time it took to build counts in the measure below as if built here.
    const started = performance.now() - (reused ? pageRecordMs.current : 0);
    const record = reused ? pageRecord : extractCase(inMemory.fields, { mappings: allMappings });
    const results = withRoleSteps(explainMissing(evaluateAll(RULES, record, today), record), role, LEAFLET_STEPS);
    // Timings for the benchmark (bench/run.mjs); only the latest is kept.
    performance.clearMeasures('case-guidance:facts+rules');
    performance.measure('case-guidance:facts+rules', { start: started, detail: { fields: read.fields.length } });
    return { record, results };
  }, [inMemory.fields, read.fields, pageRecord, allMappings, today, role]);
  useEffect(() => {
    performance.clearMarks('case-guidance:cards');
    performance.mark('case-guidance:cards', { detail: Object.fromEntries(results.map((r) => [r.ruleId, r.status])) });
  }, [results]);
  const caseKey = useMemo(() => dismissalCase(identity, read.url), [identity, read.url]);
  // Whose case it is, so the field mapper never saves a label holding their name or numbers.
  const caseWords = useMemo(() => identityWords(record.identity), [record]);
  // "Read it anyway" holds for this page only.
  const [anywayFor, setAnywayFor] = useState<string>();
  const isCase = anywayFor === read.url || looksLikeCase(record, hasSystemIdentifier(identity));
  return (
    <OtherPageContext.Provider value={inMemory.otherPageOf}>
      {site && enabled === false && <EnableSite site={site} managed={managed} />}
      {isCase ? (
        <>
          <CaseHeader identity={identity} pages={inMemory.pages} onForget={inMemory.forget} />
          <RuleCards results={results} caseKey={caseKey} onShow={onShow} sentences={record.sentences} />
          <CaseFacts record={record} onShow={onShow} />
          <Suspense fallback={null}>
            <RiskPlan record={record} caseKey={caseKey} tabId={tabId} today={today} pageUrl={read.url} />
          </Suspense>
        </>
      ) : (
        <div className="govuk-inset-text" data-not-a-case>
          <p className="govuk-body">
            This page doesn&apos;t look like a case record: it does not say whose case it is, and shows no offence, sentence, risk or licence
            details. No guidance is shown for it.
          </p>
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setAnywayFor(read.url)}>
            Read it as a case anyway
          </button>
        </div>
      )}
      {site && (
        <Suspense fallback={null}>
          <FieldMapper fields={read.fields} tabId={tabId} site={site} mappings={mappings} update={update} caseWords={caseWords} />
        </Suspense>
      )}
      <details className="govuk-details" data-fields-read onToggle={(e) => setFieldsOpen(e.currentTarget.open)}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            {read.fields.length === 1 ? '1 field read from the page' : `${read.fields.length} fields read from the page`}
          </span>
        </summary>
        <div className="govuk-details__text">
          {fieldsOpen && (
            <Suspense fallback={<p className="govuk-body-s">Loading the fields…</p>}>
              <FieldList fields={read.fields} onShow={onShow} />
            </Suspense>
          )}
        </div>
      </details>
    </OtherPageContext.Provider>
  );
}
