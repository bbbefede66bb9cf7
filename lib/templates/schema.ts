import { z } from 'zod';

/** Pre-fills a placeholder can take from the case record (see prefill.ts). */
export const PrefillId = z.enum([
  'currentSituation',
  'rosh',
  'mappa',
  'agencies',
  'existingControls',
  'armsPrompts',
  'conditionsOrRequirements',
  'contactLevel',
  'victimIssues',
]);
export type PrefillId = z.infer<typeof PrefillId>;

export const Placeholder = z.object({
  id: z.string().regex(/^[a-z][a-zA-Z]*$/),
  label: z.string().min(3),
  type: z.enum(['text', 'multiline']),
  default: z.string().default(''),
  /** A fact from the page that fills the placeholder to start with. */
  prefill: PrefillId.optional(),
  required: z.boolean().default(false),
});
export type Placeholder = z.infer<typeof Placeholder>;

export const Section = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  title: z.string().min(3),
  /** For the writer: shown beside the form, never copied or inserted. */
  guidance: z.string().min(10),
  /** Text with {{placeholderId}} where a value goes; everything else is copied as written. */
  body: z.string().min(3),
  placeholders: z.array(Placeholder),
  /** OASys sections: the leaflet sections whose content belongs here. */
  fromLeaflet: z.array(z.string()).optional(),
});
export type Section = z.infer<typeof Section>;

export const Layout = z.object({
  id: z.enum(['leaflet', 'oasys']),
  name: z.string(),
  source: z.string(),
  sections: z.array(Section).min(1),
});
export type Layout = z.infer<typeof Layout>;
