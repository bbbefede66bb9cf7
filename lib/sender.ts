/**
 * Who sent a runtime message. Apart from lib/messages.ts because that module builds zod schemas at
 * load: the reader injected into every frame needs this check without zod (lib/page/message-checks.ts).
 */

/** Sender fields checked by receivers: the extension id, and the tab for page messages. */
export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  /** The frame a page message came from (0 = top frame). */
  frameId?: number;
}

export function isFromExtension(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId;
}
