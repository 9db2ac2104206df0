import type { CallKind } from './tck-case';

/** The gRPC method and the message types that travel each way on one kind of call. */
export interface CallShape {
  path: string;
  input: string;
  output: string;
  clientStreaming: boolean;
  serverStreaming: boolean;
}

const action = (method: string, clientStreaming: boolean, serverStreaming: boolean): CallShape => ({
  path: `/cloudstate.action.ActionProtocol/${method}`,
  input: 'cloudstate.action.ActionCommand',
  output: 'cloudstate.action.ActionResponse',
  clientStreaming,
  serverStreaming,
});

const entity = (service: string, pkg: string, message: string): CallShape => ({
  path: `/${pkg}.${service}/handle`,
  input: `${pkg}.${message}StreamIn`,
  output: `${pkg}.${message}StreamOut`,
  clientStreaming: true,
  serverStreaming: true,
});

export const CALL_SHAPES: Record<CallKind, CallShape> = {
  eventsourced: entity('EventSourced', 'cloudstate.eventsourced', 'EventSourced'),
  valueentity: entity('ValueEntity', 'cloudstate.valueentity', 'ValueEntity'),
  crdt: entity('Crdt', 'cloudstate.crdt', 'Crdt'),
  'action.unary': action('handleUnary', false, false),
  'action.streamedIn': action('handleStreamedIn', true, false),
  'action.streamedOut': action('handleStreamedOut', false, true),
  'action.streamed': action('handleStreamed', true, true),
};
