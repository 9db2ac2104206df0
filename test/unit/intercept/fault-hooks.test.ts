import * as grpc from '@grpc/grpc-js';
import type { Msg } from '../../../model/message';
import { anyOf, listField, messageField } from '../../../model/message';
import { startInterceptor } from '../../../tck/intercept';
import type { Fault, FaultEntry, Interceptor, MessageEntry } from '../../../tck/intercept';
import { ENTITY, ES_PATH, command, esIn, init, readOut, root } from './support/messages';
import { ProxyStream } from './support/proxy-client';
import { startReference } from './support/servers';
import type { TestServer } from './support/servers';

const DELAY_MS = 300;

// Timers may fire a millisecond early, and the clocks compared are not the same one.
const EARLY_MS = 5;

let reference: TestServer;
const opened: Interceptor[] = [];

beforeAll(async () => {
  reference = await startReference();
});

afterEach(async () => {
  for (const interceptor of opened.splice(0)) {
    await interceptor.stop();
  }
});

afterAll(async () => {
  await reference.stop();
});

/** A fresh interceptor per test, so that call 1 is the test's own event-sourced call. */
async function intercept(...faults: Fault[]): Promise<Interceptor> {
  const interceptor = await startInterceptor({ target: reference.address, root, faults });
  opened.push(interceptor);

  return interceptor;
}

/** A `Process` command of the TCK model with any request actions. */
function commandWith(id: number, actions: Msg[]): Msg {
  return {
    command: {
      entity_id: ENTITY,
      id,
      name: 'Process',
      payload: anyOf('cloudstate.tck.model.Request', { id: ENTITY, actions }),
    },
  };
}

interface Run {
  replies: Msg[];
  /** When each reply reached the proxy, in ms after the first input was sent. */
  arrivals: number[];
  code: grpc.status;
}

/**
 * Plays the proxy: sends every input at once, waits for `expected` messages back, then
 * half-closes and waits for the status. Half-closing only after the replies keeps the race of
 * nothing-after-half-close (docs/interceptor.md) out of these tests.
 */
async function converse(address: string, inputs: Msg[], expected: number): Promise<Run> {
  const stream = new ProxyStream(address, ES_PATH);
  const started = performance.now();
  const arrivals: number[] = [];

  inputs.forEach((input) => stream.send(esIn(input)));
  for (let count = 1; count <= expected; count += 1) {
    await stream.messages(count);
    arrivals.push(performance.now() - started);
  }

  stream.halfClose();
  const status = await stream.status();
  stream.close();

  return { replies: stream.seen.messages.map(readOut), arrivals, code: status.code };
}

const replyOf = (msg: Msg | undefined): Msg | undefined => messageField(msg, 'reply');
const commandIds = (run: Run): unknown[] => run.replies.map((msg) => replyOf(msg)?.command_id);
const hasReply = (msg: Msg): boolean => replyOf(msg) !== undefined;

function without(msg: Msg | undefined, field: string): Msg {
  const copy = { ...msg };
  delete copy[field];

  return copy;
}

function faultEntry(interceptor: Interceptor): FaultEntry {
  const faults = interceptor.recording.faults();
  expect(faults).toHaveLength(1);

  return faults[0];
}

function outMessages(interceptor: Interceptor): MessageEntry[] {
  return interceptor.recording.messages(1).filter((entry) => entry.direction === 'out');
}

