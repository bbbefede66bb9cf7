import { hasHiddenCharacters, revealHidden } from '@/lib/display/reveal';

/**
 * Text from a page, shown as text (never HTML) with any invisible or direction-changing
 * character made visible as a marked code ("[U+202E]"), and a note for screen readers.
 */
export function PageText({ text }: { text: string }) {
  if (!hasHiddenCharacters(text)) return <>{text}</>;
  return (
    <span data-hidden-characters>
      {/* An isolate, so the page's own direction marks cannot reorder what follows. */}
      <bdi>
        {revealHidden(text).map((part, i) =>
          'text' in part ? (
            <span key={i}>{part.text}</span>
          ) : (
            <mark key={i} className="app-hidden-char" title="A hidden formatting character from the page">
              [{part.code}]
            </mark>
          ),
        )}
      </bdi>
      <span className="govuk-visually-hidden"> (contains hidden formatting characters)</span>
      <strong className="app-hidden-note"> (hidden characters shown)</strong>
    </span>
  );
}
