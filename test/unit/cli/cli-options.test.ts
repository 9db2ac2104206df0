import { parseCli } from '../../../tck/cli/cli-options';
import { TckError } from '../../../tck/errors/tck-error';

function usageError(argv: string[]): string {
  try {
    parseCli(argv, '0.0.0');
  } catch (error) {
    if (error instanceof TckError) {
      expect(error.code).toBe('TCK_USAGE');
      expect(error.exitStatus).toBe(2);
      return error.message;
    }
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('parseCli', () => {
  test('defaults: the reports folder, a time factor of 1, no subject flags', () => {
    expect(parseCli([], '0.0.0')).toEqual({
      reportDir: 'reports',
      list: false,
      matrix: false,
      timeFactor: 1,
    });
  });

  test('reads every flag', () => {
    const argv = ['--library-addr', 'localhost:9000', '--filter', '/^crdt/', '--list'];

    expect(parseCli([...argv, '--time-factor', '2.5', '--report-dir', 'out'], '0.0.0')).toEqual({
      libraryAddr: 'localhost:9000',
      filter: ['/^crdt/'],
      list: true,
      matrix: false,
      timeFactor: 2.5,
      reportDir: 'out',
    });
  });

  test('reads --matrix with the flags that shape every run of it', () => {
    const argv = ['--matrix', '--filter', 'crdt/', '--time-factor', '2', '--config', 'm.json'];

    expect(parseCli(argv, '0.0.0')).toMatchObject({
      matrix: true,
      filter: ['crdt/'],
      timeFactor: 2,
      config: 'm.json',
    });
  });

  test('reads the Docker flags, and keeps the proxy flags for a later version', () => {
    const argv = ['--library', 'org/lib:1', '--pull', 'never', '--cleanup'];

    expect(parseCli([...argv, '--proxy', 'org/proxy:1'], '0.0.0')).toMatchObject({
      library: 'org/lib:1',
      pull: 'never',
      cleanup: true,
      proxy: 'org/proxy:1',
    });
    expect(parseCli(['--proxy-cmd', 'x', '--proxy-addr', 'h:1'], '0.0.0')).toMatchObject({
      proxyCmd: 'x',
      proxyAddr: 'h:1',
    });
  });

  test.each([
    [
      ['--library-cmd', 'x', '--combination', 'go'],
      "Option '--library-cmd <command>' cannot be used with option '--combination <name>'.",
    ],
    [
      ['--library-addr', 'h:1', '--library-cmd', 'x'],
      "Option '--library-cmd <command>' cannot be used with option '--library-addr <host:port>'.",
    ],
    [
      ['--time-factor', '0'],
      "Option '--time-factor <n>' argument '0' is invalid. " +
        'It must be a number above 0 and at most 10000, such as 2 or 0.5.',
    ],
    [
      ['--time-factor', '1000000'],
      "Option '--time-factor <n>' argument '1000000' is invalid. " +
        'It must be a number above 0 and at most 10000, such as 2 or 0.5.',
    ],
    [
      ['--time-factor', 'fast'],
      "Option '--time-factor <n>' argument 'fast' is invalid. " +
        'It must be a number above 0 and at most 10000, such as 2 or 0.5.',
    ],
    [
      ['--library-addr', 'nonsense'],
      "Option '--library-addr <host:port>' argument 'nonsense' is invalid. " +
        'It must be host:port, such as 127.0.0.1:8080.',
    ],
    [['--filtre', 'x'], "Unknown option '--filtre' (Did you mean --filter?)"],
    [['--filter'], "Option '--filter <text|/regex/>' argument missing."],
    [
      ['--library', 'org/lib:1', '--combination', 'go'],
      "Option '--library <image>' cannot be used with option '--combination <name>'.",
    ],
    [
      ['--library', 'org/lib:1', '--library-addr', 'h:1'],
      "Option '--library-addr <host:port>' cannot be used with option '--library <image>'.",
    ],
    [
      ['--pull', 'sometimes'],
      "Option '--pull <policy>' argument 'sometimes' is invalid. " +
        'Allowed choices are always, missing, never.',
    ],
    [
      ['--matrix', '--combination', 'go'],
      "Option '--matrix' cannot be used with option '--combination <name>'.",
    ],
    [
      ['--library', 'org/lib:1', '--matrix'],
      "Option '--matrix' cannot be used with option '--library <image>'.",
    ],
    [['--matrix', '--list'], "Option '--matrix' cannot be used with option '--list'."],
    [
      ['--library-cmd', 'x', '--pull', 'never'],
      "Option '--pull <policy>' cannot be used with option '--library-cmd <command>'.",
    ],
  ])('%j is a usage error that points to --help', (argv, message) => {
    expect(usageError(argv)).toBe(`${message} Run with --help for the flags.`);
  });
});
