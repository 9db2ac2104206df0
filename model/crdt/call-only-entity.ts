import type { Msg } from '../message';
import { messageField } from '../message';
import { messageList } from '../shared/fields';
import type { EntityHandler } from './entity-handler';
import { int64Field, stringField } from './fields';
import { CALL } from './names';
import { ProtocolError } from './protocol-error';
import { cancelledResponse, crdtReply, emptyReply } from './replies';

/**
 * `CrdtTwo` and `CrdtConfigured`: `Call` replies `Response{}`. CrdtTwo also honours a delete
 * action in its request. Neither shows its CRDT, so replicated deltas change nothing visible.
 */
export class CallOnlyEntity implements EntityHandler {
  constructor(
    private readonly serviceName: string,
    private readonly honoursDelete: boolean,
  ) {}

  command(command: Msg): Msg[] {
    const name = stringField(command, 'name');

    if (name !== CALL) {
      throw new ProtocolError(`Unknown command ${name} on ${this.serviceName}`);
    }

    const request = messageField(command, 'payload');
    const deletes = messageList(request, 'actions').some((action) => action.delete !== undefined);

    // LOCAL, the default consistency, is left out of the message.
    const stateAction = this.honoursDelete && deletes ? { delete: {} } : undefined;

    return [crdtReply(int64Field(command, 'id'), { clientAction: emptyReply(), stateAction })];
  }

  delta(): Msg[] {
    return [];
  }

  delete(): Msg[] {
    return [];
  }

  streamCancelled(cancelled: Msg): Msg[] {
    return [cancelledResponse(int64Field(cancelled, 'id'))];
  }
}
