import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { AgentRequest, PanelMessage } from '@/lib/messages';
import { checkAgentRequest, checkPanelMessage } from '@/lib/page/message-checks';
import { listenForAgentRequests, sendToPanel, type PageRuntime } from '@/lib/page/agent-messages';
import type { PageAgent } from '@/lib/page/page-agent';

// Values around the limits the schemas set (64 and 100,000 characters, whole numbers from 0), in
// UTF-16 units and in code points, and wrong types; most messages are otherwise well formed, so
// that a check that drifts from the schema on one field is caught.
const edgeString = fc.oneof(
  fc.constantFrom('', 'r', 'x'.repeat(63), 'x'.repeat(64), 'x'.repeat(65), '😀'.repeat(32), '😀'.repeat(33), '😀'.repeat(64), '😀'.repeat(65)),
  fc.constantFrom('x'.repeat(100_000), 'x'.repeat(100_001), '😀'.repeat(50_000), '😀'.repeat(50_001), '😀'.repeat(100_000), '😀'.repeat(100_001)),
  fc.string({ maxLength: 70 }),
  fc.string({ unit: 'grapheme', maxLength: 70 }),
  fc.string({ unit: 'binary', minLength: 30, maxLength: 70 }),
  fc.constantFrom('\uD800'.repeat(64), '\uD800'.repeat(65), '\uD800\uDC00\uDC00'.repeat(22), '\uDC00\uD800'.repeat(33)),
);
const edgeNumber = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constantFrom(0, -0, 1.5, -1, NaN, Infinity, 2 ** 53, 2 ** 53 - 1, -(2 ** 53)));
const anyValue = fc.oneof(edgeString, edgeNumber, fc.constantFrom(null, undefined, true, false, [], {}));
const field = fc.oneof({ arbitrary: edgeString, weight: 3 }, { arbitrary: edgeNumber, weight: 3 }, { arbitrary: anyValue, weight: 1 });

// The message types and field names come from the schemas themselves, so a field added to a
// schema is generated here, and the test fails until the page's check knows it.
type Shaped = { def: { shape: Record<string, { def: { values?: unknown[] } }> } };
const options = [...(AgentRequest.def.options as unknown as Shaped[]), ...(PanelMessage.def.options as unknown as Shaped[])];
const SCHEMA_TYPES = options.flatMap((o) => o.def.shape.type?.def.values ?? []) as string[];
const SCHEMA_FIELDS = [...new Set(options.flatMap((o) => Object.keys(o.def.shape)))].filter((k) => k !== 'type');
const TYPES = [...SCHEMA_TYPES, 'format-disk', 'constructor', '__proto__', 'toString'];
const fields = (value: fc.Arbitrary<unknown>) => Object.fromEntries([...SCHEMA_FIELDS, 'extra'].map((k) => [k, value]));
const message = fc.oneof(
  { arbitrary: fc.record({ type: fc.constantFrom(...TYPES), ...fields(fc.oneof(edgeString, edgeNumber, fc.boolean())) }, { requiredKeys: ['type'] }), weight: 4 },
  { arbitrary: fc.record({ type: fc.oneof(fc.constantFrom(...TYPES), anyValue), ...fields(field) }, { requiredKeys: ['type'] }), weight: 2 },
  { arbitrary: anyValue, weight: 1 },
);

/** zod's verdict on `value`, in the checks' shape. */
function zodSays(schema: typeof AgentRequest | typeof PanelMessage, value: unknown) {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}

