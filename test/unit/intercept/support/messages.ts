import type { Msg } from '../../../../model/message';
import { anyOf } from '../../../../model/message';
import { decodeMessage } from '../../../../tck/codec/decode';
import { encodeMessage } from '../../../../tck/codec/encode';
import { protoRoot } from '../../../../tck/codec/proto-root';

export const root = protoRoot();

export const ES_PATH = '/cloudstate.eventsourced.EventSourced/handle';
const ES_IN = 'cloudstate.eventsourced.EventSourcedStreamIn';
const ES_OUT = 'cloudstate.eventsourced.EventSourcedStreamOut';
const MODEL = 'cloudstate.tck.model';

export const ENTITY = 'intercept-1';

export const esIn = (msg: Msg): Buffer => Buffer.from(encodeMessage(root, ES_IN, msg));
export const esOut = (msg: Msg): Buffer => Buffer.from(encodeMessage(root, ES_OUT, msg));
export const readOut = (bytes: Buffer): Msg => decodeMessage(root, ES_OUT, bytes);

export const init = (entityId = ENTITY): Msg => ({
  init: { service_name: `${MODEL}.EventSourcedTckModel`, entity_id: entityId },
});

/** A `Process` command of the event-sourced TCK model; with `emit`, it persists that value. */
export const command = (id: number, emit?: string): Msg => ({
  command: {
    entity_id: ENTITY,
    id,
    name: 'Process',
    payload: anyOf(
      `${MODEL}.Request`,
      emit === undefined ? { id: ENTITY } : { id: ENTITY, actions: [{ emit: { value: emit } }] },
    ),
  },
});

export const reply = (commandId: number, extra: Msg = {}): Msg => ({
  reply: {
    command_id: commandId,
    client_action: { reply: { payload: anyOf(`${MODEL}.Response`, { message: 'ok' }) } },
    ...extra,
  },
});
