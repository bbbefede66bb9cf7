import { z } from 'zod';
import { firstMatching } from './any-of';

/** The kinds of sexual offending the rules and licence conditions distinguish. */
export const OffenceKind = z.enum(['contact-child', 'contact-adult', 'images-internet', 'non-contact']);
export type OffenceKind = z.infer<typeof OffenceKind>;

const SexualOffence = z.object({
  id: z.string(),
  /** The offence in law, as cited in the domain reference. */
  statute: z.string(),
  /** Words of the offence as case systems write it (case-insensitive regular expression source). */
  match: z.string(),
  /** Kind when the text says nothing about the victim's age; child wording overrides it. */
  kind: OffenceKind,
  /** An example wording that must be recognised (tested). */
  example: z.string(),
});
export type SexualOffence = z.infer<typeof SexualOffence>;

/**
 * Sexual offences by wording: the Sexual Offences Act 2003 (Part 1, and its Schedule 3 list for
 * notification), the Sexual Offences Act 1956, the Protection of Children Act 1978 s.1, the
 * Criminal Justice Act 1988 s.160, and the Indecency with Children Act 1960 (domain reference,
 * "How a sexual offence is recognised"). Order matters: the first match names the offence.
 */
export const SEXUAL_OFFENCES: SexualOffence[] = z.array(SexualOffence).parse([
  { id: 'rape', statute: 'SOA 2003 s.1 / s.5 (child under 13); SOA 1956 s.1', match: '\\brape\\b', kind: 'contact-adult', example: 'Rape of a female aged 16 or over' },
  { id: 'assault-by-penetration', statute: 'SOA 2003 s.2 / s.6', match: 'assault by penetration', kind: 'contact-adult', example: 'Assault by penetration' },
  { id: 'sexual-assault', statute: 'SOA 2003 s.3 / s.7', match: '\\bsexual(ly)? assault', kind: 'contact-adult', example: 'Sexual assault on a female - 02000' },
  { id: 'indecent-assault', statute: 'SOA 1956 ss.14-15', match: '\\bindecent(ly)? assault', kind: 'contact-adult', example: 'Indecent assault on a woman' },
  { id: 'causing-sexual-activity', statute: 'SOA 2003 s.4 / s.8 / s.10', match: 'caus\\w* .*(engage|to engage) in sexual activity|inciting .*sexual activity', kind: 'contact-adult', example: 'Causing a person to engage in sexual activity without consent' },
  { id: 'abuse-of-trust', statute: 'SOA 2003 ss.16-19', match: 'abuse of (a )?position of trust', kind: 'contact-child', example: 'Abuse of position of trust: sexual activity with a child' },
  { id: 'familial-child-sex-offence', statute: 'SOA 2003 ss.25-26', match: 'familial child sex|sexual activity with a child family member|inciting a child family member', kind: 'contact-child', example: 'Sexual activity with a child family member' },
  { id: 'sexual-activity-with-child', statute: 'SOA 2003 s.9 / s.13', match: 'sexual activity with a (child|girl|boy)', kind: 'contact-child', example: 'Sexual activity with a child' },
  { id: 'sexual-activity-in-presence-of-child', statute: 'SOA 2003 s.11', match: 'sexual activity in (the )?presence of a child', kind: 'non-contact', example: 'Engaging in sexual activity in the presence of a child' },
  { id: 'causing-child-to-watch', statute: 'SOA 2003 s.12', match: 'child to watch (a )?sexual act', kind: 'non-contact', example: 'Causing a child to watch a sexual act' },
  { id: 'arranging-child-sex-offence', statute: 'SOA 2003 s.14', match: 'arrang\\w* or facilitat\\w* .*child sex offence|child sex offence', kind: 'contact-child', example: 'Arranging or facilitating commission of a child sex offence' },
  { id: 'grooming', statute: 'SOA 2003 s.15', match: 'grooming|meeting a child following', kind: 'contact-child', example: 'Meeting a child following sexual grooming' },
  { id: 'sexual-communication-with-child', statute: 'SOA 2003 s.15A', match: 'sexual communication with a child', kind: 'images-internet', example: 'Sexual communication with a child' },
  { id: 'incest', statute: 'SOA 1956 ss.10-11', match: '\\bincest\\b', kind: 'contact-child', example: 'Incest by a man' },
  { id: 'mental-disorder', statute: 'SOA 2003 ss.30-41', match: 'person with a mental disorder', kind: 'contact-adult', example: 'Sexual activity with a person with a mental disorder impeding choice' },
  { id: 'sexual-exploitation-of-child', statute: 'SOA 2003 ss.47-50', match: 'sexual services of a child|sexual exploitation of a child|child prostitution|child pornography', kind: 'contact-child', example: 'Paying for the sexual services of a child' },
  { id: 'indecent-images', statute: 'PCA 1978 s.1; CJA 1988 s.160', match: 'indecent (photograph|pseudo-photograph|image|images|film|video)', kind: 'images-internet', example: 'Make indecent photograph or pseudo-photograph of a child' },
  { id: 'administering-substance', statute: 'SOA 2003 s.61', match: 'administering a substance with intent', kind: 'contact-adult', example: 'Administering a substance with intent' },
  { id: 'offence-with-sexual-intent', statute: 'SOA 2003 ss.62-63', match: '(committing an offence|trespass) with intent to commit a sexual offence', kind: 'contact-adult', example: 'Trespass with intent to commit a sexual offence' },
  { id: 'sex-with-adult-relative', statute: 'SOA 2003 ss.64-65', match: 'sex with an adult relative', kind: 'contact-adult', example: 'Sex with an adult relative: penetration' },
  { id: 'sending-image-of-genitals', statute: 'SOA 2003 s.66A', match: 'photograph or film of genitals|cyber-?flashing', kind: 'images-internet', example: 'Sending photograph or film of genitals' },
  { id: 'sharing-intimate-image', statute: 'SOA 2003 s.66B', match: 'shar\\w* (or threaten\\w* to share )?(an )?intimate (photograph|image|film)', kind: 'images-internet', example: 'Sharing intimate photograph or film' },
  { id: 'exposure', statute: 'SOA 2003 s.66', match: '\\bexposure\\b|indecent exposure|expos\\w* genitals', kind: 'non-contact', example: 'Exposure' },
  { id: 'voyeurism', statute: 'SOA 2003 ss.67-67A', match: 'voyeurism|upskirting', kind: 'non-contact', example: 'Voyeurism' },
  { id: 'animal-or-corpse', statute: 'SOA 2003 ss.69-70', match: 'intercourse with an animal|penetration of a corpse', kind: 'non-contact', example: 'Intercourse with an animal' },
  { id: 'extreme-pornography', statute: 'CJIA 2008 s.63', match: 'extreme porn', kind: 'images-internet', example: 'Possession of extreme pornographic images' },
  { id: 'prohibited-images-of-children', statute: 'Coroners and Justice Act 2009 s.62', match: 'prohibited image', kind: 'images-internet', example: 'Possession of a prohibited image of a child' },
  { id: 'paedophile-manual', statute: 'Serious Crime Act 2015 s.69', match: 'paedophile manual', kind: 'images-internet', example: 'Possession of paedophile manual' },
  { id: 'gross-indecency-with-child', statute: 'Indecency with Children Act 1960 s.1', match: 'gross indecency with (or towards )?a child|indecency with a child', kind: 'contact-child', example: 'Gross indecency with a child' },
]);

