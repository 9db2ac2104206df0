import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../tck/launch/free-port';
import { runCli, scratchDir } from './support/run-cli';
import type { CliRun } from './support/run-cli';

// The start-up timeout is 60 s at --time-factor 1. Cases that must fail at once run under a
// shorter Jest limit, so a TCK that waited for the time-out instead would fail them.
const BELOW_STARTUP_MS = 30_000;

// Jest ignores the e2e project's testTimeout, and a CLI start alone can take seconds.
const RUN_MS = 60_000;

const scratch = scratchDir();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fakeDiscovery = (mode: string): string => `node test/e2e/support/fake-discovery.js ${mode}`;

/** The library's port is free, so it differs from run to run. */
const withoutPort = (text: string): string => text.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT');
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const startsWith = (text: string): RegExp => new RegExp(`^${literal(text)}`);
const endsWith = (text: string): RegExp => new RegExp(`${literal(text)}$`);

interface SummaryCase {
  verdict: string;
  note?: string;
}

function expectStartError(run: CliRun): void {
  expect(run.status).toBe(2);
  expect(run.stderr).not.toContain('    at ');
  expect(run.stdout).not.toContain('pass ');
}

describe('a library that cannot be used', () => {
  test(
    'nothing listening at --library-addr names the address and the last gRPC error',
    async () => {
      const address = `127.0.0.1:${await freePort()}`;

      const run = await runCli(['--library-addr', address, '--time-factor', '0.05']);

      expectStartError(run);
      expect(run.stderr).toMatch(
        new RegExp(
          `^cloudstate-tck: Library "library-addr" did not answer discover at ${address} ` +
            'within 500 ms; the last error was: UNAVAILABLE \\(14\\): .*ECONNREFUSED ' +
            `${address.replace(/\./g, '\\.')}\\. Check that a library is running and listens at`,
        ),
      );
      expect(run.stderr).not.toContain('Resolution note');
      expect(run.stderr).toMatch(/\[TCK_LIBRARY_START_FAILED\]\n$/);
    },
    RUN_MS,
  );

  test(
    'a --library-cmd that exits gives its exit status and last output lines',
    async () => {
      const command = `node -e "console.log('boom line'); process.exit(3)"`;

      const run = await runCli(['--library-cmd', command]);

      expectStartError(run);
      expect(run.stderr).toBe(
        'cloudstate-tck: Library "library-cmd" exited before it answered discover ' +
          '(exit status 3). Check its command and the output below.\n' +
          'Last output lines:\n  boom line [TCK_LIBRARY_EXITED]\n',
      );
    },
    BELOW_STARTUP_MS,
  );

  test(
    'a discover answered with UNIMPLEMENTED fails at once, naming the method',
    async () => {
      const run = await runCli(['--library-cmd', fakeDiscovery('misspelled')]);

      expectStartError(run);
      expect(withoutPort(run.stderr)).toBe(
        'cloudstate-tck: Library "library-cmd" at 127.0.0.1:PORT answered ' +
          '/cloudstate.EntityDiscovery/discover with status UNIMPLEMENTED (The server does not ' +
          'implement the method /cloudstate.EntityDiscovery/discover). It must serve the ' +
          'service cloudstate.EntityDiscovery with the method "discover", spelled in lower ' +
          'case as in the protocol. [TCK_DISCOVERY_FAILED]\n',
      );
    },
    BELOW_STARTUP_MS,
  );

  test(
    'an EntitySpec whose descriptor set does not parse is TCK_DESCRIPTOR_INVALID',
    async () => {
      const run = await runCli(['--library-cmd', fakeDiscovery('bad-descriptor')]);
      const stderr = withoutPort(run.stderr);

      expectStartError(run);
      expect(stderr).toMatch(
        startsWith(
          'cloudstate-tck: Library "library-cmd" at 127.0.0.1:PORT: The EntitySpec\'s ' +
            'descriptor set (field proto, 5 bytes) does not parse as a ' +
            'google.protobuf.FileDescriptorSet: ',
        ),
      );
      expect(stderr).toMatch(
        endsWith(
          'The library must send the serialized descriptor set of its services and their ' +
            'imports. [TCK_DESCRIPTOR_INVALID]\n',
        ),
      );
    },
    BELOW_STARTUP_MS,
  );

  test(
    'a discover answer that is no EntitySpec fails at once',
    async () => {
      const run = await runCli(['--library-cmd', fakeDiscovery('bad-spec')]);
      const stderr = withoutPort(run.stderr);

      expectStartError(run);
      expect(stderr).toMatch(
        startsWith(
          'cloudstate-tck: Library "library-cmd" at 127.0.0.1:PORT answered ' +
            '/cloudstate.EntityDiscovery/discover with bytes that do not decode as a ' +
            'cloudstate.EntitySpec (',
        ),
      );
      expect(stderr).toMatch(
        endsWith('It must answer with a serialized EntitySpec. [TCK_DISCOVERY_FAILED]\n'),
      );
    },
    BELOW_STARTUP_MS,
  );
});

