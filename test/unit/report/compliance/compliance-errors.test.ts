import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TckError } from '../../../../tck/errors/tck-error';
import { buildCompliance, writeCompliance } from '../../../../tck/report/compliance';
import { fakeCase, fakeResult } from '../../support/fake-case';
import { tempReportDir, writeRun } from './report-dir';

/** The TckError a call throws; fails the test when it throws none or another kind. */
function errorOf(call: () => unknown): TckError {
  try {
    call();
  } catch (error) {
    if (error instanceof TckError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a TckError, but nothing was thrown');
}

/** A report dir with one good combination, "alpha", and the path of one of its files. */
function reportWith(file: 'summary.json' | 'junit.xml'): { reportDir: string; path: string } {
  const reportDir = tempReportDir();
  writeRun(reportDir, 'alpha', [fakeResult(fakeCase('action', 'a passes'), 'passed')]);

  return { reportDir, path: join(reportDir, 'alpha', file) };
}

function rewrite(path: string, change: (text: string) => string): void {
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('a report directory that cannot be used', () => {
  test('a missing directory says so and what to pass instead', () => {
    const missing = join(tempReportDir(), 'nope');

    const error = errorOf(() => buildCompliance(missing));

    expect(error.code).toBe('TCK_REPORT_UNREADABLE');
    expect(error.exitStatus).toBe(2);
    expect(error.message).toContain(`Cannot read the report directory ${missing}: `);
    expect(error.message).toContain('ENOENT');
    expect(error.message).toContain('Pass the folder that holds <combination>/summary.json');
  });

  test('a file given as the directory', () => {
    const file = join(tempReportDir(), 'file');
    writeFileSync(file, '');

    expect(errorOf(() => buildCompliance(file)).message).toContain('ENOTDIR');
  });

  test('a directory without any combination says how to fill it', () => {
    const empty = tempReportDir();
    mkdirSync(join(empty, 'not-a-combination'));

    const error = errorOf(() => buildCompliance(empty));

    expect(error.code).toBe('TCK_REPORT_UNREADABLE');
    expect(error.message).toBe(
      `The report directory ${empty} holds no combination's report (no ` +
        '<combination>/summary.json with its junit.xml). Run npx cloudstate-tck --combination ' +
        `NAME --report-dir ${empty} first, or pass the folder that holds them.`,
    );
  });
});

describe('a combination whose files cannot be used names the file and what to do', () => {
  test.each<[string, 'summary.json' | 'junit.xml', (path: string) => void, string]>([
    ['junit.xml is missing', 'junit.xml', (path) => rmSync(path), 'it is missing'],
    ['summary.json is missing', 'summary.json', (path) => rmSync(path), 'it is missing'],
    [
      'summary.json is cut short',
      'summary.json',
      (path) => rewrite(path, (text) => text.slice(0, 40)),
      'it is not JSON (',
    ],
    [
      'summary.json lacks fields',
      'summary.json',
      (path) => rewrite(path, (text) => text.replace('"tckVersion"', '"version"')),
      "it is not a TCK run summary (the top level must have required property 'tckVersion'",
    ],
    [
      'summary.json has an unknown verdict',
      'summary.json',
      (path) => rewrite(path, (text) => text.replace('"verdict": "passed"', '"verdict": "ok"')),
      'it is not a TCK run summary (/cases/0/verdict must be one of: "passed", "failed", ' +
        '"skipped", "expected-failure", "error")',
    ],
    [
      'summary.json has neither cases nor a start-up error',
      'summary.json',
      (path) =>
        rewrite(path, (text) => {
          const summary = JSON.parse(text);
          delete summary.cases;
          return JSON.stringify(summary);
        }),
      'it is not a TCK run summary (it has neither "cases" nor "startupError")',
    ],
    [
      'junit.xml is cut short',
      'junit.xml',
      (path) => rewrite(path, (text) => text.slice(0, 200)),
      'it is not XML (',
    ],
    [
      'junit.xml has no testsuite',
      'junit.xml',
      (path) => writeFileSync(path, '<?xml version="1.0"?>\n<testsuites name="x"/>\n'),
      'it has no <testsuite> element',
    ],
  ])('%s', (_title, file, spoil, problem) => {
    const { reportDir, path } = reportWith(file);
    spoil(path);

    const error = errorOf(() => buildCompliance(reportDir));

    expect(error.code).toBe('TCK_REPORT_UNREADABLE');
    expect(error.exitStatus).toBe(2);
    expect(error.message).toContain(`Cannot use the report file ${path}: ${problem}`);
    expect(error.message).toContain(
      `Run the combination again (npx cloudstate-tck --combination alpha --report-dir ` +
        `${reportDir}) to write it anew, or move the folder ${join(reportDir, 'alpha')} out of ` +
        `${reportDir}.`,
    );
  });
});

describe('a report that cannot be written', () => {
  test('gives TCK_REPORT_UNWRITABLE naming the file', () => {
    const { reportDir } = reportWith('junit.xml');
    mkdirSync(join(reportDir, 'compliance.md'));

    const error = errorOf(() => writeCompliance(reportDir));

    expect(error.code).toBe('TCK_REPORT_UNWRITABLE');
    expect(error.exitStatus).toBe(2);
    expect(error.message).toContain(
      `Cannot write the compliance report ${join(reportDir, 'compliance.md')}: `,
    );
    expect(error.message).toContain('EISDIR');
  });
});
