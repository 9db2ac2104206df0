import type { Msg } from '../../model/message';
import type { CallKind } from '../cases/tck-case';
import type { LibraryCall } from './call-event';

/** A user function as the TCK drives it when it plays the proxy. */
export interface Library {
  /** Calls `EntityDiscovery.discover`; resolves with the EntitySpec in message form. */
  discover(proxyInfo: Msg, timeoutMs: number): Promise<Msg>;

  open(kind: CallKind): LibraryCall;

  close(): void;
}