describe('usage mistakes', () => {
  const dir = join(scratch, 'usage');
  mkdirSync(dir);
  const missing = join(dir, 'missing.json');
  const twoCombinations = join(dir, 'two-combinations.json');
  const unknownKey = join(dir, 'unknown-key.json');
  const implementations = { ref: { command: 'true' } };

  writeFileSync(
    twoCombinations,
    JSON.stringify({
      implementations,
      combinations: { alpha: { library: 'ref' }, beta: { library: 'ref' } },
    }),
  );
  writeFileSync(
    unknownKey,
    JSON.stringify({ implementations, combinations: { alpha: { library: 'ref', skip: [] } } }),
  );

  test.each([
    [
      'two subjects',
      ['--library-cmd', 'x', '--combination', 'reference'],
      "Option '--library-cmd <command>' cannot be used with option '--combination <name>'. " +
        'Run with --help for the flags. [TCK_USAGE]',
    ],
    [
      'a time factor of 0',
      ['--time-factor', '0'],
      "Option '--time-factor <n>' argument '0' is invalid. It must be a number above 0 and " +
        'at most 10000, such as 2 or 0.5. Run with --help for the flags. [TCK_USAGE]',
    ],
    [
      'an address without a port',
      ['--library-addr', 'nonsense'],
      "Option '--library-addr <host:port>' argument 'nonsense' is invalid. It must be " +
        'host:port, such as 127.0.0.1:8080. Run with --help for the flags. [TCK_USAGE]',
    ],
    [
      'a filter that matches nothing',
      ['--filter', 'nothing-matches-this'],
      'The filter "nothing-matches-this" matches no case id. Run with --list to see the ids. ' +
        '[TCK_NO_CASES_SELECTED]',
    ],
    [
      'an unknown combination',
      ['--config', twoCombinations, '--combination', 'gamma'],
      `No combination "gamma" in "${twoCombinations}". The combinations are: alpha, beta. ` +
        '[TCK_CONFIG_INVALID]',
    ],
    [
      'a misspelt combination, with --list',
      ['--config', twoCombinations, '--combination', 'gama', '--list'],
      `No combination "gama" in "${twoCombinations}". The combinations are: alpha, beta. ` +
        '[TCK_CONFIG_INVALID]',
    ],
    [
      'a missing config file',
      ['--config', missing],
      `Config "${missing}" does not exist. Pass --config with the path of a tck.config.json. ` +
        '[TCK_CONFIG_INVALID]',
    ],
    [
      'a config with an unknown key',
      ['--config', unknownKey, '--combination', 'alpha'],
      `Config "${unknownKey}" does not follow the schema: /combinations/alpha has the ` +
        'unknown key "skip" (the keys are: description, library, expectedFailures, skips). ' +
        'README.md lists the keys. [TCK_CONFIG_INVALID]',
    ],
    ...(['--proxy', '--proxy-cmd', '--proxy-addr'] as const).map(
      (flag): [string, string[], string] => [
        `a proxy run (${flag})`,
        [flag, flag === '--proxy-addr' ? '127.0.0.1:9000' : 'org/proxy:1'],
        `${flag}: proxy runs are not available in this version of cloudstate-tck yet; it runs ` +
          'libraries only. Check a library with --library, --library-cmd or --library-addr. ' +
          '[TCK_PROXY_RUN_UNAVAILABLE]',
      ],
    ),
  ])(
    '%s: exit status 2 and one line that says what to do',
    async (_name, args, message) => {
      const run = await runCli([...args, '--report-dir', join(dir, 'reports')]);

      expect(run.stderr).toBe(`cloudstate-tck: ${message}\n`);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
    },
    RUN_MS,
  );
});

