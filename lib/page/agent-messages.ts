import { browser } from 'wxt/browser';
import { AgentRequest, isFromExtension, type AgentReply, type PageChanged, type ReadProgress, type SenderLike } from '../messages';
import type { PageAgent } from './page-agent';

export { AgentRequest };

export type Checked = { ok: true; request: AgentRequest } | { ok: false; error: string };

/** Checks a message before the agent acts on it: its sender, then its shape. Says why it refuses. */
export function checkAgentMessage(message: unknown, sender: SenderLike, extensionId: string): Checked {
  if (!isFromExtension(sender, extensionId)) return { ok: false, error: 'rejected: not sent by this extension' };
  const parsed = AgentRequest.safeParse(message);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `rejected: ${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'not a request'}` };
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

/** Answers the panel's requests in this frame: checked sender and shape, then the agent acts. */
export function listenForAgentRequests(agent: PageAgent, readFrame?: ReadFrame): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const checked = checkAgentMessage(message, sender, browser.runtime.id);
    return checked.ok ? answer(checked.request, agent, readFrame) : undefined;
  });
}

const PAGE_CHANGED: PageChanged = { type: 'page-changed' };

/** Tells the panel the page changed. Nobody may be listening (panel closed): that is not an error. */
export function reportPageChanged(): void {
  void browser.runtime.sendMessage(PAGE_CHANGED).catch(() => undefined);
}

/**
 * Tells the panel how many fields this frame has read so far in read `readId` (counts only,
 * never page text). Throttled by the caller (read-progress.ts). Nobody listening is not an error.
 */
export function reportReadProgress(readId: string, fields: number): void {
  const message: ReadProgress = { type: 'read-progress', readId, fields };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}
