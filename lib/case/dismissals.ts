import { hasIdentity, pageKey, type CaseIdentity } from './memory';

/**
 * The case a dismissal belongs to: the person when the page says who (so every page of the case
 * shares it, and two people never do), else the page's full address, query string included
 * (systems that keep the case in the query string must not share dismissals between cases).
 */
export function dismissalCase(identity: CaseIdentity, url: string): string {
  if (!hasIdentity(identity)) return `page:${pageKey(url)}`;
  const { crn, pnc, prisonNumber, nameAndBirth } = identity;
  return `person:${crn ?? ''}|${pnc ?? ''}|${prisonNumber ?? ''}|${crn || pnc || prisonNumber ? '' : (nameAndBirth ?? '')}`;
}

/**
 * What a dismissal covers: this rule, at this version, saying this. A card dismissed while it
 * did not apply comes back when it applies or turns critical, and a rule whose wording changed
 * (a new version) is shown again.
 */
export function dismissalKey(result: { ruleId: string; version: number; status: string; indicator: string }): string {
  return `${result.ruleId}@${result.version}:${result.status}:${result.indicator}`;
}