describe('a library that dies mid-run', () => {
  test(
    'the cases after its death are errors, exit status 1, reports still written',
    async () => {
      const reports = join(scratch, 'dies');
      // exec: the reference is the process the TCK started, so its death reads the same with
      // any /bin/sh.
      const command = 'exec node test/e2e/support/faulty-reference.js 5 die';

      const run = await runCli([
        '--library-cmd',
        command,
        '--filter',
        'value-entity/',
        '--report-dir',
        reports,
      ]);

      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);

      const summary = JSON.parse(
        readFileSync(join(reports, 'library-cmd/summary.json'), 'utf8'),
      ) as { cases: SummaryCase[]; errors: number; exitStatus: number };
      const verdicts = summary.cases.map((c) => c.verdict);
      const death = verdicts.findIndex((verdict) => verdict !== 'passed');
      const after = summary.cases.slice(death + 1);

      expect(death).toBeGreaterThan(0);
      expect(['failed', 'error']).toContain(verdicts[death]);
      expect(after.length).toBeGreaterThan(1);
      for (const result of after) {
        expect(result.verdict).toBe('error');
        expect(result.note).toMatch(/^the library exited \(signal SIGKILL\)/);
      }
      expect(summary.exitStatus).toBe(1);
      expect(summary.errors).toBe(after.length + (verdicts[death] === 'error' ? 1 : 0));

      const junit = readFileSync(join(reports, 'library-cmd/junit.xml'), 'utf8');
      expect(junit.match(/<error /g)?.length).toBe(summary.errors);
      expect(readFileSync(join(reports, 'library-cmd/library.log'), 'utf8')).toMatch(
        /faulty-reference: die at call 5 \(\/cloudstate\./,
      );
    },
    RUN_MS,
  );
});

describe('a run that cannot start', () => {
  test(
    'still leaves a report: junit.xml with the error, summary.json, and the JSON line last',
    async () => {
      const reports = join(scratch, 'start-failure');
      mkdirSync(join(reports, 'library-cmd'), { recursive: true });
      writeFileSync(join(reports, 'library-cmd', 'stale.txt'), 'from an earlier run');

      const command = `node -e "console.log('about to fail'); process.exit(4)"`;
      const run = await runCli(['--library-cmd', command, '--report-dir', reports]);
      const lines = run.stdout.trim().split('\n');
      const summary = JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, unknown>;
      const junit = readFileSync(join(reports, 'library-cmd', 'junit.xml'), 'utf8');

      expectStartError(run);
      expect(summary).toMatchObject({
        combination: 'library-cmd',
        exitStatus: 2,
        startupError: { code: 'TCK_LIBRARY_EXITED' },
      });
      expect(junit).toContain('<testsuite name="start-up" tests="1" failures="0" errors="1"');
      expect(junit).toContain(
        '<error message="TCK_LIBRARY_EXITED: Library &quot;library-cmd&quot;',
      );
      expect(junit).toContain('<system-out><![CDATA[about to fail]]></system-out>');
      expect(() => readFileSync(join(reports, 'library-cmd', 'stale.txt'))).toThrow();
    },
    RUN_MS,
  );
});

describe('a report folder that cannot be written', () => {
  test.each([
    ['a file where the folder should be', 'a-file', 'is a file, not a folder'],
    ['a folder under /proc, where mkdir never returns', '/proc/no-such-tck', 'cannot be made'],
  ])(
    '(%s) stops the run before any case, naming the folder',
    async (_, where, problem) => {
      const file = join(scratch, 'a-file');
      writeFileSync(file, 'not a folder');
      const reportDir = where.startsWith('/') ? where : file;

      const run = await runCli(['--filter', 'value-entity/', '--report-dir', reportDir]);

      expectStartError(run);
      expect(run.stderr).toContain(`The reports cannot be written to ${reportDir}/reference:`);
      expect(run.stderr).toContain(problem);
      expect(run.stderr).toMatch(/--report-dir\. \[TCK_REPORT_UNWRITABLE\]\n$/);
    },
    BELOW_STARTUP_MS,
  );
});

describe('a run in which no case passed', () => {
  test(
    'fails with exit 1 and says why, though nothing failed',
    async () => {
      const config = join(scratch, 'all-skipped.json');
      const reference = 'node ${TCK_HOME}/dist/fixtures/user-functions/reference/main.js';
      writeFileSync(
        config,
        JSON.stringify({
          implementations: { reference: { command: reference } },
          combinations: {
            skipping: { library: 'reference', skips: [{ area: 'value-entity', reason: 'later' }] },
          },
        }),
      );
      const reportDir = join(scratch, 'all-skipped');

      const run = await runCli([
        ...['--config', config, '--combination', 'skipping', '--filter', 'value-entity/'],
        ...['--report-dir', reportDir],
      ]);

      expect(run.status).toBe(1);
      expect(run.stdout).toContain('  all            0 passed, 0 failed, 19 skipped\n');
      expect(run.stdout).toContain('  No case passed, so the run fails (exit 1)');
    },
    RUN_MS,
  );
});
