import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onPageChanged, sendToAgent } from '@/lib/panel/agent-client';

describe('sendToAgent', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the typed request to the tab (or one frame) and returns the checked reply', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ outcome: 'shown' } as never);
    await expect(sendToAgent(4, { type: 'highlight', readId: 'r', index: 1 }, { frameId: 2 })).resolves.toEqual({ outcome: 'shown' });
    expect(send).toHaveBeenCalledWith(4, { type: 'highlight', readId: 'r', index: 1 }, { frameId: 2 });
    send.mockResolvedValue({ outcome: 'picked', readId: 'r', index: 0 } as never);
    await expect(sendToAgent(4, { type: 'pick-start' })).resolves.toEqual({ outcome: 'picked', readId: 'r', index: 0 });
    expect(send).toHaveBeenLastCalledWith(4, { type: 'pick-start' });
  });

  it('rejects a reply that is not what the request is answered with', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ outcome: 'pwned' } as never);
    await expect(sendToAgent(4, { type: 'highlight', readId: 'r', index: 1 })).rejects.toThrow();
    await expect(sendToAgent(4, { type: 'insert', text: 'x' })).rejects.toThrow();
  });

  it('refuses a request its schema does not accept, with the reason, and sends nothing', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ outcome: 'shown' } as never);
    send.mockClear();
    await expect(sendToAgent(4, { type: 'highlight', readId: 'r', index: -1 })).rejects.toThrow(/^refused: index/);
    await expect(sendToAgent(4, { type: 'read', readId: '' })).rejects.toThrow(/^refused: readId/);
    await expect(sendToAgent(4, { type: 'format-disk' } as never)).rejects.toThrow(/^refused: type/);
    expect(send).not.toHaveBeenCalled();
  });

  it('an insert no frame answered is undefined, not an error', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    await expect(sendToAgent(4, { type: 'insert', text: 'x' }, { frameId: 1 })).resolves.toBeUndefined();
  });
});

describe('onPageChanged', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hears page changes from this extension for its tab only, and stops when asked', () => {
    const heard = vi.fn();
    const listeners: Array<(m: unknown, s: unknown) => unknown> = [];
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void listeners.push(l as never));
    const remove = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
    const stop = onPageChanged(4, heard);
    const deliver = (message: unknown, sender: unknown) => listeners.forEach((l) => l(message, sender));
    deliver({ type: 'page-changed' }, { id: fakeBrowser.runtime.id, tab: { id: 4 } });
    deliver({ type: 'page-changed' }, { id: fakeBrowser.runtime.id, tab: { id: 5 } });
    deliver({ type: 'page-changed' }, { id: 'another-extension', tab: { id: 4 } });
    deliver({ type: 'highlight' }, { id: fakeBrowser.runtime.id, tab: { id: 4 } });
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    expect(remove).toHaveBeenCalledWith(listeners[0]);
  });
});
