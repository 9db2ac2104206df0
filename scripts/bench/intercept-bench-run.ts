import * as grpc from '@grpc/grpc-js';
import type * as protobuf from 'protobufjs';
import type { Msg } from '../../model/message';
import { anyOf } from '../../model/message';
import { CALL_SHAPES } from '../../tck/cases/call-kinds';
import { encodeMessage } from '../../tck/codec/encode';

const raw = (bytes: Buffer): Buffer => bytes;
const SHAPE = CALL_SHAPES.eventsourced;
const MODEL = 'cloudstate.tck.model';

/** A reply that never comes fails the bench rather than hanging it. */
const REPLY_TIMEOUT_MS = 5000;

/** Round-trip times in ms, one per measured command, in command order. */
export interface RoundTrips {
  directMs: number[];
  relayedMs: number[];
}

/**
 * One event-sourced stream to the library directly and one through the interceptor, driven
 * in lockstep: each command waits for its reply, as a proxy with one command in flight would.
 * The two alternate which goes first in each round, so that neither always meets a warmer or a
 * busier process, and warm-up rounds are dropped.
 */
export async function interleavedRoundTrips(
  root: protobuf.Root,
  addresses: { direct: string; relayed: string },
  counts: { roundTrips: number; warmUp: number },
): Promise<RoundTrips> {
  const direct = new LockstepStream(addresses.direct);
  const relayed = new LockstepStream(addresses.relayed);
  const encode = (msg: Msg): Buffer => Buffer.from(encodeMessage(root, SHAPE.input, msg));
  const times: RoundTrips = { directMs: [], relayedMs: [] };

  try {
    direct.send(encode(init('bench-direct')));
    relayed.send(encode(init('bench-relayed')));

    for (let id = 1; id <= counts.warmUp + counts.roundTrips; id += 1) {
      const pair = [
        { stream: direct, bytes: encode(command('bench-direct', id)), into: times.directMs },
        { stream: relayed, bytes: encode(command('bench-relayed', id)), into: times.relayedMs },
      ];
      const ordered = id % 2 === 0 ? pair : pair.reverse();

      for (const { stream, bytes, into } of ordered) {
        const took = await stream.roundTrip(bytes);
        if (id > counts.warmUp) {
          into.push(took);
        }
      }
    }

    await Promise.all([direct.finish(), relayed.finish()]);
  } finally {
    direct.close();
    relayed.close();
  }

  return times;
}

function init(entityId: string): Msg {
  return { init: { service_name: `${MODEL}.EventSourcedTckModel`, entity_id: entityId } };
}

/** A command that changes nothing: the reply size stays the same all through the stream. */
function command(entityId: string, id: number): Msg {
  return {
    command: {
      entity_id: entityId,
      id,
      name: 'Process',
      payload: anyOf(`${MODEL}.Request`, { id: entityId }),
    },
  };
}

/** One bidirectional call on a client of its own, one message in flight at a time. */
class LockstepStream {
  private readonly client: grpc.Client;
  private readonly call: grpc.ClientDuplexStream<Buffer, Buffer>;
  private waiting: ((at: number) => void) | undefined;
  private readonly ended: Promise<grpc.StatusObject>;

  constructor(address: string) {
    this.client = new grpc.Client(address, grpc.credentials.createInsecure());
    this.call = this.client.makeBidiStreamRequest(SHAPE.path, raw, raw);
    this.call.on('data', () => {
      const at = performance.now();
      const wake = this.waiting;
      this.waiting = undefined;
      wake?.(at);
    });
    this.call.on('error', () => undefined);
    this.ended = new Promise((resolve) => this.call.on('status', resolve));
  }

  send(bytes: Buffer): void {
    this.call.write(bytes);
  }

  /** Sends one command and resolves with the ms until its reply arrived. */
  roundTrip(bytes: Buffer): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no reply in ${REPLY_TIMEOUT_MS} ms`)),
        REPLY_TIMEOUT_MS,
      );
      const sentAt = performance.now();
      this.waiting = (at) => {
        clearTimeout(timer);
        resolve(at - sentAt);
      };
      this.call.write(bytes);
    });
  }

  async finish(): Promise<void> {
    this.call.end();
    const status = await this.ended;
    if (status.code !== grpc.status.OK) {
      throw new Error(`the stream ended with status ${status.code}: ${status.details}`);
    }
  }

  close(): void {
    this.call.cancel();
    this.client.close();
  }
}
