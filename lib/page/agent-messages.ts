import type { AgentReply, AgentRequest, PanelMessage } from '../messages';
import { isFromExtension, type SenderLike } from '../sender';
import { checkAgentRequest, checkPanelMessage } from './message-checks';
import type { PageAgent } from './page-agent';

/** The parts of the extension API the page side uses. */
export type PageRuntime = Pick<typeof chrome.runtime, 'id' | 'sendMessage' | 'onMessage'>;

/**
 * The browser's own extension API in this frame, not webextension-polyfill: the polyfill was a
 * third of the reader injected into every frame. Firefox has `browser`, Chromium `chrome` (and
 * `browser` too from Chrome 148); both return promises from sendMessage in MV3. Chooses as WXT's
 * `wxt/browser` does without the polyfill module.
 */
export function pageRuntime(): PageRuntime {
  const g = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
  return (g.browser?.runtime?.id ? g.browser : g.chrome)!.runtime;
}

export type Checked = { ok: true; request: AgentRequest } | { ok: false; error: string };

/** Checks a message before the agent acts on it: its sender, then its shape. Says why it refuses. */
export function checkAgentMessage(message: unknown, sender: SenderLike, extensionId: string): Checked {
  if (!isFromExtension(sender, extensionId)) return { ok: false, error: 'rejected: not sent by this extension' };
  const checked = checkAgentRequest(message);
  return checked.ok ? { ok: true, request: checked.value } : { ok: false, error: `rejected: ${checked.error}` };
}

/**
 * Reads this frame for read `readId` and returns the read as JSON text (reader-entry.ts
 * `readThisFrame`); `onlyChanged`: the parts that changed since the last read may be read alone.
 */
export type ReadFrame = (readId: string, onlyChanged: boolean) => Promise<string>;

/**
 * Acts on a checked request; the reply is the one `AgentReply` names for its type. Undefined
 * means "no answer from this frame" (e.g. no focused field), so another frame may answer.
 */
export function answer<R extends AgentRequest>(request: R, agent: PageAgent, readFrame?: ReadFrame): Promise<AgentReply<R['type']>> | undefined;
export function answer(request: AgentRequest, agent: PageAgent, readFrame?: ReadFrame): Promise<AgentReply<AgentRequest['type']>> | undefined {
  switch (request.type) {
    case 'highlight':
      return Promise.resolve({ outcome: agent.highlight(request.readId, request.index) });
    case 'pick-start':
      return agent.pick();
    case 'pick-cancel':
      agent.cancelPick();
      return undefined;
    case 'insert': {
      const result = agent.insert(request.text);
      return result ? Promise.resolve(result) : undefined;
    }
    case 'read':
      return readFrame?.(request.readId, request.onlyChanged === true);
  }
}

/**
 * Answers the panel's requests in this frame: checked sender and shape, then the agent acts.
 * The answer goes back by `sendResponse` with `return true`, the one way every MV3 browser
 * honours: Firefox also takes a returned promise, but Chromium only from 148 (before that the
 * polyfill did this for us), and WXT's fakeBrowser ignores a returned promise. A failed answer
 * is sent as no answer, which the panel's reply check refuses like the rejection it was.
 */
export function listenForAgentRequests(agent: PageAgent, readFrame?: ReadFrame, runtime = pageRuntime()): void {
  runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const checked = checkAgentMessage(message, sender, runtime.id);
    const reply = checked.ok ? answer(checked.request, agent, readFrame) : undefined;
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

export type Sent = { ok: true } | { ok: false; error: string };

/**
 * The page's one way to tell the panel something: the message is typed by the schema
 * (lib/messages.ts `PanelMessage`) and checked against it before it leaves the page, so nothing
 * else rides along (read-progress carries counts only, never page text). A bad message is
 * refused with the reason. Nobody may be listening (panel closed): that is not an error.
 */
export function sendToPanel(message: PanelMessage, runtime = pageRuntime()): Sent {
  const checked = checkPanelMessage(message);
  if (!checked.ok) return { ok: false, error: `refused: ${checked.error}` };
  void runtime.sendMessage(checked.value).catch(() => undefined);
  return { ok: true };
}

/** Tells the panel the page changed. */
export function reportPageChanged(): void {
  sendToPanel({ type: 'page-changed' });
}

/**
 * Tells the panel how many fields this frame has read so far in read `readId`. Throttled by the
 * caller (read-progress.ts).
 */
export function reportReadProgress(readId: string, fields: number): void {
  sendToPanel({ type: 'read-progress', readId, fields });
}