/**
 * The first sexual offence whose wording a text matches. Each wording is compiled once (a page's
 * table of a thousand offences would otherwise compile them a thousand times), and on such a page
 * one union test turns away the offences that are none of them.
 */
const sexualOffenceIn = firstMatching(SEXUAL_OFFENCES.map((o) => [o, [new RegExp(o.match, 'i')]]));

/** Words that make an offence one against a child, whatever the offence. */
const CHILD_WORDS = /\bchild(ren)?\b|under (13|16|18)\b|\bgirl under\b|\bboy under\b|\bminor\b/i;

/**
 * Home Office offence classes that are sexual offences, as the first three digits of the
 * five-digit codes case systems append ("Sexual assault on a female - 02000"). A code is a
 * second signal: it makes an offence sexual, but its kind still comes from the words.
 * 017 sexual assault on a male; 019 rape; 020 sexual assault on a female; 021 and 022 sexual
 * activity with a child; 023 familial; 070 person with a mental disorder; 071 child sexual
 * exploitation; 073 abuse of trust; 074 gross indecency with a child; 088 other sexual
 * offences (grooming, exposure, voyeurism). 086 (obscene publications) counts only when the
 * words say "indecent".
 */
const SEXUAL_HO_CLASSES = new Set(['017', '019', '020', '021', '022', '023', '070', '071', '073', '074', '088']);

/** Offences under sex-offender law that are not themselves sexual offences (no RM2000 on them alone). */
const NOT_SEXUAL = /breach|fail\w* to comply|notification requirement|fail\w* to notify/i;

export interface OffenceClassification {
  sexual: boolean;
  kind?: OffenceKind;
  /** The entry that matched, for the card's "why". */
  offence?: SexualOffence;
  homeOfficeCode?: string;
}

export function homeOfficeCode(text: string): string | undefined {
  return text.match(/(?:^|\s|-|\()(\d{5})(?:\)|\s*$)/)?.[1];
}

/** Whether offence text describes a sexual offence, which, and of what kind. */
export function classifyOffence(text: string): OffenceClassification {
  const code = homeOfficeCode(text);
  if (NOT_SEXUAL.test(text)) return { sexual: false, homeOfficeCode: code };
  const offence = sexualOffenceIn(text);
  const child = CHILD_WORDS.test(text);
  if (offence) {
    const kind = child && offence.kind === 'contact-adult' ? 'contact-child' : offence.kind;
    return { sexual: true, kind, offence, homeOfficeCode: code };
  }
  const byCode = code !== undefined && (SEXUAL_HO_CLASSES.has(code.slice(0, 3)) || (code.startsWith('086') && /indecent/i.test(text)));
  return byCode ? { sexual: true, homeOfficeCode: code } : { sexual: false, homeOfficeCode: code };
}
