import type { Msg } from '../../../model/message';
import { anyOf } from '../../../model/message';

// The shorthands of spec §4.2, written out by hand so that the model is checked against them.

const MODEL = 'cloudstate.tck.model.action.ActionTckModel';
const TWO = 'cloudstate.tck.model.action.ActionTwo';

export const H = (method: string): Msg => ({ service_name: MODEL, name: method });

export const B = (...groups: Msg[][]): Msg => ({
  payload: anyOf('cloudstate.tck.model.action.Request', {
    groups: groups.map((steps): Msg => (steps.length > 0 ? { steps } : {})),
  }),
});

/** A unary or streamed-out command: the header and the payload in one message. */
export const HB = (method: string, ...groups: Msg[][]): Msg => ({ ...H(method), ...B(...groups) });

export const reply = (message: string): Msg => ({ reply: { message } });
export const forward = (id: string): Msg => ({ forward: { id } });
export const fail = (message: string): Msg => ({ fail: { message } });
export const effect = (id: string, synchronous = false): Msg => ({
  effect: synchronous ? { id, synchronous } : { id },
});

const other = (id: string): Msg => anyOf('cloudstate.tck.model.action.OtherRequest', { id });

export const e = (id: string): Msg => ({
  service_name: TWO,
  command_name: 'Call',
  payload: other(id),
});
export const s = (id: string): Msg => ({ ...e(id), synchronous: true });

const withEffects = (response: Msg, fx: Msg[]): Msg =>
  fx.length > 0 ? { ...response, side_effects: fx } : response;

export const Rp = (message: string, fx: Msg[] = []): Msg =>
  withEffects(
    {
      reply: {
        payload: anyOf('cloudstate.tck.model.action.Response', message ? { message } : {}),
      },
    },
    fx,
  );

export const NR = (fx: Msg[] = []): Msg => withEffects({}, fx);

export const Fw = (id: string, fx: Msg[] = []): Msg =>
  withEffects({ forward: { service_name: TWO, command_name: 'Call', payload: other(id) } }, fx);

export const Fl = (description: string, fx: Msg[] = []): Msg =>
  withEffects({ failure: { description } }, fx);
