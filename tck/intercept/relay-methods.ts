import { CALL_SHAPES } from '../cases/call-kinds';
import type { EntityProtocol } from '../../model/user-function';

/** One gRPC method the interceptor serves, and how to read the messages it relays. */
export interface RelayMethod {
  path: string;
  input: string;
  output: string;

  /** The entity protocol whose stream rules apply; undefined for discovery and actions. */
  protocol: EntityProtocol | undefined;
}

const ENTITY_PROTOCOLS: readonly string[] = ['eventsourced', 'valueentity', 'crdt'];

/**
 * Everything a proxy calls on its user function in protocol 0.2: discovery, then the three
 * entity protocols and the action protocol, named as in proto/cloudstate/.
 */
export const RELAY_METHODS: readonly RelayMethod[] = [
  {
    path: '/cloudstate.EntityDiscovery/discover',
    input: 'cloudstate.ProxyInfo',
    output: 'cloudstate.EntitySpec',
    protocol: undefined,
  },
  {
    path: '/cloudstate.EntityDiscovery/reportError',
    input: 'cloudstate.UserFunctionError',
    output: 'google.protobuf.Empty',
    protocol: undefined,
  },
  ...Object.entries(CALL_SHAPES).map(([kind, shape]) => ({
    path: shape.path,
    input: shape.input,
    output: shape.output,
    protocol: ENTITY_PROTOCOLS.includes(kind) ? (kind as EntityProtocol) : undefined,
  })),
];
