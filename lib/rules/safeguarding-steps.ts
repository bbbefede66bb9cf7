import { z } from 'zod';

/**
 * Safeguarding steps by the reader's role ("I work as"), as data. The leaflet's steps were
 * written for support workers and volunteers; practitioners with statutory duties act
 * themselves. The lead wires the setting; `stepsFor` is pure. Unknown roles get the
 * probation steps (the product default).
 */
export const Role = z.enum(['probation', 'police', 'prison', 'volunteer']);
export type Role = z.infer<typeof Role>;

const Steps = z.record(Role, z.array(z.string().min(10)).min(3));

const ALWAYS = 'Always do something, never do nothing. Record your concerns (if it is not written down it did not happen).';
const EMERGENCY = 'If there is an immediate risk to anyone, call 999.';

export const SAFEGUARDING_STEPS: Record<Role, string[]> = Steps.parse({
  probation: [
    ALWAYS,
    EMERGENCY,
    "Where a child may be at risk, refer to children's social care under your local safeguarding procedures and record the referral.",
    'Review the risk management plan and, for a MAPPA case, tell the MAPPA chair or co-ordinator; tell the police offender manager for a registered person.',
    'Consider whether the change needs an OASys review or a licence or order variation.',
  ],
  police: [
    ALWAYS,
    EMERGENCY,
    "Where a child may be at risk, refer to children's social care and act under your safeguarding procedures.",
    'Tell the offender manager (probation) and, for a MAPPA case, the MAPPA co-ordinator; update the shared record (ViSOR) as your force requires.',
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

export function stepsFor(role: string | undefined): string[] {
  const parsed = Role.safeParse(role);
  return SAFEGUARDING_STEPS[parsed.success ? parsed.data : 'probation'];
}
