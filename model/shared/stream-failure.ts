import type { Msg } from '../message';
import type { CallOutput } from '../user-function';
import type { Int64 } from './fields';
import { omitDefaults } from './fields';

/**
 * A stream-level failure (the `*StreamOut.failure` oneof): the user function hit something it
 * cannot handle, such as an unknown service or command, so it reports it and ends its output.
 */
export function streamFailure(description: string, commandId: Int64 = 0): CallOutput {
  const failure: Msg = omitDefaults({ command_id: commandId, description });

  return { messages: [{ failure }], complete: true };
}

/** The output ends with nothing more to send. */
export function completed(): CallOutput {
  return { messages: [], complete: true };
}
