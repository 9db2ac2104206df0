import * as grpc from '@grpc/grpc-js';
import type { Msg } from '../../../model/message';
import { anyOf } from '../../../model/message';
import { startInterceptor } from '../../../tck/intercept';
import type { Interceptor } from '../../../tck/intercept';
import { ES_PATH, command, esIn, esOut, init, reply, root } from './support/messages';
import { ProxyStream } from './support/proxy-client';
import { startScripted } from './support/servers';
import type { TestServer } from './support/servers';

let library: TestServer;
let interceptor: Interceptor;

/** What the fake library answers to the nth message of a call (1-based); ends on half-close. */
let script: (nth: number) => Msg[] = () => [];

beforeAll(async () => {
  library = await startScripted(ES_PATH, (call) => {
    let nth = 0;
    call.on('data', () => {
      nth += 1;
      script(nth).forEach((msg) => call.write(esOut(msg)));
    });
    call.on('end', () => call.end());
  });
  interceptor = await startInterceptor({ target: library.address, root, implementation: 'fake' });
});

afterAll(async () => {
  await interceptor.stop();
  await library.stop();
});

/** Sends each input and waits for the replies the script makes; then half-closes. */
async function run(inputs: Msg[], answers: (nth: number) => Msg[]) {
  script = answers;
  const before = interceptor.violations.length;
  const stream = new ProxyStream(interceptor.address, ES_PATH);
  let expected = 0;

  for (const [index, input] of inputs.entries()) {
    stream.send(esIn(input));
    expected += answers(index + 1).length;
    await stream.messages(expected);
  }
  stream.halfClose();
  const status = await stream.status();
  stream.close();

  expect(status.code).toBe(grpc.status.OK);
  return interceptor.violations.slice(before);
}

describe('the interceptor checks the stream rules', () => {
  it('finds nothing in a conforming stream', async () => {
    const found = await run([init(), command(1), command(2)], (nth) =>
      nth > 1 ? [reply(nth - 1)] : [],
    );

    expect(found).toEqual([]);
  });

  it('names a library reply to a command never sent, with the message', async () => {
    const bad = reply(99);
    const found = await run([init(), command(1)], (nth) => (nth === 2 ? [reply(1), bad] : []));

    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'reply-known-command', direction: 'out', message: bad }),
    ]);
    const entry = interceptor.recording.entries[found[0]?.entryIndex ?? -1];
    expect(entry).toMatchObject({ kind: 'message', direction: 'out', message: bad });
    expect(entry?.callId).toBe(found[0]?.callId);
  });

  it('names a second init sent by the proxy', async () => {
    const second = init('another');
    const found = await run([init(), second], () => []);

    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'init-once', direction: 'in', message: second }),
    ]);
  });

  it('names a snapshot sent without events', async () => {
    const snapshot = reply(1, {
      snapshot: anyOf('cloudstate.tck.model.Persisted', { value: 'S' }),
    });
    const found = await run([init(), command(1)], (nth) => (nth === 2 ? [snapshot] : []));

    expect(found.map((v) => [v.ruleId, v.message])).toEqual([['snapshot-needs-events', snapshot]]);
  });

  it('names a command left without a reply when the stream ends well', async () => {
    const found = await run([init(), command(1), command(2)], (nth) =>
      nth === 2 ? [reply(1)] : [],
    );

    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'one-reply-per-command', direction: 'out' }),
    ]);
    expect(interceptor.recording.entries[found[0]?.entryIndex ?? -1]?.kind).toBe('status');
  });

  it('checks each call on its own', async () => {
    // Two conforming calls in a row: command ids restart at 1 in the second.
    await run([init(), command(1)], (nth) => (nth === 2 ? [reply(1)] : []));
    const found = await run([init(), command(1)], (nth) => (nth === 2 ? [reply(1)] : []));

    expect(found).toEqual([]);
  });
});
