import { z } from 'zod/mini';
import { Highlight, Insert, PickCancel, PickStart, isFromExtension, type SenderLike } from './messages';
import type { PageAgent } from './page-agent';

/** The requests the page agent accepts, and only from this extension's own pages. */
const AgentRequest = z.discriminatedUnion('type', [Highlight, PickStart, PickCancel, Insert]);
export type AgentRequest = z.infer<typeof AgentRequest>;

export type Checked = { ok: true; request: AgentRequest } | { ok: false; error: string };

/** Checks a message before the agent acts on it: its sender, then its shape. Says why it refuses. */
export function checkAgentMessage(message: unknown, sender: SenderLike, extensionId: string): Checked {
  if (!isFromExtension(sender, extensionId)) return { ok: false, error: 'rejected: not sent by this extension' };
  const parsed = AgentRequest.safeParse(message);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `rejected: ${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'not a request'}` };
}

/** Acts on a checked request. Undefined means "no answer from this frame" (e.g. no focused field). */
export function answer(request: AgentRequest, agent: PageAgent): Promise<unknown> | undefined {
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
  }
}
