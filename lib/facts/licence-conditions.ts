import { z } from 'zod';

/**
 * The sixteen additional-condition categories of the licence policy (PolicyV3,
 * ministryofjustice/create-and-vary-a-licence-api service/policies), and the themes that
 * matter for sexual offending (domain reference, "Licence conditions: categories").
 */
export const LicenceCategory = z.enum([
  'residence at a specific place',
  'restriction of residency',
  'making or maintaining contact with a person',
  'participation in a programme or activities',
  'possession, ownership, control or inspection of items or documents',
  'disclosure of information',
  'curfew',
  'freedom of movement',
  'supervision in the community',
  'restriction of specified conduct or acts',
  'extremism',
  'polygraph',
  'drugs, alcohol and solvents',
  'electronic monitoring',
  'terrorist personal search',
  'serious organised crime',
]);
export type LicenceCategory = z.infer<typeof LicenceCategory>;

export const LicenceTheme = z.enum([
  'internet-enabled devices',
  'monitoring software',
  'single phone or SIM',
  'social media and cloud storage',
  'unsupervised contact with children',
  'residing in a household with children',
  'work or activities with children',
  'disclosure of developing relationships',
  'victim contact',
  'exclusion zones',
  'polygraph',
  'programme attendance',
]);
export type LicenceTheme = z.infer<typeof LicenceTheme>;

const Rule = z.object({ match: z.string(), category: LicenceCategory, themes: z.array(LicenceTheme) });

/**
 * Wording to category and themes, most specific first; the first match names the category and
 * every matching rule adds its themes. Source: PolicyV3 condition texts (see above).
 */
export const LICENCE_RULES = z.array(Rule).parse([
  { match: 'polygraph', category: 'polygraph', themes: ['polygraph'] },
  { match: 'electronic(ally)? monitor|\\btag\\b|trail monitoring|gps', category: 'electronic monitoring', themes: [] },
  { match: 'curfew', category: 'curfew', themes: [] },
  { match: 'monitoring software|install.*software', category: 'possession, ownership, control or inspection of items or documents', themes: ['monitoring software', 'internet-enabled devices'] },
  { match: 'more than one (mobile )?(phone|sim)|single (mobile )?(phone|sim)|one mobile phone', category: 'possession, ownership, control or inspection of items or documents', themes: ['single phone or SIM'] },
  { match: 'social media|cloud storage|online storage|\\bapps?\\b', category: 'possession, ownership, control or inspection of items or documents', themes: ['social media and cloud storage', 'internet-enabled devices'] },
  { match: 'internet|computer|device|smart ?phone|camera|digital', category: 'possession, ownership, control or inspection of items or documents', themes: ['internet-enabled devices'] },
  { match: 'reside .*(household|address).*child|household.*child|live .*with.*child', category: 'restriction of residency', themes: ['residing in a household with children'] },
  { match: 'unsupervised contact|contact .*child|child.*contact|communicat\\w* with any child', category: 'making or maintaining contact with a person', themes: ['unsupervised contact with children'] },
  { match: 'victim', category: 'making or maintaining contact with a person', themes: ['victim contact'] },
  { match: 'exclusion zone|not to enter|play ?areas?|schools?|swimming|parks?|playgrounds?', category: 'freedom of movement', themes: ['exclusion zones'] },
  { match: '(work|employment|voluntary|activit\\w*|organisation).*(child|under the age of 18)|(child|under 18).*(work|employment|activit)', category: 'restriction of specified conduct or acts', themes: ['work or activities with children'] },
  { match: 'relationship', category: 'disclosure of information', themes: ['disclosure of developing relationships'] },
  { match: 'disclos|notify|inform', category: 'disclosure of information', themes: [] },
  { match: 'programme|course|treatment|horizon|kaizen|sotp|building choices|intervention', category: 'participation in a programme or activities', themes: ['programme attendance'] },
  { match: 'drug|alcohol|solvent|substance', category: 'drugs, alcohol and solvents', themes: [] },
  { match: 'extremis|radicalis|terroris.*material', category: 'extremism', themes: [] },
  { match: 'personal search|search.*(person|body)', category: 'terrorist personal search', themes: [] },
  { match: 'organised crime|cash|financial', category: 'serious organised crime', themes: [] },
  { match: 'reside at|live at|approved premises|residence', category: 'residence at a specific place', themes: [] },
  { match: 'not to reside|not reside|not live', category: 'restriction of residency', themes: [] },
  { match: 'contact|associate|approach|communicat', category: 'making or maintaining contact with a person', themes: [] },
  { match: 'not to (enter|travel|go)|remain within|area', category: 'freedom of movement', themes: [] },
  { match: 'report|appointment|supervis', category: 'supervision in the community', themes: [] },
]);

export interface ConditionClass {
  category?: LicenceCategory;
  themes: LicenceTheme[];
}

export function classifyCondition(text: string): ConditionClass {
  const matching = LICENCE_RULES.filter((r) => new RegExp(r.match, 'i').test(text));
  return { category: matching[0]?.category, themes: [...new Set(matching.flatMap((r) => r.themes))] };
}

/**
 * Names systems give the categories (CVL shows the category as the key of each condition):
 * the policy's own names and the shorter ones CVL uses.
 */
export const CATEGORY_NAMES: Array<{ name: string; category: LicenceCategory }> = [
  ...LicenceCategory.options.map((category) => ({ name: category, category })),
  { name: 'programmes or activities', category: 'participation in a programme or activities' },
  { name: 'items and documents', category: 'possession, ownership, control or inspection of items or documents' },
  { name: 'residence', category: 'residence at a specific place' },
  { name: 'contact with a person', category: 'making or maintaining contact with a person' },
  { name: 'conduct or acts', category: 'restriction of specified conduct or acts' },
  { name: 'drugs', category: 'drugs, alcohol and solvents' },
  { name: 'alcohol', category: 'drugs, alcohol and solvents' },
  { name: 'curfew arrangement', category: 'curfew' },
  { name: 'alcohol monitoring', category: 'electronic monitoring' },
  { name: 'electronic monitoring', category: 'electronic monitoring' },
];

const squash = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/** The category a key or title names ("Items and documents"), if it is one. */
export function categoryNamed(text: string): LicenceCategory | undefined {
  const t = squash(text);
  return CATEGORY_NAMES.find((c) => squash(c.name) === t)?.category;
}

/**
 * The standard licence conditions (Criminal Justice Act 2003 s.250, the Criminal Justice
 * (Sentencing) (Licence Conditions) Order 2015) in their statutory and plain-English wordings:
 * a printed licence lists them before the additional ones.
 */
export const STANDARD_CONDITIONS = [
  'be of good behaviour',
  'not (to )?commit any offence',
  'do not break the law',
  'keep in touch with (the|your) supervising officer',
  'attend arranged meetings',
  'receive visits from (the|your) supervising officer',
  'reside permanently at an address approved',
  'live at an address approved',
  'not (to )?undertake work',
  'not (to )?travel outside the united kingdom',
  'tell (the|your) supervising officer if you (use a|change)',
  'allow visits',
  'get permission for work',
  'get permission to travel',
];
const STANDARD = new RegExp(`^(you must )?(${STANDARD_CONDITIONS.join('|')})`, 'i');

export function isStandardCondition(text: string): boolean {
  return STANDARD.test(text.trim());
}
