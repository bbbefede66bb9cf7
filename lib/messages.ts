// zod/mini: the same validation as zod with a tree-shakable API, so the reader injected into
// every frame stays small.
import * as z from 'zod/mini';

/**
 * Messages between the parts of the extension. Every message is validated on receipt, and
 * receivers check that it came from this extension, so a web page cannot drive it.
 */
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

export type PageChanged = z.infer<typeof PageChanged>;
export type Highlight = z.infer<typeof Highlight>;
/** Asks the frame whose field has focus to insert text there (one user click, one insertion). */
export const Insert = z.object({ type: z.literal('insert'), text: z.string().check(z.maxLength(100_000)) });
export const InsertResult = z.object({ outcome: z.literal('inserted'), into: z.string() });

export type HighlightResult = z.infer<typeof HighlightResult>;
export type InsertResult = z.infer<typeof InsertResult>;
export type PickResult = z.infer<typeof PickResult>;

/** Sender fields checked by receivers: the extension id, and the tab for page messages. */
export interface SenderLike {
  id?: string;
  tab?: { id?: number };
}

export function isFromExtension(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId;
}

/** Whether a runtime message is the page agent of the panel's tab reporting a change. */
export function isPageChangeFrom(message: unknown, sender: SenderLike, tabId: number, extensionId: string): boolean {
  return isFromExtension(sender, extensionId) && sender.tab?.id === tabId && PageChanged.safeParse(message).success;
}
