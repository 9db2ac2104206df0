/**
 * What the TCK must report for each fault of the reference user function: exactly which cases
 * fail, and how each failure names the fault. Every list is worked out from the fixtures.
 */
export interface FaultExpectation {
  fault: string;

  /** The ids of the failing cases, sorted. */
  failing: string[];

  /** Field paths, one of which each failure's "differs ... at <paths>" must name. */
  fields: string[];

  /** The stream rules the failures name, all of them and no others, sorted. */
  rules: string[];
}

const action = (name: string): string => `action/verify ${name}`;
const crdt = (name: string): string => `crdt/verify ${name}`;
const eventSourced = (name: string): string => `event-sourced/verify ${name}`;
const valueEntity = (name: string): string => `value-entity/verify ${name}`;

/** The CRDT kinds, in the order of the fixtures' names. */
const KINDS = ['Flag', 'GCounter', 'GSet', 'LWWRegister', 'ORMap', 'ORSet', 'PNCounter', 'Vote'];

const SIDE_EFFECT_CASES = [
  'forward and side effect to second service',
  'reply with multiple side effects',
  'reply with side effect to second service',
  'synchronous side effect to second service',
];

export const FAULT_EXPECTATIONS: FaultExpectation[] = [
  {
    fault: 'drop-entity-side-effects',
    // The entity cases whose expected replies (or, for the streamed one, notifications) list
    // side effects; the failure cases expect none, so they still pass.
    failing: [
      ...SIDE_EFFECT_CASES.map(crdt),
      crdt('reply with multiple side effects and state changes'),
      crdt('streamed responses with side effects'),
      ...SIDE_EFFECT_CASES.map(eventSourced),
      eventSourced('reply with multiple side effects, events, and snapshot'),
      ...SIDE_EFFECT_CASES.map(valueEntity),
      valueEntity('reply with multiple side effects and state'),
    ].sort(),
    fields: ['reply.side_effects', 'streamed_message.side_effects'],
    rules: [],
  },
  {
    fault: 'wrong-command-id',
    // Every entity case that expects a reply to a command 2. Where command 3 is not sent yet, or
    // an event-sourced or value entity's reply 3 overtakes reply 2, a stream rule fires first.
    failing: [
      ...KINDS.filter((kind) => kind !== 'Flag').map((kind) => crdt(`${kind} state changes`)),
      ...KINDS.map((kind) => crdt(`${kind} delete action received from entity`)),
      ...KINDS.map((kind) => crdt(`${kind} mix of local and replicated state changes`)),
      ...KINDS.map((kind) => crdt(`${kind} rehydration after passivation`)),
      crdt('LWWRegister state changes with clock settings'),
      crdt('ORMap initial delta in init'),
      crdt('Vote initial delta in init'),
      crdt('Vote initial empty state with replicated initial delta'),
      crdt('connection after failure action'),
      crdt('empty streamed responses with cancellation'),
      crdt('forward to second service'),
      crdt('reply with side effect to second service'),
      crdt('streamed responses'),
      crdt('streamed responses with cancellation'),
      crdt('streamed responses with side effects'),
      crdt('streamed responses with stream ending action'),
      crdt('write consistency can be configured'),
      eventSourced('connection after failure action'),
      eventSourced('failure actions do not retain emitted events (may request entity restart)'),
      eventSourced('forward to second service'),
      eventSourced('forward with emitted events and snapshot'),
      eventSourced('multiple emitted events'),
      eventSourced('multiple emitted events and snapshots'),
      eventSourced('rehydration after passivation'),
      eventSourced('reply with side effect to second service'),
      eventSourced('single emitted event'),
      valueEntity('connection after failure action'),
      valueEntity('delete state'),
      valueEntity('forward to second service'),
      valueEntity('rehydration after passivation'),
      valueEntity('reply with side effect to second service'),
      valueEntity('sub invocations with multiple update states'),
      valueEntity('sub invocations with multiple update states and delete states'),
      valueEntity('sub invocations with update, delete and update states'),
      valueEntity('update state'),
    ].sort(),
    fields: ['reply.command_id'],
    rules: ['failure-command-id', 'reply-known-command', 'reply-order'],
  },
  {
    fault: 'no-snapshot',
    // The event-sourced cases in which some command takes the sequence past a multiple of 5.
    failing: [
      eventSourced('failure actions do not retain emitted events (may request entity restart)'),
      eventSourced('forward with emitted events and snapshot'),
      eventSourced('multiple emitted events and snapshots'),
      eventSourced('rehydration after passivation'),
      eventSourced('reply with multiple side effects, events, and snapshot'),
    ].sort(),
    fields: ['reply.snapshot'],
    rules: [],
  },
  {
    fault: 'keep-events-after-failure',
    // The only case with events emitted before a fail; the next reply shows them in the state.
    failing: [
      eventSourced('failure actions do not retain emitted events (may request entity restart)'),
    ],
    fields: ['reply.client_action.reply.payload.message'],
    rules: [],
  },
  {
    fault: 'no-lww-creation-delta',
    // The only two cases whose first reply is a new register's, with no value set by it.
    failing: [
      crdt('LWWRegister initial empty state'),
      crdt('forward and side effect to second service'),
    ].sort(),
    fields: ['reply.state_action'],
    rules: [],
  },
  {
    fault: 'ignore-stream-cancellation',
    // The two cases that cancel a stream; the next reply arrives in the response's place.
    failing: [
      crdt('empty streamed responses with cancellation'),
      crdt('streamed responses with cancellation'),
    ].sort(),
    fields: ['stream_cancelled_response'],
    rules: [],
  },
  {
    fault: 'action-failure-drops-side-effects',
    // The action cases whose failures carry side effects.
    failing: [
      action('streamed command failures and side effects'),
      action('streamed-in command failure with side effects'),
      action('streamed-out command failures and side effects'),
      action('unary command failure with multiple side effects'),
      action('unary command failure with side effect'),
      action('unary command failure with synchronous side effect'),
    ].sort(),
    fields: ['side_effects'],
    rules: [],
  },
];
