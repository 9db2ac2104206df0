import { actionServices, openActionCall } from '../../../model/action';
import type { Msg } from '../../../model/message';
import { anyOf } from '../../../model/message';
import type { CallOutput } from '../../../model/user-function';
import type { ActionShape } from '../../../model/user-function';
import { B, H, HB, NR, Rp, Fl, Fw, e, effect, fail, forward, reply, s } from './action-fixtures';

const open = (shape: ActionShape) => openActionCall(actionServices(), shape);

function unary(...groups: Msg[][]): CallOutput {
  return open('unary').receive(HB('ProcessUnary', ...groups));
}

/** Sends the header and bodies of a streamed-in call, then completes the input. */
function streamedIn(...bodies: Msg[]): CallOutput[] {
  const call = open('streamedIn');
  const outputs = [H('ProcessStreamedIn'), ...bodies].map((msg) => call.receive(msg));
  return [...outputs, call.end()];
}

describe('ActionTckModel unary (spec §4.2)', () => {
  it.each<[string, Msg[], Msg]>([
    ['reply', [reply('one')], Rp('one')],
    ['reply with side effect', [reply('two'), effect('other')], Rp('two', [e('other')])],
    [
      'reply with sync effect',
      [reply('three'), effect('another', true)],
      Rp('three', [s('another')]),
    ],
    [
      'reply with multiple effects',
      [reply('four'), effect('a'), effect('b'), effect('c')],
      Rp('four', [e('a'), e('b'), e('c')]),
    ],
    ['no reply', [], {}],
    ['no reply with side effect', [effect('other')], NR([e('other')])],
    ['forward', [forward('one')], Fw('one')],
    [
      'forward with sync effect',
      [forward('three'), effect('another', true)],
      Fw('three', [s('another')]),
    ],
    ['failure', [fail('one')], Fl('one')],
    ['failure keeps side effects', [fail('two'), effect('other')], Fl('two', [e('other')])],
  ])('%s', (_name, steps, expected) => {
    expect(unary(steps)).toEqual({ messages: [expected], complete: true });
  });

  it('lets the last reply, forward or fail win', () => {
    expect(unary([reply('a'), forward('b'), fail('c'), reply('d')]).messages).toEqual([Rp('d')]);
  });
});

describe('ActionTckModel streamed-in', () => {
  it('answers only once the input completes', () => {
    const outputs = streamedIn(B([reply('one')]));

    expect(outputs.slice(0, 2)).toEqual([
      { messages: [], complete: false },
      { messages: [], complete: false },
    ]);
    expect(outputs[2]).toEqual({ messages: [Rp('one')], complete: true });
  });

  it.each<[string, Msg[], Msg]>([
    ['no requests', [], {}],
    ['one empty group', [B([])], {}],
    [
      'reply with side effects',
      [B([reply('two'), effect('a')]), B([effect('b', true)]), B([effect('c'), effect('d')])],
      Rp('two', [e('a'), s('b'), e('c'), e('d')]),
    ],
    [
      'no reply with side effects',
      [B([effect('a')]), B([effect('b', true)]), B([effect('c'), effect('d')])],
      NR([e('a'), s('b'), e('c'), e('d')]),
    ],
    [
      'forward with side effects',
      [B([forward('two'), effect('a')]), B([effect('b', true)]), B([effect('c'), effect('d')])],
      Fw('two', [e('a'), s('b'), e('c'), e('d')]),
    ],
    [
      'failure with side effects',
      [B([fail('two'), effect('a')]), B([effect('b', true)]), B([effect('c'), effect('d')])],
      Fl('two', [e('a'), s('b'), e('c'), e('d')]),
    ],
  ])('%s', (_name, bodies, expected) => {
    expect(streamedIn(...bodies).at(-1)).toEqual({ messages: [expected], complete: true });
  });

  it('lets a later replying group replace the response and keeps every effect', () => {
    const outputs = streamedIn(B([reply('one'), effect('a')]), B([forward('x'), effect('b')]));

    expect(outputs.at(-1)?.messages).toEqual([Fw('x', [e('a'), e('b')])]);
  });
});

describe('ActionTckModel streamed-out', () => {
  it('sends one response per group, failures included, then completes', () => {
    const command = HB(
      'ProcessStreamedOut',
      [fail('one')],
      [fail('two'), effect('other')],
      [fail('three'), effect('another', true)],
      [fail('four'), effect('a'), effect('b'), effect('c')],
    );

    expect(open('streamedOut').receive(command)).toEqual({
      messages: [
        Fl('one'),
        Fl('two', [e('other')]),
        Fl('three', [s('another')]),
        Fl('four', [e('a'), e('b'), e('c')]),
      ],
      complete: true,
    });
  });

  it('sends an empty response for an empty group', () => {
    const command = HB('ProcessStreamedOut', [], [effect('other')]);

    expect(open('streamedOut').receive(command).messages).toEqual([NR(), NR([e('other')])]);
  });
});

describe('ActionTckModel streamed', () => {
  it('answers each request with its groups and completes after the input', () => {
    const call = open('streamed');

    expect(call.receive(H('ProcessStreamed'))).toEqual({ messages: [], complete: false });
    expect(call.receive(B([reply('one')]))).toEqual({ messages: [Rp('one')], complete: false });
    expect(call.receive(B([fail('two'), effect('other')])).messages).toEqual([
      Fl('two', [e('other')]),
    ]);
    expect(call.receive(B([reply('five')], [reply('six'), effect('other')])).messages).toEqual([
      Rp('five'),
      Rp('six', [e('other')]),
    ]);
    expect(call.end()).toEqual({ messages: [], complete: true });
  });
});

describe('ActionTwo', () => {
  it('replies an Any(Response) whose value is empty', () => {
    const command = {
      service_name: 'cloudstate.tck.model.action.ActionTwo',
      name: 'Call',
      payload: anyOf('cloudstate.tck.model.action.OtherRequest', { id: 'x' }),
    };

    expect(open('unary').receive(command)).toEqual({
      messages: [{ reply: { payload: anyOf('cloudstate.tck.model.action.Response') } }],
      complete: true,
    });
  });
});

describe('unknown methods', () => {
  it('fail the call with an action failure', () => {
    const output = open('unary').receive({ service_name: 'nope.Nope', name: 'Call' });

    expect(output.complete).toBe(true);
    expect(output.messages).toEqual([
      { failure: { description: expect.stringContaining('nope.Nope.Call') } },
    ]);
  });

  it('include a method called with the wrong shape', () => {
    const output = open('unary').receive(HB('ProcessStreamedOut', [reply('x')]));

    expect(output.messages[0]).toHaveProperty('failure');
  });
});
