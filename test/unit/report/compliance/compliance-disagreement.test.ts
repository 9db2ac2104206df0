import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TckError } from '../../../../tck/errors/tck-error';
import { buildCompliance } from '../../../../tck/report/compliance';
import { fakeCase, fakeResult } from '../../support/fake-case';
import { tempReportDir, writeRun, writeStartupFailure } from './report-dir';
import { cellOf, htmlTable, markdownTable } from './report-tables';

const a = fakeCase('action', 'a passes');
const b = fakeCase('action', 'b fails');
const c = fakeCase('action', 'c is skipped');

function edit(file: string, change: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  if (changed === text) {
    throw new Error(`the edit changed nothing in ${file}`);
  }
  writeFileSync(file, changed);
}

function runWithThreeCases(reportDir: string): string {
  return writeRun(reportDir, 'alpha', [
    fakeResult(a, 'passed'),
    fakeResult(b, 'failed', { failure: { step: '2', stepText: 'expect', reason: 'differs' } }),
    fakeResult(c, 'skipped', { note: 'not supported' }),
  ]);
}

describe('summary.json and junit.xml that agree', () => {
  test('leave no disagreement in the report', () => {
    const reportDir = tempReportDir();
    runWithThreeCases(reportDir);

    const { markdown } = buildCompliance(reportDir);

    expect(markdown).not.toContain('❓ disagreement');
    expect(markdown).not.toContain('## Disagreements');
  });
});

describe('summary.json and junit.xml that disagree', () => {
  const reportDir = tempReportDir();
  const dir = runWithThreeCases(reportDir);

  edit(join(dir, 'junit.xml'), (xml) =>
    xml
      .replace(
        /(<testcase [^>]*name="a passes"[^>]*)\/>/,
        '$1><failure message="edited"/></testcase>',
      )
      .replace(/<testcase [^>]*name="b fails"[\s\S]*?<\/testcase>/, '')
      .replace('</testsuite>', '<testcase classname="x" name="d only in junit"/></testsuite>'),
  );
  edit(join(dir, 'summary.json'), (json) => json.replace('"passed": 1,', '"passed": 7,'));

  const { markdown, html } = buildCompliance(reportDir);
  const table = markdownTable(markdown, '### action');

  test('a case with two verdicts shows both, and neither wins', () => {
    expect(cellOf(table, a.name, 'alpha')).toBe(
      '❓ disagreement: summary.json says passed, junit.xml says failed',
    );
  });

  test('a case only one file lists is a disagreement too', () => {
    expect(cellOf(table, b.name, 'alpha')).toBe(
      '❓ disagreement: summary.json says failed, junit.xml lacks the case',
    );
    expect(cellOf(table, 'd only in junit', 'alpha')).toBe(
      '❓ disagreement: summary.json lacks the case, junit.xml says passed',
    );
  });

  test('a case both files agree on keeps its verdict', () => {
    expect(cellOf(table, c.name, 'alpha')).toBe('⏭️ skipped: not supported');
  });

  test('the summary line counts disagreements under no verdict and points at them', () => {
    expect(markdown).toContain(
      '- **alpha** (library alpha-lib): ❓ 0 passed, 0 failed, 1 skipped, 0 expected failures, ' +
        '0 errors, 3 disagreements (❓ its files disagree, see below)',
    );
  });

  test('every disagreement is listed, the summary counts that do not add up included', () => {
    const section = markdown.slice(markdown.indexOf('## Disagreements'));

    expect(section.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      '- **alpha**: summary.json counts 7 passed, but its cases list 1 passed',
      '- **alpha**, action/a passes: summary.json says passed, junit.xml says failed',
      '- **alpha**, action/b fails: summary.json says failed, junit.xml lacks the case',
      '- **alpha**, action/d only in junit: summary.json lacks the case, junit.xml says passed',
    ]);
  });

  test('the page marks the disagreeing cells', () => {
    const rows = htmlTable(html, '<h3>action</h3>').rows;

    expect(rows.map((row) => row[1]?.className)).toEqual([
      'cell-disagreement',
      'cell-disagreement',
      'cell-skipped',
      'cell-disagreement',
    ]);
  });
});

describe('a start-up error that only one file reports', () => {
  test('is a disagreement of the run, and the cases still show as not started', () => {
    const reportDir = tempReportDir();
    runWithThreeCases(reportDir);
    const dir = writeStartupFailure(
      reportDir,
      'gamma',
      new TckError('TCK_LIBRARY_START_FAILED', 'Library "gamma-lib" did not answer in 60 s.'),
    );
    edit(join(dir, 'junit.xml'), (xml) => xml.replace(/<error[\s\S]*?<\/error>/, ''));

    const { markdown } = buildCompliance(reportDir);

    expect(cellOf(markdownTable(markdown, '### action'), a.name, 'gamma')).toBe('🚫 not started');
    expect(markdown).toContain(
      '- **gamma**: summary.json says the run could not start (TCK_LIBRARY_START_FAILED), ' +
        'junit.xml has no start-up error',
    );
  });
});
