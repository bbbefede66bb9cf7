/** Context-menu items and their handler. The background holds no state: each click carries what it needs. */
export const MENU_OPEN = 'open-case-guidance';
export const MENU_LOOKUP = 'look-up-term';

type MenuContext = 'page' | 'frame' | 'selection' | 'link' | 'editable';

export interface MenuItem {
  id: string;
  title: string;
  contexts: [MenuContext, ...MenuContext[]];
}

export const MENU_ITEMS: MenuItem[] = [
  { id: MENU_OPEN, title: 'Open case guidance', contexts: ['page', 'frame', 'link', 'editable'] },
  // %s is replaced by the browser with the selected text.
  { id: MENU_LOOKUP, title: "Look up '%s'", contexts: ['selection'] },
];

/** Longest selection taken as a term: a term is a few words, not a page. */
export const MAX_TERM_LENGTH = 100;

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

export interface MenuTab {
  id?: number;
  windowId?: number;
}

export interface PanelOpener {
  /** Opens the panel; must be called synchronously within the click (browsers need the user gesture). */
  openPanel(tab: MenuTab | undefined): Promise<void> | void;
  /** Hands a term to the panel to look up. */
  requestLookup(term: string): Promise<void>;
}

export function cleanTerm(selection: string | undefined): string {
  return (selection ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TERM_LENGTH);
}

/** Handles a menu click: opens the panel first (user gesture), then passes on the term if any. */
export async function handleMenuClick(info: MenuClick, tab: MenuTab | undefined, opener: PanelOpener): Promise<void> {
  if (info.menuItemId !== MENU_OPEN && info.menuItemId !== MENU_LOOKUP) return;
  const opened = opener.openPanel(tab);
  if (info.menuItemId === MENU_LOOKUP) {
    const term = cleanTerm(info.selectionText);
    if (term) await opener.requestLookup(term);
  }
  await opened;
}
