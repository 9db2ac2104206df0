export { startInterceptor } from './interceptor';
export type { Interceptor, InterceptorOptions } from './interceptor';
export type { CallEventEntry, MessageEntry, RecordEntry, StatusEntry } from './recording';
export { Recording } from './recording';
export { RELAY_METHODS } from './relay-methods';
export type { RelayMethod } from './relay-methods';
export type { InterceptViolation } from './violations';
