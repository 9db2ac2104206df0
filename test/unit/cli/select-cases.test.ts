import { selectCases } from '../../../tck/cases/select-cases';
import { TckError } from '../../../tck/errors/tck-error';
import { fakeCase } from '../support/fake-case';

const cases = [
  fakeCase('action', 'verify unary command reply'),
  fakeCase('action', 'verify streamed command reply'),
  fakeCase('crdt', 'verify GCounter state changes'),
  fakeCase('crdt', 'verify Vote state changes'),
  fakeCase('value-entity', 'verify update state'),
];
const ids = (filter: string | undefined): string[] =>
  selectCases(cases, filter).map((tckCase) => tckCase.id);

function thrown(run: () => unknown): TckError {
  try {
    run();
  } catch (error) {
    if (error instanceof TckError) {
      return error;
    }
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('--filter', () => {
  test('without a filter selects every case, in order', () => {
    expect(ids(undefined)).toEqual(cases.map((tckCase) => tckCase.id));
  });

  test('a plain text matches anywhere in the id, case-sensitively', () => {
    expect(ids('command reply')).toEqual([
      'action/verify unary command reply',
      'action/verify streamed command reply',
    ]);
    expect(ids('crdt/')).toEqual([
      'crdt/verify GCounter state changes',
      'crdt/verify Vote state changes',
    ]);
    expect(() => ids('gcounter')).toThrow(TckError);
  });

  test('a plain text is no pattern: regex characters match themselves', () => {
    expect(() => ids('verify.*reply')).toThrow(TckError);
    expect(ids('/verify Vote')).toEqual(['crdt/verify Vote state changes']);
  });

  test('/…/ is a regular expression over the whole id', () => {
    expect(ids('/^action\\/verify (unary|streamed) command reply$/')).toHaveLength(2);
    expect(ids('/state changes$/')).toEqual([
      'crdt/verify GCounter state changes',
      'crdt/verify Vote state changes',
    ]);
    expect(ids('/^value-entity\\//')).toEqual(['value-entity/verify update state']);
  });

  test('a lone slash is text, not an empty pattern', () => {
    expect(ids('/')).toHaveLength(cases.length);
  });

  test('a bad regular expression is a usage error that shows it', () => {
    const error = thrown(() => ids('/[unclosed/'));

    expect(error.code).toBe('TCK_USAGE');
    expect(error.exitStatus).toBe(2);
    expect(error.message).toBe('The filter /[unclosed/ is no valid regular expression.');
  });

  test('a filter that matches nothing says so and how to list the ids', () => {
    const error = thrown(() => ids('/^event-sourced\\//'));

    expect(error.code).toBe('TCK_NO_CASES_SELECTED');
    expect(error.exitStatus).toBe(2);
    expect(error.message).toBe(
      'The filter "/^event-sourced\\//" matches no case id. Run with --list to see the ids.',
    );
  });
});
