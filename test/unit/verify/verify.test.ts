import { primitiveString } from '../../../model/message';
import type { Msg } from '../../../model/message';
import { differences } from '../../../tck/verify/differences';
import { mismatchReport } from '../../../tck/verify/mismatch-report';
import { sortReplyDelta } from '../../../tck/verify/sort-crdt-delta';

describe('differences', () => {
  test('names every differing path, absent and empty sub-messages apart', () => {
    const expected = { reply: { command_id: 1, state_action: {} }, list: [1, 2] };
    const received = { reply: { command_id: 2 }, list: [1, 2, 3] };

    expect(differences(expected, received)).toEqual([
      'reply.command_id',
      'reply.state_action',
      'list[2]',
    ]);
  });

  test('in partial mode looks only at the fields the expectation lists', () => {
    const expected = { reply: { client_action: { failure: { description: 'boom' } } } };
    const received = {
      reply: { command_id: 2, client_action: { failure: { description: 'boom', restart: true } } },
    };

    expect(differences(expected, received, true)).toEqual([]);
    expect(differences({ reply: { command_id: 3 } }, received, true)).toEqual(['reply.command_id']);
  });
});

describe('sortReplyDelta', () => {
  test('sorts set elements and map entries by their decoded strings, recursively', () => {
    const message: Msg = {
      reply: {
        state_action: {
          update: {
            ormap: {
              added: [
                {
                  key: primitiveString('b'),
                  delta: { gset: { added: [primitiveString('z'), primitiveString('y')] } },
                },
                { key: primitiveString('a'), delta: { flag: {} } },
              ],
            },
          },
        },
      },
    };

    expect(sortReplyDelta(message)).toEqual({
      reply: {
        state_action: {
          update: {
            ormap: {
              added: [
                { key: primitiveString('a'), delta: { flag: {} } },
                {
                  key: primitiveString('b'),
                  delta: { gset: { added: [primitiveString('y'), primitiveString('z')] } },
                },
              ],
            },
          },
        },
      },
    });
  });

  test('leaves messages without a reply delta alone', () => {
    const message = { streamed_message: { command_id: 1 } };

    expect(sortReplyDelta(message)).toBe(message);
  });
});

describe('mismatchReport', () => {
  test('puts expected and received side by side and marks the rows that differ', () => {
    const report = mismatchReport({ a: 1, b: 'x' }, { a: 1, b: 'y' }, ['b']);
    const lines = report.split('\n');

    expect(lines).toEqual([
      'differing fields: b',
      '  expected     received',
      '  {          │ {',
      '    "a": 1,  │   "a": 1,',
      '≠   "b": "x" │   "b": "y"',
      '  }          │ }',
    ]);
  });
});
