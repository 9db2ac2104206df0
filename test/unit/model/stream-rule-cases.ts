import type { Msg } from '../../../model/message';
import type { StreamRuleId, StreamStep } from '../../../model/stream-rules';
import type { EntityProtocol } from '../../../model/user-function';

// One conforming and one violating stream per rule of the stream rule table.

export const inn = (message: Msg): StreamStep => ({ direction: 'in', message });
export const out = (message: Msg): StreamStep => ({ direction: 'out', message });
const halfClose: StreamStep = { halfClose: true };

export const init = (extra: Msg = {}): StreamStep =>
  inn({ init: { service_name: 'S', entity_id: 'e', ...extra } });
export const cmd = (id: number, extra: Msg = {}): StreamStep =>
  inn({ command: { entity_id: 'e', id, name: 'Process', ...extra } });
export const reply = (id: number, extra: Msg = {}): StreamStep =>
  out({ reply: { command_id: id, client_action: { reply: {} }, ...extra } });
export const failReply = (id: number, failureId = id, extra: Msg = {}): StreamStep =>
  out({
    reply: {
      command_id: id,
      client_action: { failure: { command_id: failureId, description: 'x' } },
      ...extra,
    },
  });
export const event = (sequence: number): StreamStep => inn({ event: { sequence, payload: {} } });
export const streamed = (id: number, extra: Msg = {}): StreamStep =>
  out({ streamed_message: { command_id: id, ...extra } });
export const cancel = (id: number): StreamStep => inn({ stream_cancelled: { entity_id: 'e', id } });
export const cancelResponse = (id: number): StreamStep =>
  out({ stream_cancelled_response: { command_id: id } });

export interface RuleCase {
  ruleId: StreamRuleId;
  protocol: EntityProtocol;
  conforming: StreamStep[];
  violating: StreamStep[];
  /** The index of the message the violation is reported at. */
  at: number;
}

export const ruleCases: RuleCase[] = [
  {
    ruleId: 'init-first',
    protocol: 'valueentity',
    conforming: [init(), cmd(1), reply(1)],
    violating: [cmd(1), init(), reply(1)],
    at: 0,
  },
  {
    ruleId: 'init-once',
    protocol: 'eventsourced',
    conforming: [init(), cmd(1), reply(1)],
    violating: [init(), cmd(1), reply(1), init()],
    at: 3,
  },
  {
    ruleId: 'command-id-sequence',
    protocol: 'valueentity',
    conforming: [init(), cmd(1), reply(1), cmd(2), reply(2)],
    violating: [init(), cmd(1), reply(1), cmd(3), reply(3)],
    at: 3,
  },
  {
    ruleId: 'command-entity-id',
    protocol: 'crdt',
    conforming: [init(), cmd(1, { entity_id: 'e' }), reply(1)],
    violating: [init(), cmd(1, { entity_id: 'other' }), reply(1)],
    at: 1,
  },
  {
    ruleId: 'replay-order',
    protocol: 'eventsourced',
    conforming: [
      init({ snapshot: { snapshot_sequence: 5 } }),
      event(6),
      event(7),
      cmd(1),
      reply(1),
    ],
    violating: [init({ snapshot: { snapshot_sequence: 5 } }), event(5), cmd(1), reply(1)],
    at: 1,
  },
  {
    ruleId: 'reply-known-command',
    protocol: 'eventsourced',
    conforming: [init(), cmd(1), reply(1)],
    violating: [init(), cmd(1), reply(1), reply(2)],
    at: 3,
  },
  {
    ruleId: 'one-reply-per-command',
    protocol: 'crdt',
    conforming: [init(), cmd(1), cmd(2), reply(2), reply(1)],
    violating: [init(), cmd(1), reply(1), reply(1)],
    at: 3,
  },
  {
    ruleId: 'reply-order',
    protocol: 'valueentity',
    conforming: [init(), cmd(1), cmd(2), reply(1), reply(2)],
    violating: [init(), cmd(1), cmd(2), reply(2), reply(1)],
    at: 3,
  },
  {
    ruleId: 'failure-command-id',
    protocol: 'valueentity',
    conforming: [init(), cmd(1), failReply(1)],
    violating: [init(), cmd(1), failReply(1, 0)],
    at: 2,
  },
  {
    ruleId: 'snapshot-needs-events',
    protocol: 'eventsourced',
    conforming: [init(), cmd(1), reply(1, { events: [{}], snapshot: {} })],
    violating: [init(), cmd(1), reply(1, { snapshot: {} })],
    at: 2,
  },
  {
    ruleId: 'failure-reply-bare',
    protocol: 'eventsourced',
    conforming: [init(), cmd(1), failReply(1)],
    violating: [init(), cmd(1), failReply(1, 1, { events: [{}] })],
    at: 2,
  },
  {
    ruleId: 'streamed-needs-accept',
    protocol: 'crdt',
    conforming: [
      init(),
      cmd(1, { streamed: true }),
      reply(1, { streamed: true }),
      streamed(1),
      streamed(1, { end_stream: true }),
    ],
    violating: [init(), cmd(1, { streamed: true }), reply(1), streamed(1)],
    at: 3,
  },
  {
    ruleId: 'cancel-response-needs-cancel',
    protocol: 'crdt',
    conforming: [
      init(),
      cmd(1, { streamed: true }),
      reply(1, { streamed: true }),
      cancel(1),
      cancelResponse(1),
    ],
    violating: [
      init(),
      cmd(1, { streamed: true }),
      reply(1, { streamed: true }),
      cancelResponse(1),
    ],
    at: 3,
  },
  {
    ruleId: 'nothing-after-half-close',
    protocol: 'valueentity',
    conforming: [init(), cmd(1), reply(1), halfClose],
    violating: [init(), cmd(1), halfClose, reply(1)],
    at: 2,
  },
];
