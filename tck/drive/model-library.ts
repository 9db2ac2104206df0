import type * as protobuf from 'protobufjs';
import type { Msg } from '../../model/message';
import type { ActionShape, CallModel, UserFunctionModel } from '../../model/user-function';
import { CALL_SHAPES } from '../cases/call-kinds';
import type { CallKind } from '../cases/tck-case';
import { decodeMessage } from '../codec/decode';
import { encodeMessage } from '../codec/encode';
import type { CallEvent, LibraryCall } from './call-event';
import { EventQueue } from './event-queue';
import type { Library } from './library';

/**
 * The reference model as a library, in this process. Every message still makes a round trip
 * through the codec, so what the model says is checked as the wire would carry it.
 */
export class ModelLibrary implements Library {
  constructor(
    private readonly model: UserFunctionModel,
    private readonly root: protobuf.Root,
    private readonly descriptorSet: Uint8Array,
  ) {}

  discover(): Promise<Msg> {
    const spec: Msg = {
      proto: Buffer.from(this.descriptorSet).toString('base64'),
      entities: this.model.entities(),
    };

    return Promise.resolve(this.roundTrip('cloudstate.EntitySpec', spec));
  }

  open(kind: CallKind): LibraryCall {
    const model = kind.startsWith('action.')
      ? this.model.openAction(kind.slice('action.'.length) as ActionShape)
      : this.model.openEntity(kind as 'eventsourced' | 'valueentity' | 'crdt');

    return new ModelCall(model, kind, (type, msg) => this.roundTrip(type, msg));
  }

  close(): void {}

  private roundTrip(type: string, message: Msg): Msg {
    return decodeMessage(this.root, type, encodeMessage(this.root, type, message));
  }
}

class ModelCall implements LibraryCall {
  private readonly queue = new EventQueue();

  constructor(
    private readonly model: CallModel,
    private readonly kind: CallKind,
    private readonly roundTrip: (type: string, message: Msg) => Msg,
  ) {}

  send(message: Msg): void {
    const input = this.roundTrip(CALL_SHAPES[this.kind].input, message);

    this.deliver(() => this.model.receive(input));
  }

  complete(): void {
    this.deliver(() => this.model.end());
  }

  cancel(): void {
    this.queue.push({ kind: 'error', code: 1, details: 'Cancelled on client' });
  }

  next(timeoutMs: number): Promise<CallEvent> {
    return this.queue.next(timeoutMs);
  }

  private deliver(step: () => { messages: Msg[]; complete: boolean }): void {
    const output = step();
    const type = CALL_SHAPES[this.kind].output;

    for (const message of output.messages) {
      this.queue.push({ kind: 'message', message: this.roundTrip(type, message) });
    }
    if (output.complete) {
      this.queue.push({ kind: 'complete' });
    }
  }
}
