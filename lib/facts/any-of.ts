/**
 * One regular expression that matches a text exactly when at least one of `sources` does: each
 * source becomes an alternative of its own, and an alternation matches where any alternative
 * matches. Tried before a list of patterns that is searched in order, it turns away in one test
 * the texts none of them can match (most fields of a page are not offences or orders), so a
 * list of thirty wordings costs one test a field, not thirty. It only rules texts out: which
 * pattern matches first is still decided by the list.
 *
 * Refused: a back-reference (renumbered in the union, it would point at another group) and
 * patterns whose flags differ (one union has one set of flags).
 */
export function anyOf(patterns: Array<string | RegExp>, flags = 'i'): RegExp {
  const sources = patterns.map((p) => {
    if (typeof p !== 'string' && p.flags !== flags) throw new Error(`anyOf: /${p.source}/${p.flags} does not have the flags "${flags}"`);
    const source = typeof p === 'string' ? p : p.source;
    if (/\\[1-9]|\\k</.test(source)) throw new Error(`anyOf: ${source} has a back-reference`);
    return `(?:${source})`;
  });
  // No patterns: a union that matches nothing, as none of them would.
  return sources.length > 0 ? new RegExp(sources.join('|'), flags) : /(?!)/;
}

/**
 * The first entry (in list order) with a pattern that matches a text, as
 * `entries.find(([, patterns]) => patterns.some((p) => p.test(text)))` finds it. Once it has been
 * asked more than `after` times, a union of every pattern (anyOf) first turns away the texts no
 * entry matches: a page with a thousand offences pays for compiling the union once, a page with
 * ten never does (compiling a union of fifty patterns costs about what a hundred searches do).
 */
export function firstMatching<T>(entries: Array<[T, RegExp[]]>, after = 64): (text: string) => T | undefined {
  let asked = 0;
  let union: RegExp | undefined;
  return (text) => {
    if (!union && ++asked > after) union = anyOf(entries.flatMap(([, patterns]) => patterns));
    if (union && !union.test(text)) return undefined;
    return entries.find(([, patterns]) => patterns.some((p) => p.test(text)))?.[0];
  };
}
