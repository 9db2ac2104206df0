import * as grpc from '@grpc/grpc-js';
import { decodeMessage } from '../../../tck/codec/decode';
import { encodeMessage } from '../../../tck/codec/encode';
import { GrpcLibrary } from '../../../tck/drive/grpc-library';
import { startInterceptor } from '../../../tck/intercept';
import type { Interceptor } from '../../../tck/intercept';
import { tckProxyInfo } from '../../../tck/launch/proxy-info';
import { ES_PATH, command, esIn, init, readOut, root } from './support/messages';
import { ProxyStream, within } from './support/proxy-client';
import type { Seen } from './support/proxy-client';
import { startReference } from './support/servers';
import type { TestServer } from './support/servers';

let reference: TestServer;
let interceptor: Interceptor;

beforeAll(async () => {
  reference = await startReference();
  interceptor = await startInterceptor({ target: reference.address, root });
});

afterAll(async () => {
  await interceptor.stop();
  await reference.stop();
});

/** Init, then commands one at a time as a proxy sends them, each after the last reply. */
async function converse(address: string): Promise<Seen> {
  const stream = new ProxyStream(address, ES_PATH);
  const inputs = [command(1, 'A'), command(2, 'B'), command(3), command(4, 'C'), command(5, 'D')];

  stream.send(esIn(init()));
  for (const [index, input] of inputs.entries()) {
    stream.send(esIn(input));
    await stream.messages(index + 1);
  }
  stream.halfClose();
  await stream.status();
  stream.close();

  return stream.seen;
}

describe('the interceptor relays the reference user function', () => {
  it('passes an event-sourced conversation through byte for byte', async () => {
    const direct = await converse(reference.address);
    const relayed = await converse(interceptor.address);

    expect(relayed.messages).toHaveLength(5);
    expect(relayed.messages).toEqual(direct.messages);
    expect(relayed.status?.code).toBe(grpc.status.OK);
    expect(relayed.status?.code).toBe(direct.status?.code);
    // The model's replies say what was persisted, so a dropped or reordered input would show.
    expect(readOut(relayed.messages[4] ?? Buffer.alloc(0))).toMatchObject({
      reply: { command_id: 5, events: [{ value: 'D' }] },
    });
  });

  it('records every message with its direction, call and time, decoded', async () => {
    const before = interceptor.recording.entries.length;
    const relayed = await converse(interceptor.address);
    const entries = interceptor.recording.entries.slice(before);
    const callId = entries[0]?.callId ?? -1;

    expect(entries.map((e) => (e.kind === 'message' ? e.direction : e.kind))).toEqual([
      'open',
      'in',
      'in',
      'out',
      'in',
      'out',
      'in',
      'out',
      'in',
      'out',
      'in',
      'out',
      'half-close',
      'status',
    ]);
    expect(entries.every((e) => e.callId === callId && e.path === ES_PATH)).toBe(true);
    const times = entries.map((e) => e.atMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const out = interceptor.recording.messages(callId).filter((e) => e.direction === 'out');
    expect(out.map((e) => e.message)).toEqual(relayed.messages.map(readOut));
    expect(interceptor.recording.messages(callId)[0]?.message).toEqual(init());
    expect(interceptor.violations).toEqual([]);
  });

  it('relays discovery, recording the ProxyInfo and the EntitySpec', async () => {
    const direct = new GrpcLibrary(reference.address, root);
    const relayed = new GrpcLibrary(interceptor.address, root);

    const spec = await relayed.discover(tckProxyInfo(), 3000);
    expect(spec).toEqual(await direct.discover(tckProxyInfo(), 3000));
    direct.close();
    relayed.close();

    const [proxyInfo, entitySpec] = interceptor.recording
      .messages()
      .filter((e) => e.path === '/cloudstate.EntityDiscovery/discover')
      .slice(-2);
    const sent = encodeMessage(root, 'cloudstate.ProxyInfo', tckProxyInfo());
    expect(proxyInfo?.message).toEqual(decodeMessage(root, 'cloudstate.ProxyInfo', sent));
    expect(entitySpec?.message).toEqual(spec);
  });

  it('relays a unary action call to a unary handler', async () => {
    const path = '/cloudstate.action.ActionProtocol/handleUnary';
    const request = Buffer.from(
      encodeMessage(root, 'cloudstate.action.ActionCommand', {
        service_name: 'cloudstate.tck.model.action.ActionTckModel',
        name: 'ProcessUnary',
        payload: {
          '@type': 'cloudstate.tck.model.action.Request',
          groups: [{ steps: [{ reply: { message: 'unary' } }] }],
        },
      }),
    );
    const unary = (address: string): Promise<Buffer> => {
      const client = new grpc.Client(address, grpc.credentials.createInsecure());
      const raw = (bytes: Buffer): Buffer => bytes;

      return new Promise<Buffer>((resolve, reject) =>
        client.makeUnaryRequest(path, raw, raw, request, (error, response) =>
          error === null && response !== undefined
            ? resolve(response)
            : reject(error ?? new Error('no response')),
        ),
      ).finally(() => client.close());
    };

    const relayed = await within(unary(interceptor.address), 'the unary answer');
    expect(relayed).toEqual(await unary(reference.address));
    expect(decodeMessage(root, 'cloudstate.action.ActionResponse', relayed)).toMatchObject({
      reply: { payload: { message: 'unary' } },
    });
  });
});
