import type { Msg } from '../message';
import { messageField } from '../message';
import { failureAction } from '../shared/client-action';
import type { Crdt } from './crdt';
import type { EntityHandler } from './entity-handler';
import { crdtForName } from './factory';
import { boolField, int64Field, stringField } from './fields';
import { writeInt64 } from './int64';
import { ProtocolError } from './protocol-error';
import { cancelledResponse, crdtReply, stateReply } from './replies';
import { runActions } from './request-actions';
import { takeStateAction } from './state-action';
import { Subscriptions } from './subscriptions';

/**
 * `CrdtTckModel`: one CRDT, typed by the entity id's prefix, driven by the actions of each
 * request. Every change that goes out is followed by notifications to the open streams.
 */
export class CrdtTckModelEntity implements EntityHandler {
  private crdt: Crdt;
  private readonly subscriptions = new Subscriptions();

  constructor(
    private readonly entityId: string,
    initDelta: Msg | undefined,
  ) {
    const empty = crdtForName(entityId);

    // A CRDT rebuilt from the proxy's delta has nothing pending, not even LWWRegister's "".
    this.crdt = initDelta === undefined ? empty : empty.applyDelta(initDelta).resetDelta();
  }

  command(command: Msg): Msg[] {
    const name = stringField(command, 'name');

    if (name === 'Process') {
      return this.process(command);
    }

    if (name === 'ProcessStreamed') {
      return this.processStreamed(command);
    }

    throw new ProtocolError(`Unknown command ${name} on the CrdtTckModel`);
  }

  delta(delta: Msg): Msg[] {
    this.crdt = this.crdt.applyDelta(delta);

    return this.subscriptions.notify(this.crdt);
  }

  /** The proxy deleted the CRDT: forget the value, and say nothing. */
  delete(): Msg[] {
    this.crdt = crdtForName(this.entityId).resetDelta();

    return [];
  }

  streamCancelled(cancelled: Msg): Msg[] {
    const id = int64Field(cancelled, 'id');
    const cancelUpdate = this.subscriptions.cancel(id);

    if (cancelUpdate === undefined) {
      return [cancelledResponse(id)];
    }

    const { crdt, stateAction } = takeStateAction(this.crdt.applyUpdate(cancelUpdate), false);
    this.crdt = crdt;

    if (stateAction === undefined) {
      return [cancelledResponse(id)];
    }

    return [cancelledResponse(id, stateAction), ...this.subscriptions.notify(crdt)];
  }

  private process(command: Msg): Msg[] {
    const id = int64Field(command, 'id');
    const outcome = runActions(this.crdt, messageField(command, 'payload') ?? {});

    // A failed command leaves no trace: its changes and effects are dropped with it.
    if (outcome.failure !== undefined) {
      return [crdtReply(id, { clientAction: failureAction(writeInt64(id), outcome.failure) })];
    }

    const { crdt, stateAction } = takeStateAction(
      outcome.crdt,
      outcome.deleted,
      outcome.consistency,
    );
    this.crdt = crdt;

    const clientAction = outcome.forward ?? stateReply(crdt);
    const reply = crdtReply(id, { clientAction, sideEffects: outcome.sideEffects, stateAction });

    return [reply, ...this.notifyIf(stateAction)];
  }

  /**
   * A streamed command subscribes to changes (when the call really is streamed), applies its
   * initial update and replies. The new subscription hears only of later changes.
   */
  private processStreamed(command: Msg): Msg[] {
    const id = int64Field(command, 'id');
    const request = messageField(command, 'payload') ?? {};
    const streamed = boolField(command, 'streamed');
    const initialUpdate = messageField(request, 'initial_update');
    const updated = initialUpdate === undefined ? this.crdt : this.crdt.applyUpdate(initialUpdate);

    const { crdt, stateAction } = takeStateAction(updated, false);
    this.crdt = crdt;

    const clientAction = boolField(request, 'empty') ? undefined : stateReply(crdt);
    const reply = crdtReply(id, { clientAction, stateAction, streamed });
    const notifications = this.notifyIf(stateAction);

    if (streamed) {
      this.subscriptions.add(id, request);
    }

    return [reply, ...notifications];
  }

  private notifyIf(stateAction: Msg | undefined): Msg[] {
    return stateAction === undefined ? [] : this.subscriptions.notify(this.crdt);
  }
}
