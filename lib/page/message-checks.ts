import type { AgentRequest, PanelMessage } from '../messages';

/**
 * The page side's checks of the messages it receives and sends, without zod: zod's core was 2.4 KB
 * of the 15 KB gzip the reader injected into every frame may take. They check exactly what the
 * zod/mini schemas in lib/messages.ts say (`AgentRequest`, `PanelMessage`), and their types come
 * from those schemas; tests/unit/page/message-checks.test.ts runs both on generated messages and
 * requires the same verdict and the same result. The schemas stay the contract: change one and
 * that test says which check to change.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** A field's check: undefined when it passes, else why not. */
type Rule = (value: unknown) => string | undefined;

/** Code points, as zod counts a string's length: a surrogate pair once, a lone surrogate as itself. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

const text =
  (min: number, max: number): Rule =>
  (v) => {
    if (typeof v !== 'string') return 'expected a string';
    // A code point is one or two UTF-16 units: count them only when the units alone cannot tell.
    const length = v.length > max || v.length < min * 2 ? codePoints(v) : v.length;
    return length < min ? `at least ${min} characters` : length > max ? `at most ${max} characters` : undefined;
  };

/** An optional flag: absent, true or false. */
const flag: Rule = (v) => (v === undefined || typeof v === 'boolean' ? undefined : 'expected true or false');

const count: Rule = (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : 'expected a whole number, 0 or more');

/** Each message type and its fields (besides `type`); `strict` refuses any other field. */
type Shapes = Record<string, { fields: Record<string, Rule>; strict?: boolean }>;

const AGENT_REQUESTS: Shapes = {
  highlight: { fields: { readId: text(0, 64), index: count } },
  'pick-start': { fields: {} },
  'pick-cancel': { fields: {} },
  insert: { fields: { text: text(0, 100_000) } },
  read: { fields: { readId: text(1, 64), onlyChanged: flag } },
};

const PANEL_MESSAGES: Shapes = {
  'page-changed': { fields: {} },
  'read-progress': { fields: { readId: text(1, 64), fields: count }, strict: true },
};

/** Checks `message` against `shapes`; the result holds the known fields only, as zod's would. */
function check<T>(shapes: Shapes, message: unknown): Checked<T> {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return { ok: false, error: 'message: expected an object' };
  const m = message as Record<string, unknown>;
  const type = m.type;
  const shape = typeof type === 'string' && Object.hasOwn(shapes, type) ? shapes[type] : undefined;
  if (!shape) return { ok: false, error: 'type: not a known message type' };
  const value: Record<string, unknown> = { type };
  for (const [key, rule] of Object.entries(shape.fields)) {
    const problem = rule(m[key]);
    if (problem) return { ok: false, error: `${key}: ${problem}` };
    // An optional field that is absent stays absent, as zod leaves it.
    if (key in m) value[key] = m[key];
  }
  if (shape.strict) {
    // for…in, as zod looks for unknown keys (inherited enumerable ones count too).
    for (const key in m) if (key !== 'type' && !Object.hasOwn(shape.fields, key)) return { ok: false, error: `message: unexpected field "${key}"` };
  }
  return { ok: true, value: value as T };
}

/** A request the page agent may act on (lib/messages.ts `AgentRequest`). */
export const checkAgentRequest = (message: unknown): Checked<AgentRequest> => check(AGENT_REQUESTS, message);

/** A message the page may send the panel (lib/messages.ts `PanelMessage`). */
export const checkPanelMessage = (message: unknown): Checked<PanelMessage> => check(PANEL_MESSAGES, message);
