import * as grpc from '@grpc/grpc-js';
import { startInterceptor } from '../../../tck/intercept';
import type { Interceptor } from '../../../tck/intercept';
import { ProxyStream, WAIT_MS } from './support/proxy-client';
import { root } from './support/messages';
import { startResetting, startScripted } from './support/servers';
import type { DuplexHandler, TestServer } from './support/servers';

// Raw bytes: the relay must not care whether they parse, so these tests use plain text.
const PATH = '/cloudstate.action.ActionProtocol/handleStreamed';
const text = (value: string): Buffer => Buffer.from(value);

interface Pair {
  library: TestServer;
  interceptor: Interceptor;
}

const opened: Pair[] = [];

/** A scripted library and an interceptor in front of it. */
async function pair(start: () => Promise<TestServer>): Promise<Pair> {
  const library = await start();
  const interceptor = await startInterceptor({ target: library.address, root });
  opened.push({ library, interceptor });

  return { library, interceptor };
}

afterEach(async () => {
  for (const { library, interceptor } of opened.splice(0)) {
    await interceptor.stop();
    await library.stop();
  }
});

/** Runs the same script against the library directly and through the interceptor. */
async function bothWays<T>(
  handler: DuplexHandler,
  proxy: (address: string) => Promise<T>,
): Promise<{ direct: T; relayed: T; interceptor: Interceptor }> {
  const { library, interceptor } = await pair(() => startScripted(PATH, handler));

  return {
    direct: await proxy(library.address),
    relayed: await proxy(interceptor.address),
    interceptor,
  };
}

describe('pass-through', () => {
  it('passes the half-close to the library, which answers only once its input ends', async () => {
    const handler: DuplexHandler = (call) => {
      const got: string[] = [];
      call.on('data', (bytes: Buffer) => got.push(bytes.toString()));
      call.on('end', () => {
        call.write(text(`after end: ${got.join(',')}`));
        call.end();
      });
    };
    const proxy = async (address: string) => {
      const stream = new ProxyStream(address, PATH);
      stream.send(text('a'));
      stream.send(text('b'));
      stream.halfClose();
      const status = await stream.status();
      stream.close();
      return { messages: stream.seen.messages.map(String), code: status.code };
    };

    const { direct, relayed } = await bothWays(handler, proxy);

    expect(relayed).toEqual({ messages: ['after end: a,b'], code: grpc.status.OK });
    expect(relayed).toEqual(direct);
  });

  it('passes a cancel from the proxy on to the library', async () => {
    const cancels: string[] = [];
    const handler: DuplexHandler = (call) => {
      call.on('data', (bytes: Buffer) => call.write(bytes));
      call.on('cancelled', () => cancels.push(call.metadata.get('x-run')[0] as string));
      call.on('error', () => undefined);
    };
    const proxy = async (address: string) => {
      const metadata = new grpc.Metadata();
      metadata.set('x-run', address);
      const stream = new ProxyStream(address, PATH, metadata);
      stream.send(text('ping'));
      await stream.messages(1);
      stream.cancel();
      const status = await stream.status();
      await waitFor(() => cancels.includes(address), `the cancel via ${address}`);
      stream.close();
      return status.code;
    };

    const { direct, relayed, interceptor } = await bothWays(handler, proxy);

    expect(relayed).toBe(grpc.status.CANCELLED);
    expect(relayed).toBe(direct);
    // The library saw the interceptor's call cancelled, not merely closed at shutdown.
    expect(cancels).toEqual([expect.any(String), interceptor.address]);
    expect(interceptor.recording.entries.map((e) => e.kind)).toContain('cancel');
  });

  it('passes a reset by the library on to the proxy as CANCELLED', async () => {
    const { library, interceptor } = await pair(() => startResetting(text('last words')));
    const proxy = async (address: string) => {
      const stream = new ProxyStream(address, PATH);
      stream.send(text('hello'));
      const status = await stream.status();
      stream.close();
      return { messages: stream.seen.messages.map(String), status: [status.code, status.details] };
    };

    const direct = await proxy(library.address);
    const relayed = await proxy(interceptor.address);

    expect(direct.status[0]).toBe(grpc.status.CANCELLED);
    expect(relayed).toEqual(direct);
    expect(interceptor.recording.entries.at(-1)).toMatchObject({
      kind: 'status',
      code: grpc.status.CANCELLED,
    });
  });

  it('passes an error status with details, headers and trailers through unchanged', async () => {
    const details = Buffer.from([0x08, 0x03, 0x12, 0x03, 0x62, 0x61, 0x64]);
    const handler: DuplexHandler = (call) => {
      const headers = new grpc.Metadata();
      headers.set('x-header', `request said ${String(call.metadata.get('x-request')[0])}`);
      call.sendMetadata(headers);
      call.on('data', (bytes: Buffer) => {
        const trailers = new grpc.Metadata();
        trailers.set('x-trailer', 'one');
        trailers.add('x-trailer', 'two');
        trailers.set('grpc-status-details-bin', details);
        call.write(bytes);
        call.emit('error', {
          code: grpc.status.FAILED_PRECONDITION,
          details: `refused ${bytes.toString()}`,
          metadata: trailers,
        });
      });
    };
    const proxy = async (address: string) => {
      const metadata = new grpc.Metadata();
      metadata.set('x-request', 'r1');
      const stream = new ProxyStream(address, PATH, metadata);
      stream.send(text('cmd'));
      const status = await stream.status();
      stream.close();
      return {
        messages: stream.seen.messages.map(String),
        header: stream.seen.headers?.get('x-header'),
        code: status.code,
        details: status.details,
        trailer: status.metadata.get('x-trailer'),
        statusDetails: status.metadata.get('grpc-status-details-bin'),
      };
    };

    const { direct, relayed } = await bothWays(handler, proxy);

    expect(relayed).toEqual({
      messages: ['cmd'],
      header: ['request said r1'],
      code: grpc.status.FAILED_PRECONDITION,
      details: 'refused cmd',
      // grpc-js joins a repeated header into one value on receipt, directly as well.
      trailer: ['one, two'],
      statusDetails: [details],
    });
    expect(relayed).toEqual(direct);
  });

  it('passes the trailers of an OK status through', async () => {
    const handler: DuplexHandler = (call) => {
      call.on('data', () => undefined);
      call.on('end', () => {
        const trailers = new grpc.Metadata();
        trailers.set('x-done', 'yes');
        call.end(trailers);
      });
    };
    const proxy = async (address: string) => {
      const stream = new ProxyStream(address, PATH);
      stream.halfClose();
      const status = await stream.status();
      stream.close();
      return [status.code, status.metadata.get('x-done')];
    };

    const { direct, relayed } = await bothWays(handler, proxy);

    expect(relayed).toEqual([grpc.status.OK, ['yes']]);
    expect(relayed).toEqual(direct);
  });
});

async function waitFor(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!done()) {
    if (Date.now() > deadline) {
      throw new Error(`${what} did not happen in ${WAIT_MS} ms`);
    }
    await new Promise((wake) => setTimeout(wake, 10));
  }
}
