/**
 * Where the resident page agent lives between injections: `Symbol.for(AGENT_KEY)` on the
 * isolated world's global, which a page cannot shadow (an element with id="caseGuidanceAgent"
 * becomes a named property of window and used to replace a string-keyed global, silencing the
 * reader). Kept apart so the panel can name it without bundling the page agent.
 */
export const AGENT_KEY = 'case-guidance-agent';
