import { describe, expect, it } from 'vitest';
import { isPageLoaded, tabOnActivated, targetFromSearch } from '@/lib/panel/target-tab';

describe('targetFromSearch', () => {
  it('pins the tab given by ?tabId=', () => {
    expect(targetFromSearch('?tabId=42')).toEqual({ mode: 'fixed', tabId: 42 });
  });
  it('follows the active tab without a usable tabId', () => {
    for (const search of ['', '?tabId=', '?tabId=abc', '?tabId=-3', '?tabId=1.5', '?other=1'])
      expect(targetFromSearch(search)).toEqual({ mode: 'follow-active' });
  });
});

describe('tabOnActivated', () => {
  const follow = { mode: 'follow-active' } as const;
  it('switches to a tab activated in the panel\'s own window', () => {
    expect(tabOnActivated(follow, 7, { tabId: 3, windowId: 7 })).toBe(3);
  });
  it('ignores tabs activated in other windows', () => {
    expect(tabOnActivated(follow, 7, { tabId: 3, windowId: 8 })).toBeUndefined();
  });
  it('never reads itself when opened as a tab', () => {
    expect(tabOnActivated(follow, 7, { tabId: 9, windowId: 7 }, 9)).toBeUndefined();
    expect(tabOnActivated(follow, 7, { tabId: 3, windowId: 7 }, 9)).toBe(3);
  });
  it('never leaves a pinned tab', () => {
    expect(tabOnActivated({ mode: 'fixed', tabId: 1 }, 7, { tabId: 3, windowId: 7 })).toBeUndefined();
  });
});

describe('isPageLoaded', () => {
  it('is true only when the target tab finishes loading', () => {
    expect(isPageLoaded(5, 5, { status: 'complete' })).toBe(true);
    expect(isPageLoaded(5, 5, { status: 'loading' })).toBe(false);
    expect(isPageLoaded(5, 6, { status: 'complete' })).toBe(false);
    expect(isPageLoaded(undefined, 6, { status: 'complete' })).toBe(false);
  });
});

describe('todayFromSearch', () => {
  it('pins a real ISO day, and ignores anything else', async () => {
    const { todayFromSearch } = await import('@/lib/panel/target-tab');
    expect(todayFromSearch('?today=2026-11-28')).toBe('2026-11-28');
    for (const s of ['', '?today=28/11/2026', '?today=2026-13-01', '?today=soon']) expect(todayFromSearch(s)).toBeUndefined();
  });
});
