import fc from 'fast-check';
import { eventSourcedBehaviors, openEventSourcedCall } from '../../../model/event-sourced';
import type { Msg } from '../../../model/message';
import { anyOf, messageField } from '../../../model/message';

const PERSISTED = 'cloudstate.tck.model.Persisted';

interface Step {
  values: string[];
  fails: boolean;
}

const stepArb = fc.record({
  values: fc.array(fc.string({ minLength: 1, maxLength: 2 }), { maxLength: 12 }),
  fails: fc.boolean(),
});

function command(id: number, step: Step): Msg {
  const actions: Msg[] = step.values.map((value) => ({ emit: { value } }));
  const withFail = step.fails ? [...actions, { fail: { message: 'no' } }] : actions;

  return {
    command: {
      entity_id: 'e',
      id,
      name: 'Process',
      payload: anyOf('cloudstate.tck.model.Request', { id: 'e', actions: withFail }),
    },
  };
}

/** Written independently of the model: some sequence number in (before, after] is a multiple. */
function landsOnMultipleOf5(before: number, count: number): boolean {
  for (let sequence = before + 1; sequence <= before + count; sequence++) {
    if (sequence % 5 === 0) {
      return true;
    }
  }

  return false;
}

describe('event-sourced snapshot rule (property)', () => {
  it('snapshots exactly when a command crosses a multiple of 5, with the state after it', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 23 }),
        fc.string({ maxLength: 3 }),
        fc.array(stepArb, { maxLength: 15 }),
        (startSequence, startState, steps) => {
          const call = openEventSourcedCall(eventSourcedBehaviors());
          const snapshot = {
            snapshot_sequence: startSequence,
            snapshot: anyOf(PERSISTED, { value: startState }),
          };
          call.receive({
            init: {
              service_name: 'cloudstate.tck.model.EventSourcedTckModel',
              entity_id: 'e',
              snapshot,
            },
          });

          let sequence = startSequence;
          let state = startState;
          steps.forEach((step, i) => {
            const [message] = call.receive(command(i + 1, step)).messages;
            const reply = messageField(message, 'reply');

            if (step.fails) {
              expect(reply?.snapshot).toBeUndefined();
              expect(reply?.events).toBeUndefined();
              return;
            }

            const due = landsOnMultipleOf5(sequence, step.values.length);
            sequence += step.values.length;
            state += step.values.join('');
            const expected = state ? anyOf(PERSISTED, { value: state }) : anyOf(PERSISTED);
            expect(reply?.snapshot).toEqual(due ? expected : undefined);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
