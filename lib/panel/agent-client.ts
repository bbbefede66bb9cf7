import { browser } from 'wxt/browser';
import { AgentReply, isPageChangeFrom, readProgressFrom, type AgentRequest, type ReadProgress } from '../messages';

/**
 * The panel's side of the messages to the page agent: one typed way to ask, whose reply is
 * checked against the schema for that request (lib/messages.ts `AgentReply`) before use.
 * Rejects when the tab cannot be reached or the reply is not what the request is answered with.
 */
export async function sendToAgent<R extends AgentRequest>(
  tabId: number,
  request: R,
  { frameId }: { frameId?: number } = {},
): Promise<AgentReply<R['type']>> {
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
