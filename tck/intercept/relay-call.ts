import * as grpc from '@grpc/grpc-js';
import type { Readable, Writable } from 'node:stream';
import type { Direction } from '../../model/stream-rules';
import type { CallTap } from './call-tap';
import { FaultLane, PLAIN_LANE } from './fault-lane';
import type { Lane } from './fault-lane';
import type { CallFaults, MessageFaults } from './faults';

export const rawBytes = (bytes: Buffer): Buffer => bytes;

type ProxyCall = grpc.ServerDuplexStream<Buffer, Buffer>;
export type LibraryCall = grpc.ClientDuplexStream<Buffer, Buffer>;

/**
 * Relays one call between the proxy and the library, bytes unchanged. Every method is served and
 * called as a bidirectional stream: on the wire a unary or one-sided streaming call is the same
 * HTTP/2 stream of length-prefixed messages, so one relay fits all four call kinds, and the
 * library still sees the call kind its own handler declares.
 *
 * Each message is forwarded before the tap sees it, so that decoding, recording and checks stay
 * off the message's path. A full outgoing buffer pauses the other side, so a slow reader slows
 * its writer instead of filling the interceptor's memory.
 *
 * A direction with faults to apply goes through a fault lane; the half-close and the status then
 * wait for what that lane still holds, so that they stay behind the messages sent before them.
 */
export function relayCall(
  client: grpc.Client,
  proxy: ProxyCall,
  tap: CallTap,
  faults: CallFaults = {},
): LibraryCall {
  const library: LibraryCall = client.makeBidiStreamRequest(
    proxy.getPath(),
    rawBytes,
    rawBytes,
    proxy.metadata.clone(),
    { deadline: proxy.getDeadline() },
  );

  let statusPassed = false;

  const inbound = lane(proxy, library, tap, 'in', faults.in);
  const outbound = lane(library, proxy, tap, 'out', faults.out);

  proxy.on('end', () =>
    inbound.afterFlush(() => {
      tap.halfClose(performance.now());
      library.end();
    }),
  );
  // grpc-js tells every closing stream it was cancelled, also after its status went out.
  proxy.on('cancelled', () => {
    if (statusPassed) {
      return;
    }

    inbound.stop();
    outbound.stop();
    tap.cancel(performance.now());
    library.cancel();
  });

  library.on('metadata', (headers: grpc.Metadata) => proxy.sendMetadata(headers));
  // The status event carries the same news; without a listener an error status would throw.
  library.on('error', () => undefined);
  library.on('status', (status: grpc.StatusObject) => {
    const pass = (): void => {
      statusPassed = true;
      passStatus(proxy, status);
    };
    const passLast = (): void => outbound.afterFlush(pass);

    // Nothing more can reach the library, so a message a fault still holds for it is given up.
    inbound.stop();
    outbound.afterFlush(() => tap.status(status, performance.now()));
    // Messages still waiting in a paused reader go first, so the status stays last.
    if (library.readableEnded) {
      passLast();
    } else {
      library.once('end', passLast);
    }
  });

  return library;
}

/** Without faults a direction keeps the plain relay: nothing decoded, nothing held. */
function lane(
  from: Readable,
  to: Writable,
  tap: CallTap,
  direction: Direction,
  faults: MessageFaults | undefined,
): Lane {
  if (faults === undefined) {
    relayMessages(from, to, (bytes, at) => tap.message(direction, bytes, at));
    return PLAIN_LANE;
  }

  return new FaultLane(
    from,
    to,
    faults,
    (bytes, at, applied) => tap.message(direction, bytes, at, applied),
    (applied, at) => tap.fault(applied, at),
  );
}

function relayMessages(
  from: Readable,
  to: Writable,
  seen: (bytes: Buffer, at: number) => void,
): void {
  from.on('data', (bytes: Buffer) => {
    const at = performance.now();

    if (!to.write(bytes)) {
      from.pause();
      to.once('drain', () => from.resume());
    }

    seen(bytes, at);
  });
}

/**
 * An error status travels as the proxy call's error, which grpc-js sends with its code, details
 * and trailers once the messages written before it are out. A library that reset the stream
 * reaches the proxy as the status grpc-js made of the reset (CANCELLED, "Call cancelled"), not
 * as a reset: grpc-js lets a server end a call only with a status.
 */
function passStatus(proxy: ProxyCall, status: grpc.StatusObject): void {
  if (proxy.cancelled) {
    return;
  }

  if (status.code === grpc.status.OK) {
    proxy.end(status.metadata);
    return;
  }

  const error: Partial<grpc.StatusObject> = { ...status };
  proxy.emit('error', error);
}
