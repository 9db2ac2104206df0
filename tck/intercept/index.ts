export { startInterceptor } from './interceptor';
export type { Interceptor, InterceptorOptions } from './interceptor';
export { MAX_FAULT_DELAY_MS } from './faults';
export type { Fault, FaultAction, MatchingMessage, NthMessage } from './faults';
export type {
  CallEventEntry,
  FaultEntry,
  MessageEntry,
  RecordEntry,
  StatusEntry,
} from './recording';
export { Recording } from './recording';
export { RELAY_METHODS } from './relay-methods';
export type { RelayMethod } from './relay-methods';
export type { InterceptViolation } from './violations';
