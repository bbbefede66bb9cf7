import { describe, expect, it } from 'vitest';
import { explainReadFailure } from '@/lib/panel/read-failure';

describe('explainReadFailure', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'browser-page'],
    ['The extensions gallery cannot be scripted.', 'browser-page'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-permission'],
    ['Missing host permission for the tab', 'no-permission'],
    ['No tab with id: 12.', 'no-tab'],
    ['Something else entirely', 'failed'],
  ])('%s -> %s', (message, reason) => {
    const failure = explainReadFailure(new Error(message));
    expect(failure.reason).toBe(reason);
    expect(failure.message.length).toBeGreaterThan(10);
  });

  it('accepts non-Error values', () => {
    expect(explainReadFailure('No tab with id: 3').reason).toBe('no-tab');
  });
});
