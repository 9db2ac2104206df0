import fc from 'fast-check';
import { loadCases } from '../../../tck/cases/load-cases';
import { selectCases } from '../../../tck/cases/select-cases';
import { AREAS } from '../../../tck/cases/tck-case';
import { rerunCommand, shellQuote } from '../../../tck/report/rerun-command';
import { fakeCase } from '../support/fake-case';
import { shellWords } from '../support/shell-words';

/** What the pasted command's --filter selects, read as bash would pass it to the CLI. */
function selectedBy(command: string, cases: ReturnType<typeof loadCases>): string[] {
  const words = shellWords(command);
  const filter = words[words.indexOf('--filter') + 1];

  return selectCases(cases, filter).map((tckCase) => tckCase.id);
}

describe('shellQuote', () => {
  test('leaves plain words bare and quotes the rest so bash reads them back', () => {
    expect(shellQuote('--combination')).toBe('--combination');
    expect(shellQuote('reports/go.json')).toBe('reports/go.json');
    expect(shellQuote('node main.js')).toBe("'node main.js'");
    expect(shellQuote('')).toBe("''");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellWords(shellQuote('echo \'a\' "$HOME" `x` \\ *'))).toEqual([
      'echo \'a\' "$HOME" `x` \\ *',
    ]);
  });
});

describe('rerunCommand', () => {
  const cases = loadCases();

  test('names the subject and a filter anchored on the whole id', () => {
    expect(rerunCommand(['--combination', 'go'], 'crdt/verify Vote state changes')).toBe(
      "npx cloudstate-tck --combination go --filter '/^crdt\\/verify Vote state changes$/'",
    );
    expect(
      rerunCommand(['--library-cmd', "node -e 'x'"], 'action/verify unary command reply'),
    ).toBe(
      "npx cloudstate-tck --library-cmd 'node -e '\\''x'\\''' " +
        "--filter '/^action\\/verify unary command reply$/'",
    );
  });

  test("carries a variable that changes the library's behaviour, and no other", () => {
    const env = { TCK_REFERENCE_FAULT: 'no-snapshot', HOME: '/root', DEBUG: '*' };

    expect(rerunCommand([], 'crdt/verify Vote state changes', env)).toBe(
      'TCK_REFERENCE_FAULT=no-snapshot npx cloudstate-tck ' +
        "--filter '/^crdt\\/verify Vote state changes$/'",
    );
    expect(rerunCommand([], 'crdt/x', { TCK_REFERENCE_FAULT: '' })).toMatch(/^npx /);
  });

  test('keeps the subject flags word for word', () => {
    const args = ['--config', 'my dir/tck.config.json', '--library-cmd', 'PORT=$PORT ./run "x"'];
    const words = shellWords(rerunCommand(args, cases[0]?.id ?? ''));

    expect(words.slice(0, 2 + args.length)).toEqual(['npx', 'cloudstate-tck', ...args]);
  });

  test.each(cases.map((tckCase) => [tckCase.id]))('selects exactly "%s"', (id) => {
    expect(selectedBy(rerunCommand(['--combination', 'reference'], id), cases)).toEqual([id]);
  });

  test('selects exactly its case whatever characters the name holds', () => {
    const special = fc.constantFrom(...'\'"\\ $`*?[](){}|^.+/-!#&;<>~\n');
    const anyChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
    const name = fc.string({ unit: fc.oneof(special, anyChar), minLength: 1 });

    fc.assert(
      fc.property(fc.constantFrom(...AREAS), name, name, (area, target, other) => {
        const tckCase = fakeCase(area, target);
        // A neighbour whose id holds the target's: a filter that is not anchored picks both.
        const pool = [tckCase, fakeCase(area, `${target}${other}`), fakeCase(area, other)];
        const unique = pool.filter((c, i) => pool.findIndex((d) => d.id === c.id) === i);

        expect(selectedBy(rerunCommand([], tckCase.id), unique)).toEqual([tckCase.id]);
      }),
    );
  });
});
