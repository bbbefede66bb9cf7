import { useId, useState } from 'react';
import { planImport, type ImportPlan } from '@/lib/facts/mapping-policy';
import { importMappings, type SiteMappings } from '@/lib/facts/mappings';
import { readSiteMappings, updateMappings } from '@/lib/settings/settings';

type Plan = Extract<ImportPlan, { ok: true }> & { file: SiteMappings };

/** An import the plan refuses when it is made again at saving: its message is shown as it is. */
class ImportRefused extends Error {}

/**
 * Imports a mappings file: checked whole before anything is written (all or nothing), merged
 * with what the site has stored at that moment (never with a list shown a moment ago, which
 * may lag storage), and for a site other than the one in hand only after the user says so.
 */
export function MappingImport({
  site,
  onSaved,
  caseWords = [],
}: {
  /** The open case's name parts and numbers, when imported in the panel: no label may hold one. */
  caseWords?: readonly string[];
  site?: string;
  /** After an import is stored (the settings page lists the new site). */
  onSaved?: (site: string) => void;
}) {
  const id = useId();
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<Plan>();

  const importFile = async (file: File | undefined): Promise<void> => {
    setPending(undefined);
    if (!file) return;
    const parsed = importMappings(await file.text());
    if (!parsed.ok) return setMessage(parsed.error);
    const stored = await readSiteMappings(parsed.value.site).catch((error: unknown) => ({
      mappings: [],
      problem: { message: error instanceof Error ? error.message : String(error) },
    }));
    // Merging with a list that cannot be read would replace it: refused, and said so.
    if (stored.problem)
      return setMessage(`Nothing was imported: the mappings stored for ${parsed.value.site} cannot be read (${stored.problem.message}). Download or delete them in Settings first.`);
    const plan = planImport(parsed.value, stored.mappings, site, caseWords);
    if (!plan.ok) return setMessage(plan.error);
    if (!plan.otherSite) return apply({ ...plan, file: parsed.value });
    setMessage('');
    setPending({ ...plan, file: parsed.value });
  };

  const apply = async (shown: Plan): Promise<void> => {
    setPending(undefined);
    try {
      // Planned again against what is stored when it is written: the user may have confirmed
      // a while after the plan was shown, and another page may have saved meanwhile.
      const plan = await updateMappings(shown.site, (current) => {
        const again = planImport(shown.file, current, site, caseWords);
        if (!again.ok) throw new ImportRefused(again.error);
        return { mappings: again.merged, result: again };
      });
      onSaved?.(plan.site);
      setMessage(`Imported for ${plan.site}: ${plan.added} new mapping${plan.added === 1 ? '' : 's'}, ${plan.merged.length} in all.`);
    } catch (error) {
      setMessage(error instanceof ImportRefused ? error.message : `Nothing was imported: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };

  return (
    <div data-mapping-import>
      <div className="govuk-form-group govuk-!-margin-bottom-1">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-import`}>
          Import mappings (a file exported here or by your organisation)
        </label>
        <input className="govuk-file-upload" id={`${id}-import`} type="file" accept="application/json,.json" onChange={(e) => void importFile(e.target.files?.[0])} />
      </div>
      <p className="govuk-body-s" role="status" data-import-message>
        {message}
      </p>
      {pending && (
        <div className="govuk-inset-text" data-import-confirm>
          <p className="govuk-body-s">
            {site ? 'This file is for another site, ' : 'This file is for '}
            {pending.site}: {pending.added} new mapping{pending.added === 1 ? '' : 's'}, merged with the {pending.existing} it has now. Import them for{' '}
            {pending.site}?
          </p>
          <button type="button" className="govuk-button govuk-!-margin-bottom-0 govuk-!-margin-right-2" onClick={() => void apply(pending)}>
            Import for {pending.site}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setPending(undefined)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
