import { useId, useState } from 'react';
import { labelRefusal, vocabularyClash } from '@/lib/facts/mapping-policy';
import { exportMappings, sameMapping, withMapping, type FieldMapping } from '@/lib/facts/mappings';
import { FACT_NAMES, FactId, factForLabel } from '@/lib/facts/vocabulary';
import { sendToAgent } from '@/lib/panel/agent-client';
import type { Field } from '@/lib/reader/types';
import { MappingImport } from './MappingImport';
import { useStoredMappings, type MappingsChange } from './useSiteMappings';

interface Props {
  fields: Field[];
  tabId: number;
  site: string;
  mappings: FieldMapping[];
  /** Changes what is stored for the site (not the list shown, which may lag storage). */
  update: (change: MappingsChange) => Promise<void>;
  /** The open case's name parts and numbers (identityWords): a label holding one is never saved. */
  caseWords?: readonly string[];
}

const keyOf = (f: Field) => `${f.locator.frameId}:${f.locator.index}`;
const preview = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Names fields the vocabulary does not know: pick one on the page (or from a list, for keyboard
 * users) and say which fact it is. Saved per site as settings: a label, a section and a fact.
 */
export function FieldMapper({ fields, tabId, site, mappings, update, caseWords = [] }: Props) {
  const [fieldKey, setFieldKey] = useState('');
  const [fact, setFact] = useState<FactId | ''>('');
  const [message, setMessage] = useState('');
  const [picking, setPicking] = useState(false);
  // The list of fields is drawn only while the mapper is open: a large page has thousands, and
  // drawing them with every read made each card wait for a list nobody was looking at.
  const [open, setOpen] = useState(false);
  const id = useId();
  // Read here, not passed in: whether what is stored for the site can be read at all.
  const { problem, withheld } = useStoredMappings(site);

  const pick = async (): Promise<void> => {
    setPicking(true);
    setMessage('Click the field on the page. Press Escape on the page to stop.');
    try {
      const result = await sendToAgent(tabId, { type: 'pick-start' });
      if (result.outcome === 'picked') {
        const field = fields.find((f) => f.locator.readId === result.readId && f.locator.index === result.index);
        if (field) {
          setFieldKey(keyOf(field));
          setMessage(`Picked "${field.label}". Now choose which fact it is.`);
        } else setMessage('That field has changed on the page. Pick it again.');
      } else setMessage('Stopped picking.');
    } catch {
      setMessage('Picking did not work on this page. Choose the field from the list instead.');
    } finally {
      setPicking(false);
      // Other frames may still be waiting for a click.
      void sendToAgent(tabId, { type: 'pick-cancel' }).catch(() => undefined);
    }
  };

  const field = fields.find((f) => keyOf(f) === fieldKey);
  // Exactly what would be stored, shown before saving: a label and a fact, nothing else.
  const refusal = field ? labelRefusal(field.label, caseWords) : undefined;
  const clash = field && fact ? vocabularyClash({ label: field.label, fact }) : undefined;
  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (!field || !fact) {
      setMessage(!field ? 'Choose a field first.' : 'Choose which fact the field is.');
      return;
    }
    if (refusal) {
      setMessage(`Not saved: this label cannot be kept as a setting because ${refusal}. Settings never hold names, dates, numbers or notes from a case.`);
      return;
    }
    // The label only: a section is often a heading such as the person's name, which is case
    // data and must not be stored. (An organisation's configuration may still give sections.)
    try {
      await update((current) => withMapping(current, { label: field.label, fact }));
      setMessage(`Saved: "${field.label}" is ${FACT_NAMES[fact]} on ${site}.`);
      setFieldKey('');
      setFact('');
    } catch (error) {
      setMessage(`Not saved: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };

  const remove = (m: FieldMapping) =>
    void update((current) => current.filter((x) => !sameMapping(x, m))).then(
      () => setMessage(`Removed the mapping for "${m.label}".`),
      (error: unknown) => setMessage(`Not removed: ${error instanceof Error ? error.message : String(error)}.`),
    );

  const exportHref = `data:application/json;charset=utf-8,${encodeURIComponent(exportMappings(site, mappings))}`;

  return (
    <details className="govuk-details govuk-!-margin-bottom-3" data-field-mapper onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Name a field the panel did not recognise</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body-s">
          Saved for {site} only, as a setting: the field&apos;s label and which fact it is, never its value or
          anything else from the page.
        </p>
        {problem && (
          <div className="govuk-warning-text govuk-!-margin-bottom-2" data-mappings-problem>
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              The field mappings stored for {site} cannot be read, so they are not used ({problem.message}). They are kept as
              they are: download or delete them in Settings before saving new ones.
            </strong>
          </div>
        )}
        {withheld !== undefined && (
          <p className="govuk-body-s" data-mappings-withheld>
            {withheld} mapping{withheld === 1 ? ' was' : 's were'} removed from this site&apos;s settings: saved by an earlier
            version, {withheld === 1 ? 'its label reads' : 'their labels read'} like case data (names, numbers or dates). Name
            those fields again if you need them.
          </p>
        )}
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => void pick()} disabled={picking}>
          Pick the field on the page
        </button>
        <form onSubmit={(e) => void submit(e)}>
          <div className="govuk-form-group govuk-!-margin-bottom-2">
            <label className="govuk-label govuk-label--s" htmlFor={`${id}-field`}>
              Field
            </label>
            <select className="govuk-select app-full-width" id={`${id}-field`} value={fieldKey} onChange={(e) => setFieldKey(e.target.value)}>
              <option value="">Choose a field</option>
              {open && fields.map((f) => (
                <option key={keyOf(f)} value={keyOf(f)}>
                  {f.label}: {preview(f.value)}
                  {factForLabel(f.label, f.section) ? '' : ' (not recognised)'}
                </option>
              ))}
            </select>
          </div>
          <div className="govuk-form-group govuk-!-margin-bottom-2">
            <label className="govuk-label govuk-label--s" htmlFor={`${id}-fact`}>
              It is
            </label>
            <select className="govuk-select app-full-width" id={`${id}-fact`} value={fact} onChange={(e) => setFact(e.target.value as FactId)}>
              <option value="">Choose a fact</option>
              {FactId.options.map((f) => (
                <option key={f} value={f}>
                  {FACT_NAMES[f]}
                </option>
              ))}
            </select>
          </div>
          {field && fact && (
            <p className="govuk-body-s" data-mapping-preview>
              {refusal ? (
                <>Cannot be saved: {refusal}. Settings never hold names, dates, numbers or notes from a case.</>
              ) : (
                <>
                  Will be saved for {site}: the label &quot;{field.label}&quot; is {FACT_NAMES[fact]}. Nothing else from the page.
                  {clash && <> Note: {clash}; this mapping changes that on this site.</>}
                </>
              )}
            </p>
          )}
          <button type="submit" className="govuk-button govuk-!-margin-bottom-2" disabled={Boolean(refusal)}>
            Save mapping
          </button>
        </form>
        <p className="govuk-body-s" role="status" data-mapper-message>
          {message}
        </p>
        {mappings.length > 0 && (
          <>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Mappings for this site</h3>
            <ul className="govuk-list govuk-body-s" data-mappings>
              {mappings.map((m) => (
                <li key={`${m.label}|${m.section ?? ''}`}>
                  &quot;{m.label}&quot;{m.section && ` in ${m.section}`} is {FACT_NAMES[m.fact]}{' '}
                  <button type="button" className="app-link-button app-link-button--normal" onClick={() => remove(m)} aria-label={`Remove the mapping for ${m.label}`}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="govuk-body-s">
          <a className="govuk-link" href={exportHref} download="case-guidance-mappings.json">
            Export mappings for this site
          </a>
        </p>
        <MappingImport site={site} caseWords={caseWords} />
      </div>
    </details>
  );
}
