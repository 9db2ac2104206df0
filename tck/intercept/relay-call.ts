import * as grpc from '@grpc/grpc-js';
import type { Readable, Writable } from 'node:stream';
import type { CallTap } from './call-tap';

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
 */
export function relayCall(client: grpc.Client, proxy: ProxyCall, tap: CallTap): LibraryCall {
  const library: LibraryCall = client.makeBidiStreamRequest(
    proxy.getPath(),
    rawBytes,
    rawBytes,
    proxy.metadata.clone(),
    { deadline: proxy.getDeadline() },
  );

  let statusPassed = false;

  relayMessages(proxy, library, (bytes, at) => tap.message('in', bytes, at));
  relayMessages(library, proxy, (bytes, at) => tap.message('out', bytes, at));

  proxy.on('end', () => {
    tap.halfClose(performance.now());
    library.end();
  });
  // grpc-js tells every closing stream it was cancelled, also after its status went out.
  proxy.on('cancelled', () => {
    if (statusPassed) {
      return;
    }

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

    tap.status(status, performance.now());
    // Messages still waiting in a paused reader go first, so the status stays last.
    if (library.readableEnded) {
      pass();
    } else {
      library.once('end', pass);
    }
  });

  return library;
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
