import { z } from 'zod';

/**
 * A public source a practitioner can open: title, section and address. Only https addresses
 * on public sites are allowed, so a card can render them as links safely.
 */
export const LegalSource = z.object({
  title: z.string().min(3),
  section: z.string().min(1).optional(),
  url: z.url().refine((u) => u.startsWith('https://'), 'https addresses only'),
});
export type LegalSource = z.infer<typeof LegalSource>;

const LEG = 'https://www.legislation.gov.uk';

/** Addresses used across the statute tables (legislation.gov.uk, current revised text). */
export const URLS = {
  soa2003Part2: `${LEG}/ukpga/2003/42/part/2`,
  soa2003s80: `${LEG}/ukpga/2003/42/section/80`,
  soa2003s82: `${LEG}/ukpga/2003/42/section/82`,
  soa2003s83: `${LEG}/ukpga/2003/42/section/83`,
  soa2003s84: `${LEG}/ukpga/2003/42/section/84`,
  soa2003s85: `${LEG}/ukpga/2003/42/section/85`,
  soa2003s91: `${LEG}/ukpga/2003/42/section/91`,
  soa2003s91A: `${LEG}/ukpga/2003/42/section/91A`,
  soa2003s130: `${LEG}/ukpga/2003/42/section/130`,
  soa2003s131: `${LEG}/ukpga/2003/42/section/131`,
  soa2003s134: `${LEG}/ukpga/2003/42/section/134`,
  soa2003sch3: `${LEG}/ukpga/2003/42/schedule/3`,
  notificationRegs2012: `${LEG}/uksi/2012/1876/contents/made`,
  sa2020s82: `${LEG}/ukpga/2020/17/section/82`,
  sa2020s343: `${LEG}/ukpga/2020/17/part/11/chapter/2`,
  sa2020s344: `${LEG}/ukpga/2020/17/section/344`,
  sa2020s354: `${LEG}/ukpga/2020/17/section/354`,
  sa2020s209: `${LEG}/ukpga/2020/17/section/209`,
  cja2003s244: `${LEG}/ukpga/2003/44/section/244`,
  cja2003s244ZA: `${LEG}/ukpga/2003/44/section/244ZA`,
  cja2003s244A: `${LEG}/ukpga/2003/44/section/244A`,
  cja2003s246: `${LEG}/ukpga/2003/44/section/246`,
  cja2003s246A: `${LEG}/ukpga/2003/44/section/246A`,
  cja2003s256AA: `${LEG}/ukpga/2003/44/section/256AA`,
  cja2003s325: `${LEG}/ukpga/2003/44/section/325`,
  cja2003s327: `${LEG}/ukpga/2003/44/section/327`,
  si2024_844: `${LEG}/uksi/2024/844/contents`,
  sentencingAct2026: `${LEG}/ukpga/2026/2/contents`,
  sentencingAct2026s23: `${LEG}/ukpga/2026/2/section/23`,
  sentencingAct2026s49: `${LEG}/ukpga/2026/2/section/49`,
  si2026_402: `${LEG}/uksi/2026/402/contents/made`,
  oma2007s28: `${LEG}/ukpga/2007/21/section/28`,
  csa1997s28: `${LEG}/ukpga/1997/43/section/28`,
  sentencingCodes241: `${LEG}/ukpga/2020/17/section/241`,
  bankHolidays: 'https://www.gov.uk/bank-holidays',
  dbsFiltering: 'https://www.gov.uk/government/publications/dbs-filtering-guidance/dbs-filtering-guide',
  licencePolicy: 'https://www.gov.uk/government/publications/licence-conditions-policy-framework',
  mappaGuidance: 'https://www.gov.uk/government/publications/multi-agency-public-protection-arrangements-mappa-guidance',
} as const;
