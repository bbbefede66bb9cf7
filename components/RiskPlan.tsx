import { useId, useState } from 'react';
import type { CaseRecord } from '@/lib/facts/case-record';
import { findInsertTarget, type InsertChoice } from '@/lib/panel/insert-target';
import { sendToAgent } from '@/lib/panel/agent-client';
import { LAYOUTS } from '@/lib/templates/layouts';
import { emptyRequired, initialValues, renderHtml, renderText, type MissingMode, type Values } from '@/lib/templates/render';
import type { Layout } from '@/lib/templates/schema';

interface Draft {
  values: Partial<Record<Layout['id'], Values>>;
  layout: Layout['id'];
  section: string;
  mode: MissingMode;
}

/**
 * Drafts by case, while the panel is open: memory only, never written to storage. Reading the
 * page again keeps the user's edits.
 */
const drafts = new Map<string, Draft>();

/** The Risk Management Plan: sections pre-filled from the case, edited here, copied or inserted into the page. */
export function RiskPlan({ record, caseKey, tabId, today, pageUrl }: { record: CaseRecord; caseKey: string; tabId: number; today: string; pageUrl: string }) {
  const id = useId();
  const [draft, setDraftState] = useState<Draft>(() => drafts.get(caseKey) ?? { values: {}, layout: 'oasys', section: 'all', mode: 'marker' });
  const [message, setMessage] = useState('');
  const [confirm, setConfirm] = useState<Extract<InsertChoice, { ok: true }>>();
  const setDraft = (next: Draft) => {
    drafts.set(caseKey, next);
    setDraftState(next);
  };
  /** A change of template or section: what was copied or where it would go no longer holds. */
  const switchTo = (next: Draft) => {
    setMessage('');
    setConfirm(undefined);
    setDraft(next);
  };
  const layout = LAYOUTS.find((l) => l.id === draft.layout)!;
  const values = draft.values[layout.id] ?? initialValues(layout, record, today);
  const sections = draft.section === 'all' ? layout.sections : layout.sections.filter((s) => s.id === draft.section);
  const text = renderText(sections, values, draft.mode);
  const missing = sections.flatMap((s) => emptyRequired(s, values[s.id]));

  const setValue = (sectionId: string, placeholderId: string, value: string) =>
    setDraft({ ...draft, values: { ...draft.values, [layout.id]: { ...values, [sectionId]: { ...values[sectionId], [placeholderId]: value } } } });

  const blocked = draft.mode === 'require' && missing.length > 0;
  const refuse = () => setMessage(`Fill in first: ${missing.join('; ')}.`);

  const copy = (): void => {
    if (blocked) return refuse();
    const html = renderHtml(sections, values, draft.mode);
    // Started inside the click: the clipboard needs the user's gesture.
    const rich = new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) });
    navigator.clipboard
      .write([rich])
      .catch(() => navigator.clipboard.writeText(text))
      .then(() => setMessage('Copied. Paste it into the case system.'))
      .catch(() => setMessage('The browser did not allow copying. Select the text below and copy it.'));
  };

  // Insert in two steps: find the field the user last chose on the page and name it; write only
  // when the user confirms it is the right one.
  const insert = async (): Promise<void> => {
    if (blocked) return refuse();
    setConfirm(undefined);
    const choice = await findInsertTarget(tabId, pageUrl);
    if (!choice.ok) return setMessage(choice.reason);
    setMessage('');
    setConfirm(choice);
  };

  const insertConfirmed = async (choice: Extract<InsertChoice, { ok: true }>): Promise<void> => {
    setConfirm(undefined);
    try {
      // No answer: the frame no longer has a field the text may go into.
      const reply = await sendToAgent(tabId, { type: 'insert', text }, { frameId: choice.frameId });
      setMessage(reply ? `Inserted into "${reply.into}" on ${choice.target.title || choice.origin}.` : 'Not inserted: the field has changed on the page. Click into it again, then choose Insert again.');
    } catch {
      setMessage('Not inserted: the page has changed. Click into the field again, then choose Insert again.');
    }
  };

  return (
    <details className="govuk-details" data-rmp>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Risk Management Plan: write it from this case</span>
      </summary>
      <div className="govuk-details__text">
        {/* Copy and Insert stay in view while the sections below are edited. */}
        <div className="app-sticky-actions" data-rmp-actions>
          <div className="govuk-button-group govuk-!-margin-bottom-1">
            <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={copy}>
              Copy
            </button>
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void insert()}>
              Insert into the page&apos;s field
            </button>
          </div>
          {confirm && (
            <div className="govuk-inset-text govuk-!-margin-top-1 govuk-!-margin-bottom-1" data-insert-confirm>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                Insert the plan into &quot;{confirm.target.label}&quot; on {confirm.target.title || confirm.origin} ({confirm.origin})? Text already there is kept, with a blank
                line before the plan.
              </p>
              <button type="button" className="govuk-button govuk-!-margin-bottom-0 govuk-!-margin-right-2" onClick={() => void insertConfirmed(confirm)}>
                Insert here
              </button>
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setConfirm(undefined)}>
                Cancel
              </button>
            </div>
          )}
          <p className="govuk-body-s govuk-!-margin-bottom-0" role="status" data-rmp-message>
            {message}
          </p>
        </div>
        <div className="govuk-form-group govuk-!-margin-bottom-2">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Headings your system uses</legend>
            <div className="govuk-radios govuk-radios--small">
              {LAYOUTS.map((l) => (
                <div className="govuk-radios__item" key={l.id}>
                  <input
                    className="govuk-radios__input"
                    id={`${id}-layout-${l.id}`}
                    type="radio"
                    name={`${id}-layout`}
                    checked={draft.layout === l.id}
                    onChange={() => switchTo({ ...draft, layout: l.id, section: 'all' })}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={`${id}-layout-${l.id}`}>
                    {l.name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="govuk-form-group govuk-!-margin-bottom-2">
          <label className="govuk-label govuk-label--s" htmlFor={`${id}-section`}>
            Section
          </label>
          <select className="govuk-select app-full-width" id={`${id}-section`} value={draft.section} onChange={(e) => switchTo({ ...draft, section: e.target.value })}>
            <option value="all">The whole plan</option>
            {layout.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        {sections.map((section) => (
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-3" key={section.id} data-rmp-section={section.id}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{section.title}</legend>
            <p className="govuk-hint govuk-body-s">{section.guidance}</p>
            {section.placeholders.map((p) => {
              const inputId = `${id}-${section.id}-${p.id}`;
              const value = values[section.id]?.[p.id] ?? '';
              return (
                <div className="govuk-form-group govuk-!-margin-bottom-2" key={p.id}>
                  <label className="govuk-label govuk-body-s" htmlFor={inputId}>
                    {p.label}
                    {p.required ? '' : ' (optional)'}
                  </label>
                  {/* autoComplete="off": otherwise Chromium writes the box's text (case data) into its
                      session-restore files on disk whenever the panel is a tab or popped out. */}
                  {p.type === 'multiline' ? (
                    <textarea className="govuk-textarea govuk-!-margin-bottom-0" id={inputId} rows={4} autoComplete="off" value={value} onChange={(e) => setValue(section.id, p.id, e.target.value)} />
                  ) : (
                    // A short answer, but a box that shows all of it (agencies can be a long list).
                    <textarea
                      className="govuk-textarea govuk-!-margin-bottom-0"
                      id={inputId}
                      rows={Math.min(6, Math.max(1, Math.ceil(value.length / 45)))}
                      autoComplete="off"
                      value={value}
                      onChange={(e) => setValue(section.id, p.id, e.target.value)}
                    />
                  )}
                </div>
              );
            })}
          </fieldset>
        ))}
        <div className="govuk-form-group govuk-!-margin-bottom-2">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Parts still to complete</legend>
            <div className="govuk-radios govuk-radios--small">
              {(
                [
                  ['marker', 'Copy them as a visible [TO COMPLETE] marker'],
                  ['require', 'Do not copy until they are filled in'],
                ] as const
              ).map(([mode, label]) => (
                <div className="govuk-radios__item" key={mode}>
                  <input className="govuk-radios__input" id={`${id}-mode-${mode}`} type="radio" name={`${id}-mode`} checked={draft.mode === mode} onChange={() => setDraft({ ...draft, mode })} />
                  <label className="govuk-label govuk-radios__label" htmlFor={`${id}-mode-${mode}`}>
                    {label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <details className="govuk-details govuk-!-margin-bottom-2" data-rmp-preview-toggle>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Preview as copied</span>
          </summary>
          <pre className="app-preview govuk-details__text" data-rmp-preview tabIndex={0} aria-label="The plan as it will be copied">
            {text}
          </pre>
        </details>
        <button type="button" className="app-link-button app-link-button--normal govuk-body-s" onClick={() => setDraft({ ...draft, values: { ...draft.values, [layout.id]: initialValues(layout, record, today) } })}>
          Start again from the page
        </button>
      </div>
    </details>
  );
}
