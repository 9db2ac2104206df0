import * as grpc from '@grpc/grpc-js';
import type * as protobuf from 'protobufjs';
import { debugLog } from '../log/debug-log';
import { callTap } from './call-tap';
import { FaultPlan } from './faults';
import type { Fault } from './faults';
import type { TapContext } from './call-tap';
import { Recording } from './recording';
import { RELAY_METHODS } from './relay-methods';
import { TapQueue } from './tap-queue';
import { rawBytes, relayCall } from './relay-call';
import type { LibraryCall } from './relay-call';
import type { InterceptViolation } from './violations';

const log = debugLog('intercept');

// Large enough for any discovery answer (a descriptor set) a library sends.
const MESSAGE_LIMIT = 64 * 1024 * 1024;

/** How long stop() lets calls in flight finish before it cuts them off. */
const STOP_GRACE_MS = 1000;

export interface InterceptorOptions {
  /** The library, host:port. */
  target: string;
  root: protobuf.Root;

  /** Names the implementation in debug lines; the target by default. */
  implementation?: string;

  /** Changes to make to relayed messages, each once; see docs/interceptor.md, "Fault hooks". */
  faults?: readonly Fault[];
}

export interface Interceptor {
  port: number;
  /** Where the proxy reaches its user function now: 127.0.0.1:port. */
  address: string;
  recording: Recording;
  /** Every rule violation so far, in the order found; it grows while calls run. */
  violations: readonly InterceptViolation[];
  /** Stops serving, cuts off calls still open after a short grace, and closes the client. */
  stop(): Promise<void>;
}

/**
 * Starts a gRPC server on a free loopback port that the proxy uses as its user function. Each
 * call it receives is opened again on the library, and everything passes through both ways:
 * messages, half-close, cancellation, headers, status and trailers.
 */
export async function startInterceptor(options: InterceptorOptions): Promise<Interceptor> {
  const implementation = options.implementation ?? options.target;
  // Made first, so that a fault it refuses leaves nothing open; without faults there is no
  // plan, and every call keeps the plain relay.
  const plan =
    options.faults === undefined || options.faults.length === 0
      ? undefined
      : new FaultPlan(options.faults, options.root);
  const client = new grpc.Client(options.target, grpc.credentials.createInsecure(), {
    'grpc.max_receive_message_length': MESSAGE_LIMIT,
  });
  const server = new grpc.Server({ 'grpc.max_receive_message_length': MESSAGE_LIMIT });
  const violations: InterceptViolation[] = [];
  const context: TapContext = {
    root: options.root,
    recording: new Recording(),
    violations,
    implementation,
    log,
  };
  const queue = new TapQueue();
  const open = new Set<LibraryCall>();
  let calls = 0;

  for (const method of RELAY_METHODS) {
    const handler = (proxy: grpc.ServerDuplexStream<Buffer, Buffer>): void => {
      calls += 1;
      const tap = queue.defer(callTap(context, method, calls));
      const library = relayCall(client, proxy, tap, plan?.forCall(calls, method));
      open.add(library);
      library.on('status', () => open.delete(library));
    };
    server.register(method.path, handler, rawBytes, rawBytes, 'bidi');
  }

  const port = await bind(server);
  log?.({ implementation }, 'Relaying 127.0.0.1:%d to %s', port, options.target);

  return {
    port,
    address: `127.0.0.1:${port}`,
    get recording() {
      queue.drain();
      return context.recording;
    },
    get violations() {
      queue.drain();
      return violations;
    },
    stop: async () => {
      await stop(server, client, open, implementation);
      queue.drain();
    },
  };
}

function bind(server: grpc.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) =>
      error === null ? resolve(port) : reject(error),
    );
  });
}

/**
 * A call to the library can outlive its proxy side, and closing a grpc-js client leaves its
 * calls running, so the calls still open are cancelled: the library must not wait on them.
 */
async function stop(
  server: grpc.Server,
  client: grpc.Client,
  open: Set<LibraryCall>,
  implementation: string,
): Promise<void> {
  let cutOff: NodeJS.Timeout | undefined;
  const drained = new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  const forced = new Promise<void>((resolve) => {
    cutOff = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, STOP_GRACE_MS);
  });

  await Promise.race([drained, forced]);
  clearTimeout(cutOff);
  open.forEach((call) => call.cancel());
  client.close();
  log?.({ implementation }, 'Stopped');
}
