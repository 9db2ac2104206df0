import { XMLParser } from 'fast-xml-parser';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../tck/package-root';
import { cellOf, markdownTable } from '../unit/report/compliance/report-tables';
import { stderrLine } from './docker/support/await-line';
import { collect, lastJsonLine, runCli, scratchDir, startCli } from './support/run-cli';

const scratch = scratchDir();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const reference = `node ${join(packageRoot(), 'dist/fixtures/user-functions/reference/main.js')}`;

/**
 * Four subjects: one that passes, one that fails some cases, one that cannot start, and one
 * whose config marks a case that does not exist.
 */
const config = {
  implementations: {
    reference: { command: reference },
    faulty: { command: reference, env: { TCK_REFERENCE_FAULT: 'no-snapshot' } },
    broken: { command: 'echo "no such library" >&2; exit 3' },
  },
  combinations: {
    good: { library: 'reference' },
    faulty: { library: 'faulty' },
    broken: { library: 'broken' },
    mismarked: {
      library: 'reference',
      skips: [{ case: 'event-sourced/verify no such thing', reason: 'a typo' }],
    },
  },
};

type Verdict = 'passed' | 'failed' | 'skipped' | 'error';

/** Each test case of a junit.xml with its verdict, read as a CI service would read it. */
function junitVerdicts(file: string): Map<string, Verdict> {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: () => true });
  const xml = parser.parse(readFileSync(file, 'utf8')) as {
    testsuites: { testsuite: { testcase?: Record<string, unknown>[] }[] }[];
  };
  const verdicts = new Map<string, Verdict>();

  for (const suite of xml.testsuites[0]?.testsuite ?? []) {
    for (const testCase of suite.testcase ?? []) {
      const verdict: Verdict =
        ('failure' in testCase && 'failed') ||
        ('error' in testCase && 'error') ||
        ('skipped' in testCase && 'skipped') ||
        'passed';
      verdicts.set(String(testCase['@_name']), verdict);
    }
  }

  return verdicts;
}

describe('--matrix', () => {
  const reports = join(scratch, 'reports');
  const configFile = join(scratch, 'tck.config.json');
  writeFileSync(configFile, JSON.stringify(config));
  const run = runCli([
    '--matrix',
    '--config',
    configFile,
    '--report-dir',
    reports,
    '--filter',
    'event-sourced/',
  ]);

  test('runs every combination, goes on past one that cannot start, and exits 2', async () => {
    const { status, stdout, stderr } = await run;

    expect(status).toBe(2);
    expect(stderr).toContain('cloudstate-tck: broken: Library "broken"');
    expect(stdout).toMatch(/^ {2}good +21 passed, 0 failed, 0 skipped$/m);
    expect(stdout).toMatch(/^ {2}faulty +16 passed, 5 failed, 0 skipped \(exit 1\)$/m);
    expect(stdout).toMatch(/^ {2}broken +could not start: TCK_LIBRARY_EXITED \(exit 2\)$/m);
    expect(stdout).toMatch(/^ {2}mismarked +could not start: TCK_CONFIG_INVALID \(exit 2\)$/m);
    expect(lastJsonLine(stdout)).toMatchObject({ exitStatus: 2 });
    for (const name of ['good', 'faulty', 'broken', 'mismarked']) {
      expect(existsSync(join(reports, name, 'junit.xml'))).toBe(true);
    }
  });

  test('writes a compliance report whose every cell agrees with the JUnit files', async () => {
    await run;
    const markdown = readFileSync(join(reports, 'compliance.md'), 'utf8');
    const html = readFileSync(join(reports, 'compliance.html'), 'utf8');
    const table = markdownTable(markdown, '### event-sourced');

    expect(table.header).toEqual(['Case', 'broken', 'faulty', 'good', 'mismarked']);
    for (const name of ['good', 'faulty']) {
      const verdicts = junitVerdicts(join(reports, name, 'junit.xml'));
      expect(verdicts.size).toBe(21);
      for (const [caseName, verdict] of verdicts) {
        expect([caseName, cellOf(table, caseName, name)]).toEqual([
          caseName,
          expect.stringContaining(verdict),
        ]);
      }
    }
    expect(cellOf(table, 'verify initial snapshot', 'broken')).toContain('not started');
    expect(cellOf(table, 'verify initial snapshot', 'mismarked')).toContain('not started');
    expect(html).toContain('TCK_LIBRARY_EXITED');
    expect(html).toContain('skips[0].case &quot;event-sourced/verify no such thing&quot;');
    expect(html).toContain('<table');
  });
});

describe('a --matrix stopped half way', () => {
  test("leaves each unfinished folder saying so, and no earlier matrix's report", async () => {
    const reports = join(scratch, 'stopped');
    const configFile = join(scratch, 'two.json');
    const library = { reference: { command: reference } };
    const combinations = { first: { library: 'reference' }, second: { library: 'reference' } };
    writeFileSync(configFile, JSON.stringify({ implementations: library, combinations }));
    // What an earlier, finished matrix left there.
    mkdirSync(join(reports, 'second'), { recursive: true });
    writeFileSync(join(reports, 'second', 'summary.json'), '{"passed": 156}');
    writeFileSync(join(reports, 'compliance.md'), '# all green');

    const args = ['--matrix', '--config', configFile, '--report-dir', reports];
    const cli = startCli([...args, '--pull', 'never', '--filter', 'value-entity/'], {
      CLOUDSTATE_TCK_PAUSE_AT: 'cases',
    });
    const ended = collect(cli, 60_000);
    await stderrLine(cli, 'paused at "cases"');
    cli.kill('SIGINT');
    const run = await ended;

    expect(run.status).toBe(130);
    // --pull is for images: it did not stop the combinations without one.
    expect(run.stderr).not.toContain('TCK_USAGE');
    for (const name of ['first', 'second']) {
      const summary = JSON.parse(readFileSync(join(reports, name, 'summary.json'), 'utf8'));
      expect(summary).toMatchObject({ startupError: { code: 'TCK_RUN_UNFINISHED' } });
    }
    expect(existsSync(join(reports, 'compliance.md'))).toBe(false);
  }, 60_000);
});