describe('fault hooks', () => {
  const inputs = [init(), command(1, 'A'), command(2, 'B'), command(3, 'C')];

  it('drops the nth message of a direction on a call', async () => {
    const interceptor = await intercept({
      direction: 'out',
      message: { call: 1, nth: 2 },
      action: { kind: 'drop' },
    });

    const run = await converse(interceptor.address, inputs, 2);

    expect(commandIds(run)).toEqual([1, 3]);
    expect(faultEntry(interceptor)).toMatchObject({
      action: 'drop',
      direction: 'out',
      nth: 2,
      original: { reply: { command_id: 2, events: [{ value: 'B' }] } },
    });
    // The recording holds what was relayed: the dropped reply is only in the fault entry.
    expect(outMessages(interceptor).map((e) => replyOf(e.message)?.command_id)).toEqual([1, 3]);
    // The checks judge what the proxy got: reply 3 came before reply 2, which is owed at the end.
    expect(interceptor.violations.map((v) => v.ruleId)).toEqual([
      'reply-order',
      'one-reply-per-command',
    ]);
  });

  it('duplicates a message, both copies marked as the fault', async () => {
    const interceptor = await intercept({
      direction: 'out',
      message: { call: 1, nth: 1 },
      action: { kind: 'duplicate' },
    });

    const run = await converse(interceptor.address, inputs, 4);

    expect(commandIds(run)).toEqual([1, 1, 2, 3]);
    expect(run.replies[1]).toEqual(run.replies[0]);
    const fault = faultEntry(interceptor);
    expect(outMessages(interceptor).map((e) => e.fault)).toEqual([
      fault.index,
      fault.index,
      undefined,
      undefined,
    ]);
    expect(interceptor.violations).toEqual([
      expect.objectContaining({ ruleId: 'one-reply-per-command', fault: fault.index }),
    ]);
  });

  it('delays a message, holding the later ones of its direction behind it', async () => {
    const interceptor = await intercept({
      direction: 'out',
      message: { call: 1, nth: 1 },
      action: { kind: 'delay', ms: DELAY_MS },
    });

    const direct = await converse(reference.address, inputs, 3);
    const run = await converse(interceptor.address, inputs, 3);

    expect(run.replies).toEqual(direct.replies);
    expect(run.arrivals[0]).toBeGreaterThanOrEqual(DELAY_MS - EARLY_MS);
    expect(direct.arrivals[2]).toBeLessThan(DELAY_MS);
    const fault = faultEntry(interceptor);
    expect(fault).toMatchObject({ action: 'delay', delayMs: DELAY_MS, nth: 1 });
    const first = outMessages(interceptor)[0];
    expect(first?.fault).toBe(fault.index);
    expect((first?.atMs ?? 0) - fault.atMs).toBeGreaterThanOrEqual(DELAY_MS - EARLY_MS);
    // The status waited for the held replies, or the end would have found them owed.
    expect(run.code).toBe(grpc.status.OK);
    expect(interceptor.violations).toEqual([]);
  });

  it('keeps a delayed message from the proxy ahead of its half-close', async () => {
    const interceptor = await intercept({
      direction: 'in',
      message: { call: 1, nth: 2 },
      action: { kind: 'delay', ms: DELAY_MS },
    });
    const stream = new ProxyStream(interceptor.address, ES_PATH);

    stream.send(esIn(init()));
    stream.send(esIn(command(1, 'A')));
    stream.halfClose();
    const status = await stream.status();
    stream.close();

    // Had the half-close overtaken the command, the library would have ended without a reply.
    expect(stream.seen.messages.map(readOut)).toEqual([
      expect.objectContaining({ reply: expect.objectContaining({ command_id: 1 }) }),
    ]);
    expect(status.code).toBe(grpc.status.OK);
    expect(faultEntry(interceptor)).toMatchObject({ action: 'delay', direction: 'in', nth: 2 });
    // The recording too shows the half-close after the command it held back.
    const entries = interceptor.recording.call(1);
    const halfClose = entries.findIndex((e) => e.kind === 'half-close');
    const inputs = entries.filter((e) => e.kind === 'message' && e.direction === 'in');
    expect(inputs).toHaveLength(2);
    expect(inputs.every((e) => entries.indexOf(e) < halfClose)).toBe(true);
  });

  it("keeps the library's status behind a reply it delays", async () => {
    const interceptor = await intercept({
      direction: 'out',
      message: { call: 1, nth: 1 },
      action: { kind: 'delay', ms: DELAY_MS },
    });
    const stream = new ProxyStream(interceptor.address, ES_PATH);

    // The half-close goes at once, so the library ends the call while its reply is held.
    stream.send(esIn(init()));
    stream.send(esIn(command(1, 'A')));
    stream.halfClose();
    const status = await stream.status();
    stream.close();

    expect(stream.seen.messages.map(readOut)).toEqual([
      expect.objectContaining({ reply: expect.objectContaining({ command_id: 1 }) }),
    ]);
    expect(status.code).toBe(grpc.status.OK);
    expect(faultEntry(interceptor)).toMatchObject({ action: 'delay', direction: 'out', nth: 1 });
    const kinds = interceptor.recording.call(1).map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(['message', 'status']);
    // Checked at the status, the reply is no longer owed; nothing-after-half-close may still
    // name it, the relay's known race.
    expect(interceptor.violations.map((v) => v.ruleId)).not.toContain('one-reply-per-command');
  });

  it('alters the first matching message only, and records it before and after', async () => {
    const interceptor = await intercept({
      direction: 'out',
      message: { match: hasReply },
      action: {
        kind: 'alter',
        alter: (msg) => {
          const events = listField(replyOf(msg), 'events') as Msg[];
          events.forEach((event) => (event.value = 'Z'));
          return msg;
        },
      },
    });

    const run = await converse(interceptor.address, inputs, 3);

    expect(run.replies.map((msg) => listField(replyOf(msg), 'events'))).toEqual([
      [expect.objectContaining({ value: 'Z' })],
      [expect.objectContaining({ value: 'B' })],
      [expect.objectContaining({ value: 'C' })],
    ]);
    const fault = faultEntry(interceptor);
    expect(fault).toMatchObject({
      action: 'alter',
      original: { reply: { command_id: 1, events: [{ value: 'A' }] } },
      altered: run.replies[0],
    });
    expect(outMessages(interceptor)[0]).toMatchObject({
      fault: fault.index,
      message: run.replies[0],
    });
    expect(interceptor.violations).toEqual([]);
  });

  it('relays the original when an alter cannot be encoded, and says why', async () => {
    const interceptor = await intercept({
      direction: 'out',
      message: { call: 1, nth: 1 },
      action: { kind: 'alter', alter: (msg) => ({ ...msg, no_such_field: 1 }) },
    });

    const direct = await converse(reference.address, inputs, 3);
    const run = await converse(interceptor.address, inputs, 3);

    expect(run.replies).toEqual(direct.replies);
    expect(faultEntry(interceptor).error).toMatch(/no_such_field/);
    expect(faultEntry(interceptor).altered).toBeUndefined();
  });

  it('refuses a delay beyond the bound', async () => {
    const fault: Fault = {
      direction: 'in',
      message: { call: 1, nth: 1 },
      action: { kind: 'delay', ms: 60_000 },
    };

    await expect(intercept(fault)).rejects.toMatchObject({ code: 'TCK_USAGE' });
  });
});

