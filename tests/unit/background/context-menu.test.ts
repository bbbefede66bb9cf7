import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_TERM_LENGTH, MENU_ITEMS, MENU_LOOKUP, MENU_OPEN, cleanTerm, handleMenuClick, type PanelOpener } from '@/lib/background/context-menu';
import background from '@/entrypoints/background';
import { LOOKUP_KEY, browserPanelOpener } from '@/lib/background/panel-opener';

function recordingOpener() {
  const calls: string[] = [];
  const opener: PanelOpener = {
    openPanel: vi.fn(() => {
      calls.push('open');
    }),
    requestLookup: vi.fn(async (term: string) => {
      calls.push(`lookup:${term}`);
    }),
  };
  return { calls, opener };
}

describe('handleMenuClick', () => {
  it('opens the panel for the tab\'s window on "Open case guidance"', async () => {
    const { calls, opener } = recordingOpener();
    await handleMenuClick({ menuItemId: MENU_OPEN }, { id: 4, windowId: 9 }, opener);
    expect(calls).toEqual(['open']);
    expect(opener.openPanel).toHaveBeenCalledWith({ id: 4, windowId: 9 });
  });

  it('opens the panel before anything async, then hands over the cleaned selection', async () => {
    const { calls, opener } = recordingOpener();
    await handleMenuClick({ menuItemId: MENU_LOOKUP, selectionText: '  SHPO\n order ' }, { id: 1, windowId: 2 }, opener);
    expect(calls).toEqual(['open', 'lookup:SHPO order']);
  });

  it('ignores items that are not ours and empty selections', async () => {
    const { calls, opener } = recordingOpener();
    await handleMenuClick({ menuItemId: 'someone-else' }, { id: 1 }, opener);
    await handleMenuClick({ menuItemId: MENU_LOOKUP, selectionText: '   ' }, { id: 1 }, opener);
    expect(calls).toEqual(['open']);
  });

  it('bounds the term taken from a selection', () => {
    expect(cleanTerm('x'.repeat(500))).toHaveLength(MAX_TERM_LENGTH);
    expect(cleanTerm(undefined)).toBe('');
  });
});

describe('background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates both menu items on install, after clearing old ones', async () => {
    const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue('id');
    const onClicked = vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    background.main();
    expect(onClicked).toHaveBeenCalledTimes(1);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(removeAll).toHaveBeenCalled();
    expect(create.mock.calls.map(([item]) => item)).toEqual(MENU_ITEMS);
    expect(MENU_ITEMS.find((i) => i.id === MENU_LOOKUP)?.title).toBe("Look up '%s'");
  });

  it('stores a looked-up term in session storage, which the browser keeps in memory only', async () => {
    await browserPanelOpener.requestLookup('ARMS');
    const stored = await fakeBrowser.storage.session.get(LOOKUP_KEY);
    expect(stored[LOOKUP_KEY]).toMatchObject({ term: 'ARMS' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
