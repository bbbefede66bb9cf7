import type { LicenceCategory, LicenceTheme } from '../facts/licence-conditions';
import type { OffenceKind } from '../facts/offences';

/**
 * Which licence-condition themes relate to which kind of offending (domain reference,
 * "Licence conditions: categories"; leaflet: "internet offenders include restrictions of
 * contact with children or restrictions on internet use"). `expected` themes are suggested
 * when absent; `related` themes count as linked to the offending. Conditions in
 * `alwaysLinked` categories serve risk management in general and are never flagged.
 */
export const RELEVANCE: Record<OffenceKind, { expected: LicenceTheme[]; related: LicenceTheme[] }> & {
  alwaysLinked: LicenceCategory[];
} = {
  'images-internet': {
    expected: ['internet-enabled devices'],
    related: ['internet-enabled devices', 'monitoring software', 'single phone or SIM', 'social media and cloud storage', 'unsupervised contact with children', 'work or activities with children', 'disclosure of developing relationships'],
  },
  'contact-child': {
    // Offending against children usually also calls for victim no-contact and household conditions.
    expected: ['unsupervised contact with children', 'victim contact', 'residing in a household with children'],
    related: ['unsupervised contact with children', 'residing in a household with children', 'work or activities with children', 'exclusion zones', 'disclosure of developing relationships', 'victim contact', 'internet-enabled devices', 'social media and cloud storage'],
  },
  'contact-adult': {
    expected: ['victim contact'],
    related: ['victim contact', 'disclosure of developing relationships', 'exclusion zones'],
  },
  'non-contact': {
    expected: [],
    related: ['exclusion zones', 'victim contact', 'disclosure of developing relationships', 'internet-enabled devices'],
  },
  alwaysLinked: [
    'residence at a specific place',
    'participation in a programme or activities',
    'polygraph',
    'electronic monitoring',
    'curfew',
    'supervision in the community',
  ],
};