describe('the rule checks catch injected faults', () => {
  it('an altered reply with an unknown command id: reply-known-command', async () => {
    const interceptor = await intercept({
      direction: 'out',
      message: { match: hasReply },
      action: {
        kind: 'alter',
        alter: (msg) => ({ reply: { ...replyOf(msg), command_id: 99 } }),
      },
    });

    await converse(interceptor.address, [init(), command(1)], 1);

    const fault = faultEntry(interceptor).index;
    expect(interceptor.violations).toEqual([
      expect.objectContaining({
        ruleId: 'reply-known-command',
        direction: 'out',
        fault,
        message: expect.objectContaining({ reply: expect.objectContaining({ command_id: 99 }) }),
      }),
      // Command 1 never got its reply, which the end of the call shows.
      expect.objectContaining({ ruleId: 'one-reply-per-command' }),
    ]);
  });

  it('a duplicated init: init-once, and the library saw both', async () => {
    const interceptor = await intercept({
      direction: 'in',
      message: { match: (msg) => msg.init !== undefined },
      action: { kind: 'duplicate' },
    });

    const run = await converse(interceptor.address, [init()], 1);

    // The reference answers a second init with a stream failure: the copy reached it.
    expect(run.replies).toEqual([
      { failure: expect.objectContaining({ description: 'Init sent twice' }) },
    ]);
    const fault = faultEntry(interceptor).index;
    expect(interceptor.violations).toEqual([
      expect.objectContaining({ ruleId: 'init-once', direction: 'in', fault, message: init() }),
    ]);
  });

  it("a snapshot left without the reply's events: snapshot-needs-events", async () => {
    // The TCK model snapshots every 5 events, so the fifth reply carries a real snapshot.
    const fiveEvents = ['A', 'B', 'C', 'D', 'E'].map((value, i) => command(i + 1, value));
    const interceptor = await intercept({
      direction: 'out',
      message: { match: (msg) => replyOf(msg)?.snapshot !== undefined },
      action: {
        kind: 'alter',
        alter: (msg) => ({ reply: without(replyOf(msg), 'events') }),
      },
    });

    const run = await converse(interceptor.address, [init(), ...fiveEvents], 5);

    const fault = faultEntry(interceptor);
    expect(fault.nth).toBe(5);
    expect(replyOf(fault.original)).toMatchObject({
      events: [expect.objectContaining({ value: 'E' })],
      snapshot: expect.anything(),
    });
    expect(replyOf(run.replies[4])).toMatchObject({ command_id: 5, snapshot: expect.anything() });
    expect(interceptor.violations).toEqual([
      expect.objectContaining({ ruleId: 'snapshot-needs-events', fault: fault.index }),
    ]);
  });

  it('a side effect lost on its way: no stream rule sees it, the recording does', async () => {
    const effect = { effect: { id: 'other', synchronous: true } };
    const interceptor = await intercept({
      direction: 'out',
      message: { match: (msg) => replyOf(msg)?.side_effects !== undefined },
      action: {
        kind: 'alter',
        alter: (msg) => ({ reply: without(replyOf(msg), 'side_effects') }),
      },
    });

    const run = await converse(interceptor.address, [init(), commandWith(1, [effect])], 1);

    expect(replyOf(run.replies[0])).toMatchObject({ command_id: 1 });
    expect(replyOf(run.replies[0])?.side_effects).toBeUndefined();
    // A reply without side effects is a valid reply: the loss shows only against the original.
    expect(interceptor.violations).toEqual([]);
    const fault = faultEntry(interceptor);
    expect(listField(replyOf(fault.original), 'side_effects')).toEqual([
      expect.objectContaining({ service_name: expect.any(String), command_name: 'Call' }),
    ]);
    expect(fault.altered).toEqual(run.replies[0]);
    expect(outMessages(interceptor)[0]?.fault).toBe(fault.index);
  });
});

describe('a fault on a call it does not name', () => {
  it('leaves the call as it was', async () => {
    const interceptor = await intercept({
      direction: 'out',
      message: { call: 2, nth: 1 },
      action: { kind: 'drop' },
    });

    const direct = await converse(reference.address, [init(), command(1, 'A')], 1);
    const run = await converse(interceptor.address, [init(), command(1, 'A')], 1);

    expect(run.replies).toEqual(direct.replies);
    expect(interceptor.recording.faults()).toEqual([]);
  });
});
