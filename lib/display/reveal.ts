/**
 * Characters that change how text looks without being seen: bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) can make "9791/80/81" read as
 * "18/08/1979", and zero-width characters (U+200B–U+200D, U+2060, U+FEFF, U+00AD) can hide
 * inside a word. Page text is shown with each one made visible, so lookalike text never passes
 * as plain. Pure: the panel marks them, the value itself is left as the page gave it (so a
 * value carrying one is not read as a fact either).
 */
const CHARACTERS = '[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u00AD]';
/** Separate expressions: a global one keeps its position between uses, which would skip a match. */
const ANY_HIDDEN = new RegExp(CHARACTERS);
const EACH_HIDDEN = new RegExp(CHARACTERS, 'g');

export type TextPart = { text: string } | { hidden: string; code: string };

export function hasHiddenCharacters(text: string): boolean {
  return ANY_HIDDEN.test(text);
}

/** The text as parts: plain runs, and each hidden character with its code point ("U+202E"). */
export function revealHidden(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(EACH_HIDDEN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ hidden: match[0], code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
