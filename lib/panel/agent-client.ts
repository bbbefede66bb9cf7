import { browser } from 'wxt/browser';
import { AgentReply, AgentRequest, isPageChangeFrom, readProgressFrom, type ReadProgress } from '../messages';

/**
 * The panel's side of the messages to the page agent: one typed way to ask. The request is
 * typed by its schema (lib/messages.ts `AgentRequest`) and checked against it before it leaves
 * (a bad one is refused with the reason and never sent), and the reply is checked against the
 * schema for that request (`AgentReply`) before use. Rejects when the request is refused, the tab
 * cannot be reached or the reply is not what the request is answered with.
 */
export async function sendToAgent<R extends AgentRequest>(
  tabId: number,
  request: R,
  { frameId }: { frameId?: number } = {},
): Promise<AgentReply<R['type']>> {
  const checked = AgentRequest.safeParse(request);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`refused: ${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'not a request'}`);
  }
  const reply: unknown = await (frameId === undefined ? browser.tabs.sendMessage(tabId, request) : browser.tabs.sendMessage(tabId, request, { frameId }));
  const schema = AgentReply[request.type as R['type']];
  return schema.parse(reply) as AgentReply<R['type']>;
}

type Sender = { id?: string; tab?: { id?: number }; frameId?: number };

/**
 * Calls `listener` when the page agent of tab `tabId` reports a change: only messages from this
 * extension, from that tab, of the right shape. Returns the function that stops listening.
 */
export function onPageChanged(tabId: number, listener: () => void): () => void {
  const onMessage = (message: unknown, sender: Sender): undefined => {
    if (isPageChangeFrom(message, sender, tabId, browser.runtime.id)) listener();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

/**
 * Calls `listener` with each read-progress report from the readers in tab `tabId` (checked: this
 * extension, that tab, the right shape), with the frame it came from. Returns the function that
 * stops listening.
 */
export function onReadProgress(tabId: number, listener: (progress: ReadProgress & { frameId: number }) => void): () => void {
  const onMessage = (message: unknown, sender: Sender): undefined => {
    const progress = readProgressFrom(message, sender, tabId, browser.runtime.id);
    if (progress) listener(progress);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