describe('the page side checks messages as the schemas in lib/messages.ts do', () => {
  it('generates every message type and field the schemas name', () => {
    expect(SCHEMA_TYPES).toEqual(expect.arrayContaining(['highlight', 'pick-start', 'pick-cancel', 'insert', 'read', 'page-changed', 'read-progress']));
    expect(SCHEMA_FIELDS).toEqual(expect.arrayContaining(['readId', 'index', 'text', 'fields']));
  });

  it('agent requests: the same verdict and the same checked request as AgentRequest, on generated messages', () => {
    fc.assert(
      fc.property(message, (m) => {
        const checked = checkAgentRequest(m);
        expect(checked.ok ? { ok: true, value: checked.value } : { ok: false }).toEqual(zodSays(AgentRequest, m));
      }),
      { numRuns: 5000 },
    );
  });

  it('messages to the panel: the same verdict and the same message as PanelMessage, on generated messages', () => {
    fc.assert(
      fc.property(message, (m) => {
        const checked = checkPanelMessage(m);
        expect(checked.ok ? { ok: true, value: checked.value } : { ok: false }).toEqual(zodSays(PanelMessage, m));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps only the fields a request has, and refuses anything extra in a progress report', () => {
    expect(checkAgentRequest({ type: 'highlight', readId: 'r', index: 2, html: '<b>' })).toEqual({ ok: true, value: { type: 'highlight', readId: 'r', index: 2 } });
    expect(checkPanelMessage({ type: 'read-progress', readId: 'r', fields: 3, text: 'Jane Smith' })).toEqual({ ok: false, error: 'message: unexpected field "text"' });
  });
});

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;

/** The native runtime as the page sees it: what it sent, and the listeners it was given. */
function fakeRuntime(): PageRuntime & { sent: unknown[]; listeners: Listener[] } {
  const sent: unknown[] = [];
  const listeners: Listener[] = [];
  const onMessage = { addListener: (l: Listener) => void listeners.push(l) };
  return { id: 'us', sent, listeners, sendMessage: vi.fn((m: unknown) => (sent.push(m), Promise.resolve())), onMessage } as never;
}

describe('sendToPanel', () => {
  it('sends a message the schema accepts, as the schema reads it', () => {
    const runtime = fakeRuntime();
    expect(sendToPanel({ type: 'page-changed' }, runtime)).toEqual({ ok: true });
    expect(sendToPanel({ type: 'read-progress', readId: 'read-1', fields: 4200 }, runtime)).toEqual({ ok: true });
    expect(runtime.sent).toEqual([{ type: 'page-changed' }, { type: 'read-progress', readId: 'read-1', fields: 4200 }]);
    for (const m of runtime.sent) expect(PanelMessage.safeParse(m).success).toBe(true);
  });

  it.each([
    [{ type: 'read-progress', readId: '', fields: 1 }, 'readId'],
    [{ type: 'read-progress', readId: 'x'.repeat(65), fields: 1 }, 'readId'],
    [{ type: 'read-progress', readId: 'r', fields: -1 }, 'fields'],
    [{ type: 'read-progress', readId: 'r', fields: 1.5 }, 'fields'],
    [{ type: 'read-progress', readId: 'r', fields: 1, label: 'Date of birth', value: '18/08/1979' }, 'unexpected field "label"'],
    [{ type: 'highlight', readId: 'r', index: 0 }, 'type'],
  ])('refuses %j with the reason (%s) and sends nothing', (bad, reason) => {
    const runtime = fakeRuntime();
    const sent = sendToPanel(bad as never, runtime);
    expect(sent.ok).toBe(false);
    if (!sent.ok) expect(sent.error).toMatch(new RegExp(`^refused: .*${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(runtime.sent).toEqual([]);
  });

  it('a panel that is not listening is not an error', async () => {
    const closed = Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    const runtime = { ...fakeRuntime(), sendMessage: vi.fn(() => closed) } as never as PageRuntime;
    expect(sendToPanel({ type: 'page-changed' }, runtime)).toEqual({ ok: true });
    await closed.catch(() => undefined);
  });
});

describe('listenForAgentRequests', () => {
  const agent = (): PageAgent => ({
    highlight: vi.fn(() => 'shown' as const),
    pick: vi.fn(() => Promise.resolve({ outcome: 'cancelled' as const })),
    cancelPick: vi.fn(),
    insert: vi.fn(() => undefined),
    insertTarget: vi.fn(() => undefined),
    remember: vi.fn(),
    lastRead: vi.fn(),
    takeChanges: vi.fn(() => []),
  });

  it('answers by sendResponse and keeps the channel open (true), which Chromium before 148 needs', async () => {
    const runtime = fakeRuntime();
    const { listeners } = runtime;
    listenForAgentRequests(agent(), undefined, runtime);
    const respond = vi.fn();
    expect(listeners[0]!({ type: 'highlight', readId: 'r', index: 0 }, { id: 'us' }, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ outcome: 'shown' }));
  });

  it('stays silent (no true, no response) for a refused message or one this frame does not answer', () => {
    const runtime = fakeRuntime();
    const { listeners } = runtime;
    const a = agent();
    listenForAgentRequests(a, undefined, runtime);
    const respond = vi.fn();
    expect(listeners[0]!({ type: 'highlight', readId: 'r', index: 0 }, { id: 'another-extension' }, respond)).toBeUndefined();
    expect(listeners[0]!({ type: 'insert', text: 'x' }, { id: 'us' }, respond)).toBeUndefined();
    expect(a.highlight).not.toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
  });

  it('a failed answer goes back as no answer, which the panel refuses', async () => {
    const runtime = fakeRuntime();
    const { listeners } = runtime;
    listenForAgentRequests(agent(), () => Promise.reject(new Error('gone')), runtime);
    const respond = vi.fn();
    expect(listeners[0]!({ type: 'read', readId: 'r' }, { id: 'us' }, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith(undefined));
  });
});
