import type { Msg } from '../message';
import type { Int64 } from './fields';
import { omitDefaults } from './fields';

/** Builders for the parts of replies shared by every protocol, in the message form. */

export function replyAction(payload: Msg): Msg {
  return { reply: { payload } };
}

export function forwardAction(serviceName: string, commandName: string, payload: Msg): Msg {
  return {
    forward: omitDefaults({ service_name: serviceName, command_name: commandName, payload }),
  };
}

/** A failure client action; restart is always false since the models roll back instead. */
export function failureAction(commandId: Int64, description: string): Msg {
  return { failure: omitDefaults({ command_id: commandId, description }) };
}

export function sideEffect(
  serviceName: string,
  commandName: string,
  payload: Msg,
  synchronous: boolean,
): Msg {
  return omitDefaults({
    service_name: serviceName,
    command_name: commandName,
    payload,
    synchronous,
  });
}
