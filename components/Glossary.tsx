import { useEffect, useId, useMemo, useState } from 'react';
import { KEY_LISTS } from '@/lib/glossary/lists';
import { lookUp, termById, termsIn } from '@/lib/glossary/search';
import type { Field } from '@/lib/reader/types';
import type { Term } from '@/lib/glossary/terms';

type Selected = { kind: 'term'; id: string } | { kind: 'list'; id: string } | undefined;

interface Props {
  /** A term to look up on arrival (from "Look up '…'" or a term on the page); changes re-run it. */
  query?: { text: string; at: number };
  /** Terms to offer as shortcuts (e.g. those named on the case page). */
  shortcuts?: Term[];
  headingLevel?: 2 | 3;
}

/** Search-as-you-type over the glossary, entries, and the leaflet's key lists. Text only, never HTML. */
export function Glossary({ query, shortcuts = [], headingLevel = 2 }: Props) {
  const id = useId();
  const [text, setText] = useState(query?.text ?? '');
  const [selected, setSelected] = useState<Selected>(() => {
    const best = query ? lookUp(query.text).best : undefined;
    return best ? { kind: 'term', id: best.id } : undefined;
  });
  useEffect(() => {
    if (!query) return;
    setText(query.text);
    const best = lookUp(query.text).best;
    setSelected(best ? { kind: 'term', id: best.id } : undefined);
  }, [query]);

  const { exact, best, results } = lookUp(text);
  const H = `h${headingLevel}` as const;
  const H2 = `h${headingLevel + 1}` as 'h3' | 'h4';
  const entry = selected?.kind === 'term' ? termById(selected.id) : undefined;
  const list = selected?.kind === 'list' ? KEY_LISTS.find((l) => l.id === selected.id) : undefined;
  const show = (term: Term) => setSelected({ kind: 'term', id: term.id });

  return (
    <section aria-labelledby={`${id}-heading`} data-glossary>
      <H className="govuk-heading-s govuk-!-margin-bottom-2" id={`${id}-heading`}>
        Quick reference
      </H>
      <div className="govuk-form-group govuk-!-margin-bottom-2">
        <label className="govuk-label govuk-body-s" htmlFor={`${id}-search`}>
          Look up a term
        </label>
        <input
          className="govuk-input"
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            const next = lookUp(e.target.value).best;
            setSelected(next ? { kind: 'term', id: next.id } : undefined);
          }}
        />
      </div>
      {text.trim().length >= 2 && (
        <div role="status" className="govuk-body-s" data-glossary-results>
          {results.length === 0 ? (
            <p className="govuk-body-s">No term matches &quot;{text.trim()}&quot;.</p>
          ) : (
            <>
              <p className="govuk-body-s govuk-!-margin-bottom-1">{exact ? 'Found:' : best ? `Showing ${best.term}, the closest term. Others:` : 'Closest terms:'}</p>
              <ul className="govuk-list govuk-body-s">
                {results.map((t) => (
                  <li key={t.id}>
                    <button type="button" className="app-link-button app-link-button--normal" onClick={() => show(t)} aria-current={entry?.id === t.id}>
                      {t.term}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {shortcuts.length > 0 && !entry && !list && (
        <>
          <p className="govuk-body-s govuk-!-margin-bottom-1">Terms on this page:</p>
          <ul className="govuk-list govuk-body-s app-inline-list" data-page-terms>
            {shortcuts.map((t) => (
              <li key={t.id}>
                <button type="button" className="app-link-button app-link-button--normal" onClick={() => show(t)}>
                  {t.aliases[0] ?? t.term}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {entry && (
        <article className="app-card" aria-labelledby={`${id}-entry`} data-term-id={entry.id}>
          <H2 className="govuk-heading-s govuk-!-margin-bottom-1" id={`${id}-entry`}>
            {entry.term}
          </H2>
          <p className="govuk-body-s">{entry.definition}</p>
          {entry.leaflet && (
            <p className="govuk-body-s">
              <strong>The leaflet:</strong> {entry.leaflet}
            </p>
          )}
          {entry.current && (
            <p className="govuk-body-s">
              <strong>Current position:</strong> {entry.current}
            </p>
          )}
          {entry.related.length > 0 && (
            <p className="govuk-body-s">
              <strong>Related:</strong>{' '}
              {entry.related.map((r, i) => {
                const t = termById(r)!;
                return (
                  <span key={r}>
                    {i > 0 && ', '}
                    <button type="button" className="app-link-button app-link-button--normal" onClick={() => show(t)}>
                      {t.aliases[0] ?? t.term}
                    </button>
                  </span>
                );
              })}
            </p>
          )}
          <p className="govuk-body-s app-empty govuk-!-margin-bottom-0">Sources: {entry.sources.join('; ')}</p>
        </article>
      )}
      {list && (
        <article className="app-card" aria-labelledby={`${id}-list`} data-key-list={list.id}>
          <H2 className="govuk-heading-s govuk-!-margin-bottom-1" id={`${id}-list`}>
            {list.title}
          </H2>
          {list.intro && <p className="govuk-body-s govuk-!-margin-bottom-1">{list.intro}</p>}
          {list.items && <BulletList items={list.items} />}
          {list.groups?.map((g) => (
            <div key={g.heading} data-key-list-group={g.heading}>
              <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">{g.heading}</p>
              <BulletList items={g.items} />
            </div>
          ))}
          {list.note && <p className="govuk-body-s">{list.note}</p>}
          <p className="govuk-body-s app-empty govuk-!-margin-bottom-0">Source: {list.source}</p>
        </article>
      )}
      <H2 className="govuk-heading-s govuk-!-margin-top-3 govuk-!-margin-bottom-1">Key lists from the leaflet</H2>
      <ul className="govuk-list govuk-body-s">
        {KEY_LISTS.map((l) => (
          <li key={l.id}>
            <button type="button" className="app-link-button app-link-button--normal" onClick={() => setSelected({ kind: 'list', id: l.id })} aria-current={list?.id === l.id}>
              {l.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function BulletList({ items }: { items: string[] }) {
  return (
    <ul className="govuk-list govuk-list--bullet govuk-body-s">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The glossary, offering the terms this page names (worked out only while it is open). */
export function PageGlossary({ fields }: { fields: Field[] }) {
  const terms = useMemo(() => termsIn(fields.flatMap((f) => [f.label, f.value])), [fields]);
  return <Glossary shortcuts={terms} headingLevel={3} />;
}
