import type { EntityProtocol } from '../user-function';

/** 'in' = proxy to user function, 'out' = user function to proxy. */
export type Direction = 'in' | 'out';

export interface StreamRule {
  /** A stable id, used in reports and docs. */
  id: string;

  /** The rule in one line. */
  statement: string;

  /** Whose messages the rule constrains. */
  direction: Direction | 'both';

  /** The entity protocols it applies to. */
  protocols: readonly EntityProtocol[];
}

const ALL: readonly EntityProtocol[] = ['eventsourced', 'valueentity', 'crdt'];

/** The stream rules of protocol 0.2 for one entity stream (spec §1.3). */
export const STREAM_RULES = [
  {
    id: 'init-first',
    statement: 'The first message from the proxy is `init`.',
    direction: 'in',
    protocols: ALL,
  },
  {
    id: 'init-once',
    statement: 'The proxy sends `init` only once per stream.',
    direction: 'in',
    protocols: ALL,
  },
  {
    id: 'command-id-sequence',
    statement: 'The proxy numbers commands 1, 2, 3, ... in the order it sends them.',
    direction: 'in',
    protocols: ALL,
  },
  {
    id: 'command-entity-id',
    statement: "Every `Command.entity_id` equals the init's `entity_id`.",
    direction: 'in',
    protocols: ALL,
  },
  {
    id: 'replay-order',
    statement:
      'Replayed `event`s come before any command, with sequences increasing past the snapshot.',
    direction: 'in',
    protocols: ['eventsourced'],
  },
  {
    id: 'reply-known-command',
    statement:
      'Every reply, failure, streamed message and cancel response carries the id of a command ' +
      'the proxy sent.',
    direction: 'out',
    protocols: ALL,
  },
  {
    id: 'one-reply-per-command',
    statement: 'The user function sends exactly one `reply` per command.',
    direction: 'out',
    protocols: ALL,
  },
  {
    id: 'reply-order',
    statement: 'Event-sourced and value entities reply in command order (CRDT replies need not).',
    direction: 'out',
    protocols: ['eventsourced', 'valueentity'],
  },
  {
    id: 'failure-command-id',
    statement: "`Failure.command_id` in a failure client action equals the reply's command id.",
    direction: 'out',
    protocols: ALL,
  },
  {
    id: 'snapshot-needs-events',
    statement: 'An event-sourced reply carries a snapshot only together with events.',
    direction: 'out',
    protocols: ['eventsourced'],
  },
  {
    id: 'failure-reply-bare',
    statement:
      'A reply whose client action is a failure has no events, side effects, snapshot or ' +
      'state action.',
    direction: 'out',
    protocols: ALL,
  },
  {
    id: 'streamed-needs-accept',
    statement:
      "A CRDT streamed message follows its command's reply with `streamed = true`, and comes " +
      'before `end_stream` or a cancel response ends that stream.',
    direction: 'out',
    protocols: ['crdt'],
  },
  {
    id: 'cancel-response-needs-cancel',
    statement:
      'A CRDT stream cancelled response answers a `stream_cancelled` the proxy sent, once.',
    direction: 'out',
    protocols: ['crdt'],
  },
  {
    id: 'nothing-after-half-close',
    statement: 'Once the proxy has half-closed the stream, no message is sent either way.',
    direction: 'both',
    protocols: ALL,
  },
] as const satisfies readonly StreamRule[];

export type StreamRuleId = (typeof STREAM_RULES)[number]['id'];

export interface RuleViolation {
  ruleId: StreamRuleId;
  message: string;

  /** The position of the offending message among all messages fed, both directions. */
  index: number;
}

/** A violation before the checker knows the message's index. */
export type Finding = Omit<RuleViolation, 'index'>;

export function finding(ruleId: StreamRuleId, message: string): Finding {
  return { ruleId, message };
}
