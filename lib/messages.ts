// zod/mini: the same validation as zod with a tree-shakable API, so the reader injected into
// every frame stays small.
import * as z from 'zod/mini';
import type { Field, FrameRead } from './reader/types';
import { isFromExtension, type SenderLike } from './sender';

export { isFromExtension, type SenderLike };

/**
 * Messages between the parts of the extension. Every message is validated on receipt, and
 * receivers check that it came from this extension, so a web page cannot drive it.
 */

/**
 * Where a field's element is: the one definition of a locator, used by the reader's fields
 * (lib/reader/types.ts), the facts' sources (lib/facts/case-record.ts) and highlight requests.
 */
export const FieldLocator = z.object({
  /** Frame of the tab the element is in (0 = top frame). */
  frameId: z.int().check(z.nonnegative()),
  /** Which read of that frame produced it; a newer read invalidates older indexes. */
  readId: z.string(),
  /** Index into that frame's element registry for that read. */
  index: z.int().check(z.nonnegative()),
});
export type FieldLocator = z.infer<typeof FieldLocator>;

/** A field as the reader sends it (lib/reader/types.ts `Field`; the check below keeps them equal). */
export const FieldSchema = z.object({
  label: z.string(),
  value: z.string(),
  items: z.optional(z.array(z.string())),
  kind: z.enum(['text', 'choice', 'date', 'summary', 'table', 'label-value', 'event']),
  section: z.optional(z.string()),
  area: z.optional(z.string()),
  hint: z.optional(z.string()),
  error: z.optional(z.string()),
  date: z.optional(z.string()),
  group: z.optional(z.string()),
  locator: FieldLocator,
});

/** One frame's page read, the reader's answer to an injection (sent as JSON text). */
export const FrameReadSchema = z.object({
  fields: z.array(FieldSchema),
  url: z.string(),
  title: z.string(),
  skipped: z.number().check(z.nonnegative()),
  durationMs: z.optional(z.number()),
  partsReadAgain: z.optional(z.int().check(z.nonnegative())),
});

// The reader's types and these schemas must describe the same data: if a field is added to
// one, the typecheck fails here until it is added to the other (zod would otherwise drop it).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const fieldsAgree: Same<z.infer<typeof FieldSchema>, Field> = true;
const readsAgree: Same<z.infer<typeof FrameReadSchema>, FrameRead> = true;
void fieldsAgree;
void readsAgree;

/** The page agent tells the panel its page changed (paced; the panel paces its reads again). */
export const PageChanged = z.object({ type: z.literal('page-changed') });
export const Highlight = z.object({
  type: z.literal('highlight'),
  readId: z.string().check(z.maxLength(64)),
  index: z.int().check(z.nonnegative()),
});
export const HighlightResult = z.object({ outcome: z.enum(['shown', 'stale']) });
/** Asks every frame's agent to let the user click a field on the page; the frame clicked answers. */
export const PickStart = z.object({ type: z.literal('pick-start') });
export const PickCancel = z.object({ type: z.literal('pick-cancel') });
export const PickResult = z.union([
  z.object({ outcome: z.literal('picked'), readId: z.string(), index: z.int().check(z.nonnegative()) }),
  z.object({ outcome: z.literal('cancelled') }),
]);
/** Asks the frame whose field has focus to insert text there (one user click, one insertion). */
export const Insert = z.object({ type: z.literal('insert'), text: z.string().check(z.maxLength(100_000)) });
export const InsertResult = z.object({ outcome: z.literal('inserted'), into: z.string() });

/**
 * Asks a frame's resident agent to read its frame (a re-read: the reader is not injected again).
 * Answered with the frame's read as JSON text, the same text the injected reader returns, which
 * the panel checks against `FrameReadSchema`. `readId` tags the progress reports of this read.
 */
export const ReadRequest = z.object({
  type: z.literal('read'),
  readId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The page reported a change: read again only the parts that changed, where that can be trusted (lib/reader/incremental.ts). */
  onlyChanged: z.optional(z.boolean()),
});

/** Where an insert would go in a frame (the agent's answer to the panel's question, checked). */
export const InsertTargetSchema = z.object({
  /** The field's name as a screen reader says it (its label), not its id. */
  label: z.string(),
  /** When the user chose it (ms since the epoch): the most recent field across frames wins. */
  at: z.number(),
  url: z.string(),
  title: z.string(),
  /** Why text may not go there (hidden, too small, one line only), if it may not. */
  refusal: z.optional(z.string()),
});
export type InsertTarget = z.infer<typeof InsertTargetSchema>;

/**
 * The reader tells the panel how far a long read has got (at most every ~250 ms, see
 * lib/page/read-progress.ts). Counts only, never page text: the read it belongs to (the id the
 * panel chose for it) and the fields this frame has read so far. Strict: nothing else rides along.
 */
export const ReadProgress = z.strictObject({
  type: z.literal('read-progress'),
  readId: z.string().check(z.minLength(1), z.maxLength(64)),
  fields: z.int().check(z.nonnegative()),
});
export type ReadProgress = z.infer<typeof ReadProgress>;

export type PageChanged = z.infer<typeof PageChanged>;
export type Highlight = z.infer<typeof Highlight>;
export type HighlightResult = z.infer<typeof HighlightResult>;
export type InsertResult = z.infer<typeof InsertResult>;
export type PickResult = z.infer<typeof PickResult>;

/** What the page tells the panel (lib/page/agent-messages.ts `sendToPanel` sends nothing else). */
export const PanelMessage = z.discriminatedUnion('type', [PageChanged, ReadProgress]);
export type PanelMessage = z.infer<typeof PanelMessage>;

/** The requests the page agent accepts, and only from this extension's own pages. */
export const AgentRequest = z.discriminatedUnion('type', [Highlight, PickStart, PickCancel, Insert, ReadRequest]);
export type AgentRequest = z.infer<typeof AgentRequest>;
export type AgentRequestType = AgentRequest['type'];

/**
 * What each request is answered with. Undefined means no frame answered: nobody answers a
 * cancel, and an insert is answered only by the frame holding the field the user chose.
 */
export const AgentReply = {
  highlight: HighlightResult,
  'pick-start': PickResult,
  'pick-cancel': z.undefined(),
  insert: z.optional(InsertResult),
  read: z.string(),
} as const satisfies Record<AgentRequestType, z.ZodMiniType>;
export type AgentReply<T extends AgentRequestType> = z.infer<(typeof AgentReply)[T]>;

/** Whether a runtime message is the page agent of the panel's tab reporting a change. */
export function isPageChangeFrom(message: unknown, sender: SenderLike, tabId: number, extensionId: string): boolean {
  return isFromExtension(sender, extensionId) && sender.tab?.id === tabId && PageChanged.safeParse(message).success;
}

/**
 * A read-progress report from the reader in tab `tabId`, checked (this extension, that tab, the
 * right shape), with the frame it came from; undefined for anything else.
 */
export function readProgressFrom(message: unknown, sender: SenderLike, tabId: number, extensionId: string): (ReadProgress & { frameId: number }) | undefined {
  if (!isFromExtension(sender, extensionId) || sender.tab?.id !== tabId) return undefined;
  const parsed = ReadProgress.safeParse(message);
  return parsed.success ? { ...parsed.data, frameId: sender.frameId ?? 0 } : undefined;
}
