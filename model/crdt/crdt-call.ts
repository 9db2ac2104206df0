import type { Msg } from '../message';
import { messageField } from '../message';
import { completed, streamFailure } from '../shared/stream-failure';
import type { CallModel, CallOutput } from '../user-function';
import { output } from '../user-function';
import { openEntity } from './entities';
import type { EntityHandler } from './entity-handler';
import { ProtocolError } from './protocol-error';

/**
 * One `Crdt.handle` stream. Init comes first and picks the entity; after it, deltas, deletes,
 * commands and cancellations arrive in any order. A message the model cannot handle ends the
 * output with a stream-level failure, as the Java support does.
 */
export class CrdtCall implements CallModel {
  private entity: EntityHandler | undefined;
  private done = false;

  receive(input: Msg): CallOutput {
    if (this.done) {
      return completed();
    }

    try {
      return output(this.dispatch(input));
    } catch (error) {
      if (!(error instanceof ProtocolError)) {
        throw error;
      }

      this.done = true;

      return streamFailure(error.message);
    }
  }

  end(): CallOutput {
    this.done = true;

    return completed();
  }

  private dispatch(input: Msg): Msg[] {
    const init = messageField(input, 'init');

    if (this.entity === undefined) {
      if (init === undefined) {
        throw new ProtocolError('Expected init as the first message of a CRDT stream');
      }

      this.entity = openEntity(init);

      return [];
    }

    return dispatchTo(this.entity, input);
  }
}

function dispatchTo(entity: EntityHandler, input: Msg): Msg[] {
  const delta = messageField(input, 'delta');
  const command = messageField(input, 'command');
  const cancelled = messageField(input, 'stream_cancelled');

  if (command !== undefined) {
    return entity.command(command);
  }

  if (delta !== undefined) {
    return entity.delta(delta);
  }

  if (cancelled !== undefined) {
    return entity.streamCancelled(cancelled);
  }

  if (messageField(input, 'delete') !== undefined) {
    return entity.delete();
  }

  const what = messageField(input, 'init') === undefined ? 'An empty' : 'A second init';

  throw new ProtocolError(`${what} message on a CRDT stream`);
}
