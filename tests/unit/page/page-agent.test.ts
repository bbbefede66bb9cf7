import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageAgent } from '@/lib/page/page-agent';

describe('page agent', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<label for="a">Notes</label><input id="a" value="x"><p id="p">text</p>';
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => vi.useRealTimers());

  it('reports the first change at once, and the rest of a burst once more after a short delay', async () => {
    const notify = vi.fn();
    const agent = createPageAgent({ doc: document, notify, delayMs: 250 });
    const input = document.getElementById('a') as HTMLInputElement;
    for (const ch of 'typing') {
      input.value += ch;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // The user's first keystroke goes to the panel without waiting.
    expect(notify).toHaveBeenCalledTimes(1);
    const p = document.getElementById('p')!;
    p.textContent = 'changed';
    await Promise.resolve();
    expect(notify).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(notify).toHaveBeenCalledTimes(2);
    // Quiet again: nothing more, and the next change is again reported at once.
    await vi.advanceTimersByTimeAsync(1000);
    expect(notify).toHaveBeenCalledTimes(2);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(notify).toHaveBeenCalledTimes(3);
    // What changed is kept for the next read: the control typed in, and the paragraph.
    const changed = agent.takeChanges()!;
    expect(changed).toContain(input);
    expect(changed).toContain(p);
    expect(agent.takeChanges()).toEqual([]);
  });

  it('does not report again at the end of the pace what a read has already taken', async () => {
    const notify = vi.fn();
    const agent = createPageAgent({ doc: document, notify, delayMs: 250 });
    const input = document.getElementById('a') as HTMLInputElement;
    // A click on a control: an input event, then a change event, in one go.
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(notify).toHaveBeenCalledTimes(1);
    // The panel reads on the first report and takes both changes.
    expect(agent.takeChanges()).toEqual([input, input]);
    await vi.advanceTimersByTimeAsync(300);
    expect(notify).toHaveBeenCalledTimes(1);
    // After a quiet spell a change is reported at once again; one that comes after the next read
    // took the changes is still reported at the end of that pace.
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(notify).toHaveBeenCalledTimes(2);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(agent.takeChanges()).toEqual([input, input]);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(notify).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(notify).toHaveBeenCalledTimes(3);
  });

  it('says a page changed too much to read in part, beyond the changes it keeps', async () => {
    const agent = createPageAgent({ doc: document, notify: () => undefined });
    const p = document.getElementById('p')!;
    for (let i = 0; i < 600; i++) p.setAttribute('class', `c${i}`);
    expect(agent.takeChanges()).toBeUndefined();
    // Taking them starts afresh.
    p.setAttribute('class', 'last');
    expect(agent.takeChanges()).toEqual([p]);
  });

  it('highlights a remembered element with an overlay and does not report its own overlay as a change', async () => {
    const notify = vi.fn();
    const agent = createPageAgent({ doc: document, notify, highlightMs: 1000 });
    const input = document.getElementById('a')!;
    agent.remember('r1', [input], []);
    expect(agent.highlight('r1', 0)).toBe('shown');
    expect(input.scrollIntoView).toHaveBeenCalled();
    expect(document.querySelectorAll('[data-case-guidance="highlight"]')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1100);
    expect(document.querySelectorAll('[data-case-guidance="highlight"]')).toHaveLength(0);
    expect(notify).not.toHaveBeenCalled();
    // The page's own element is untouched.
    expect(input.getAttribute('style')).toBeNull();
  });

  it('says "stale" for an old read, an unknown index or an element that left the page', () => {
    const agent = createPageAgent({ doc: document, notify: () => undefined });
    const p = document.getElementById('p')!;
    agent.remember('r2', [p], []);
    expect(agent.highlight('r1', 0)).toBe('stale');
    expect(agent.highlight('r2', 5)).toBe('stale');
    p.remove();
    expect(agent.highlight('r2', 0)).toBe('stale');
  });
});

describe('page agent picking', () => {
  // jsdom's events are all untrusted; the real agent ignores made-up events (tested below).
  beforeEach(() => {
    document.body.innerHTML = '<table><tr><td>Rel Dt:</td><td id="v"><b>09/11/2025</b></td></tr></table><a id="link" href="#x">link</a>';
  });

  it('resolves with the field clicked, and the page does not act on that click', async () => {
    const agent = createPageAgent({ doc: document, notify: () => undefined, trustedOnly: false });
    const cell = document.getElementById('v')!;
    agent.remember('r9', [cell], []);
    const picked = agent.pick();
    let pageSawClick = false;
    cell.addEventListener('click', () => (pageSawClick = true));
    cell.querySelector('b')!.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true }));
    expect(document.querySelectorAll('[data-case-guidance="pick"]')).toHaveLength(1);
    cell.querySelector('b')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    await expect(picked).resolves.toEqual({ outcome: 'picked', readId: 'r9', index: 0 });
    expect(pageSawClick).toBe(false);
    expect(document.querySelectorAll('[data-case-guidance="pick"]')).toHaveLength(0);
  });

  it('ignores clicks on things that are not fields, and stops on Escape', async () => {
    const agent = createPageAgent({ doc: document, notify: () => undefined, trustedOnly: false });
    agent.remember('r9', [document.getElementById('v')!], []);
    const picked = agent.pick();
    document.getElementById('link')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await expect(picked).resolves.toEqual({ outcome: 'cancelled' });
  });
});

describe('page agent defences', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<dl><dt>Rel Dt</dt><dd id="v">09/11/2025</dd></dl>';
  });
  afterEach(() => vi.useRealTimers());

  it('a page script cannot pick a field by faking a click', async () => {
    const agent = createPageAgent({ doc: document, notify: () => undefined });
    agent.remember('r1', [document.getElementById('v')!], []);
    let settled = false;
    void agent.pick().then(() => (settled = true));
    document.getElementById('v')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await vi.advanceTimersByTimeAsync(10);
    expect(settled).toBe(false);
    agent.cancelPick();
  });

  it('a page that changes all the time is reported less often when reading it is slow', async () => {
    const notify = vi.fn();
    const agent = createPageAgent({ doc: document, notify, delayMs: 250 });
    agent.remember('r1', [], [], 500); // a read that took 500 ms: report at most every 2 s
    const el = document.getElementById('v')!;
    const timer = setInterval(() => (el.textContent = String(Math.random())), 10);
    await vi.advanceTimersByTimeAsync(10_000);
    clearInterval(timer);
    expect(notify.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(notify.mock.calls.length).toBeLessThanOrEqual(6);
  });
});
