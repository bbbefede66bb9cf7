import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { MANIFEST_COMMANDS, OPEN_PANEL_COMMAND, SUGGESTED_KEY, handleCommand, panelShortcut } from '@/lib/background/commands';
import { ICON_SIZES, pngSize, renderIcon } from '../../../scripts/icons.mjs';

describe('handleCommand', () => {
  it('opens the panel for the window the shortcut was pressed in, synchronously', () => {
    const openPanel = vi.fn(() => Promise.resolve());
    const done = handleCommand(OPEN_PANEL_COMMAND, { id: 3, windowId: 7 }, { openPanel });
    // Called before anything is awaited: the browser's user gesture is still live.
    expect(openPanel).toHaveBeenCalledWith({ id: 3, windowId: 7 });
    return done;
  });

  it('ignores commands that are not ours', async () => {
    const openPanel = vi.fn();
    await handleCommand('wxt:reload-extension', { id: 3, windowId: 7 }, { openPanel });
    expect(openPanel).not.toHaveBeenCalled();
  });

  it('passes on a refusal to open', async () => {
    const openPanel = vi.fn(() => Promise.reject(new Error('No window to open the side panel in.')));
    await expect(handleCommand(OPEN_PANEL_COMMAND, undefined, { openPanel })).rejects.toThrow('No window');
  });
});

describe('the manifest command', () => {
  it('suggests a key Chrome accepts: Alt or Ctrl with a letter, never Ctrl+Alt', () => {
    const key = MANIFEST_COMMANDS[OPEN_PANEL_COMMAND].suggested_key.default;
    expect(key).toBe(SUGGESTED_KEY);
    expect(key).toMatch(/^(Ctrl|Alt)\+(Shift\+)?[A-Z]$/);
    expect(key).not.toMatch(/Ctrl\+Alt|Alt\+Ctrl/);
    expect(MANIFEST_COMMANDS[OPEN_PANEL_COMMAND].description).toBeTruthy();
  });
});

describe('panelShortcut', () => {
  it('reads the shortcut the browser reports for the panel command', () => {
    expect(panelShortcut([{ name: '_execute_action', shortcut: '' }, { name: OPEN_PANEL_COMMAND, shortcut: 'Alt+Shift+G' }])).toBe('Alt+Shift+G');
  });

  it('is undefined when the user removed it or the command is missing', () => {
    expect(panelShortcut([{ name: OPEN_PANEL_COMMAND, shortcut: '' }])).toBeUndefined();
    expect(panelShortcut([{ name: OPEN_PANEL_COMMAND }])).toBeUndefined();
    expect(panelShortcut([])).toBeUndefined();
  });
});

describe('background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the side panel on the shortcut, in the window of the tab, before any await', async () => {
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    let listener: ((command: string, tab?: { id?: number; windowId?: number }) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => {
      listener = l as typeof listener;
    });
    const open = vi.fn<(options: { windowId?: number; tabId?: number }) => Promise<void>>(() => Promise.resolve());
    // Not vi.stubGlobal: unstubbing all globals would also remove the fake `browser`.
    const g = globalThis as { chrome?: unknown };
    const before = g.chrome;
    g.chrome = { sidePanel: { open } };
    try {
      background.main();
      expect(listener).toBeDefined();
      listener!(OPEN_PANEL_COMMAND, { id: 5, windowId: 11 });
      expect(open).toHaveBeenCalledWith({ windowId: 11 });
      listener!('something-else', { id: 5, windowId: 11 });
      expect(open).toHaveBeenCalledTimes(1);
    } finally {
      g.chrome = before;
    }
  });
});

describe('icon', () => {
  it.each(ICON_SIZES)('renders a %i px square PNG from assets/icon.svg', (size) => {
    expect(pngSize(renderIcon(size))).toEqual({ width: size, height: size });
  });

  it('reads no size from bytes that are not a PNG', () => {
    expect(pngSize(Buffer.from('<svg/>'))).toBeUndefined();
  });
});
