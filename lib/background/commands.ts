/**
 * The keyboard shortcut that opens the panel. Pure data and functions: the manifest
 * (wxt.config.ts) and the background use the same names, and the tests call them directly.
 */
import type { MenuTab, PanelOpener } from './context-menu';

export const OPEN_PANEL_COMMAND = 'open-side-panel';

/**
 * Alt+Shift+G ("guidance"). Chrome accepts suggested keys with Alt or Ctrl plus a letter and
 * refuses Ctrl+Alt. Alt+Shift+G is not one of Chrome's, Edge's or Firefox's own shortcuts
 * (Chrome's Alt+Shift ones use other letters, such as T for the toolbar and I for feedback), and
 * a browser that finds it taken leaves it unset rather than stealing it. On a Mac it is
 * Option+Shift+G. The user can change or remove it in the browser's extension shortcuts.
 */
export const SUGGESTED_KEY = 'Alt+Shift+G';

/** The manifest's `commands`. */
export const MANIFEST_COMMANDS = {
  [OPEN_PANEL_COMMAND]: {
    suggested_key: { default: SUGGESTED_KEY },
    description: 'Open the case guidance panel',
  },
};

/**
 * Handles a keyboard command. A command is a user gesture, so the panel is opened at once,
 * synchronously, before anything is awaited (browsers refuse it after an `await`).
 */
export function handleCommand(command: string, tab: MenuTab | undefined, opener: Pick<PanelOpener, 'openPanel'>): Promise<void> {
  if (command !== OPEN_PANEL_COMMAND) return Promise.resolve();
  return Promise.resolve(opener.openPanel(tab));
}

export interface CommandInfo {
  name?: string;
  shortcut?: string;
}

/** The shortcut the user has for opening the panel, or undefined if they removed it (or it clashed). */
export function panelShortcut(commands: readonly CommandInfo[]): string | undefined {
  const shortcut = commands.find((c) => c.name === OPEN_PANEL_COMMAND)?.shortcut?.trim();
  return shortcut || undefined;
}
