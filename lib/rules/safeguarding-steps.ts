import { z } from 'zod';

/**
 * Safeguarding steps by the reader's role ("I work as"), as data. The leaflet's steps were
 * written for support workers and volunteers; practitioners with statutory duties act
 * themselves. The setting lives in lib/settings/settings.ts (roleSetting); `stepsFor` is pure. Unknown roles get the
 * probation steps (the product default).
 */
export const Role = z.enum(['probation', 'police', 'prison', 'volunteer']);
export type Role = z.infer<typeof Role>;

const Steps = z.record(Role, z.array(z.string().min(10)).min(3));

const ALWAYS = 'Always do something, never do nothing. Record your concerns (if it is not written down it did not happen).';
const EMERGENCY = 'If there is an immediate risk to anyone, call 999.';

export const SAFEGUARDING_STEPS: Record<Role, string[]> = Steps.parse({
  // Statutory routes: Working Together to Safeguard Children 2023 (children's social care, the
  // MASH where there is one, and the LADO for people who work with children); Care Act 2014
  // s.42 for adults at risk; MAPPA (CJA 2003 s.325); the disclosure schemes.
  probation: [
    ALWAYS,
    EMERGENCY,
    "Where a child may be at risk, refer to children's social care (the MASH, where your area has one) under Working Together to Safeguard Children 2023, and tell police public protection.",
    'Where the person works or volunteers with children, tell the local authority designated officer (LADO).',
    'For a MAPPA case, tell the MAPPA chair or co-ordinator; for a registered person, the police offender manager. Consider the disclosure schemes (Child Sex Offender Disclosure Scheme; Domestic Violence Disclosure Scheme).',
    'Where an adult with care and support needs may be at risk, refer to adult social care for a Care Act 2014 s.42 enquiry.',
    'Review the risk management plan, and whether the change needs an OASys review or a licence or order variation.',
  ],
  police: [
    ALWAYS,
    EMERGENCY,
    "Where a child may be at risk, refer to children's social care (the MASH, where your area has one) under Working Together to Safeguard Children 2023, and act under your force's public protection procedures.",
    'Where the person works or volunteers with children, tell the local authority designated officer (LADO).',
    'Tell the offender manager (probation) and, for a MAPPA case, the MAPPA co-ordinator; update ViSOR as your force requires. Consider a disclosure under the Child Sex Offender Disclosure Scheme.',
    'Where an adult with care and support needs may be at risk, refer to adult social care for a Care Act 2014 s.42 enquiry.',
    'Check whether the information shows a failure to notify (SOA 2003 s.91) or a breach of an order (Sentencing Act 2020 s.354).',
  ],
  prison: [
    ALWAYS,
    EMERGENCY,
    "Tell the prison's safeguarding or public protection lead and the Prison Offender Manager; do not approve or arrange contact with a child yourself.",
    'Record the concern in the prison case notes.',
  ],
  volunteer: [
    ALWAYS,
    'Pass on your concerns: speak to your line manager first, then to the offender manager if your manager advises.',
    EMERGENCY,
    'Speak to the person only if it is safe, and after speaking to their offender manager and your line manager.',
  ],
});

/** The role names the settings offer. */
export const ROLE_NAMES: Record<Role, string> = {
  probation: 'Probation practitioner',
  police: 'Police (offender management)',
  prison: 'Prison staff',
  volunteer: 'Volunteer or support worker',
};

export function stepsFor(role: string | undefined): string[] {
  const parsed = Role.safeParse(role);
  return SAFEGUARDING_STEPS[parsed.success ? parsed.data : 'probation'];
}

/**
 * The safeguarding card with the steps for the reader's role in place of the leaflet's own list
 * (which was written for volunteers). What the card found on the page stays first.
 */
export function withRoleSteps<R extends { ruleId: string; status: string; detail: string[] }>(results: R[], role: string | undefined, leafletSteps: string[]): R[] {
  return results.map((r) => {
    if (r.ruleId !== 'safeguarding-concern' || r.status !== 'applies') return r;
    const found = r.detail.filter((line) => !leafletSteps.includes(line));
    return { ...r, detail: [...found, ...stepsFor(role)] };
  });
}
