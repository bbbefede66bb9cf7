/**
 * Where the resident page agent lives between injections: `Symbol.for(AGENT_KEY)` on the
 * isolated world's global, which a page cannot shadow (an element with id="caseGuidanceAgent"
 * becomes a named property of window and used to replace a string-keyed global, silencing the
 * reader). Kept apart so the panel can name it without bundling the page agent.
 */
export const AGENT_KEY = 'case-guidance-agent';

/**
 * Where the panel leaves the id of the read it is about to start, just before it injects the
 * reader (`Symbol.for(READ_REQUEST_KEY)`): the reader tags its progress reports with it, so the
 * panel shows only the progress of the read it is waiting for.
 */
export const READ_REQUEST_KEY = 'case-guidance-read-request';
