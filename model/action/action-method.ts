import type { Msg } from '../message';

/**
 * One method of an action service, by gRPC shape. Handlers receive whole `ActionCommand`s and
 * return whole `ActionResponse`s, in the message form.
 */
export type ActionMethod =
  | { shape: 'unary'; handle: (command: Msg) => Msg }
  | { shape: 'streamedOut'; handle: (command: Msg) => Msg[] }
  | { shape: 'streamedIn'; handle: (bodies: Msg[]) => Msg }
  | { shape: 'streamed'; handle: (body: Msg) => Msg[] };

/** The methods of one action service, by method name. */
export type ActionService = Record<string, ActionMethod>;

/** Every served action service, by full service name. */
export type ActionServices = Record<string, ActionService>;
