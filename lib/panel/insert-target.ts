import { browser } from 'wxt/browser';
import { InsertTargetSchema, type InsertTarget } from '../messages';
import { AGENT_KEY } from '../page/agent-key';
import { isSiteEnabled } from '../settings/sites';

/** Where the plan would go: the frame and field the user last chose on the page, checked. */
export type InsertChoice = { ok: true; frameId: number; target: InsertTarget; origin: string } | { ok: false; reason: string };

const NONE = 'Click into the text box on the page where the plan goes, then choose Insert again.';

/**
 * Picks the field text may go into from every frame's answer: the one the user chose last. A
 * field the user did not choose (focus moved by a script), a hidden or tiny one, or one in a
 * frame of a site that is neither the case page's nor one the user enabled is refused, and the
 * user is told why before anything is written.
 */
export function chooseInsertTarget(
  answers: Array<{ frameId: number; target?: InsertTarget }>,
  topOrigin: string,
  enabled: (origin: string) => boolean,
): InsertChoice {
  const found = answers
    .filter((a): a is { frameId: number; target: InsertTarget } => a.target !== undefined)
    .sort((a, b) => b.target.at - a.target.at)[0];
  if (!found) return { ok: false, reason: NONE };
  let origin: string;
  try {
    origin = new URL(found.target.url).origin;
  } catch {
    return { ok: false, reason: NONE };
  }
  if (found.target.refusal) return { ok: false, reason: `Not inserted into "${found.target.label}": ${found.target.refusal}. ${NONE}` };
  if (origin !== topOrigin && !enabled(origin))
    return { ok: false, reason: `Not inserted: the field you last clicked is in a frame from ${origin}, a site that is not enabled. ${NONE}` };
  return { ok: true, frameId: found.frameId, target: found.target, origin };
}

/** Asks every frame of the tab where its user last clicked (the agent of each frame answers). */
export async function findInsertTarget(tabId: number, topUrl: string): Promise<InsertChoice> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      // Runs in the extension's isolated world of each frame, where the page agent lives. The
      // function is sent on its own, so the key of the agent's global comes as an argument.
      func: (key: string) => (globalThis as unknown as Record<symbol, { insertTarget?: () => unknown } | undefined>)[Symbol.for(key)]?.insertTarget?.(),
      args: [AGENT_KEY],
    });
    // An agent that has no field to offer (or is not there yet) answers nothing; anything else is checked.
    const answers = results.map((r) => {
      const parsed = InsertTargetSchema.safeParse(r.result);
      return { frameId: r.frameId, target: parsed.success ? parsed.data : undefined };
    });
    const topOrigin = new URL(topUrl).origin;
    const origins = [...new Set(answers.flatMap((a) => (a.target ? [safeOrigin(a.target.url)] : [])))].filter((o) => o && o !== topOrigin);
    const allowed = new Set<string>();
    for (const o of origins) if (await isSiteEnabled(o)) allowed.add(o);
    return chooseInsertTarget(answers, topOrigin, (o) => allowed.has(o));
  } catch {
    return { ok: false, reason: NONE };
  }
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
