import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TckError } from '../../../../tck/errors/tck-error';
import { buildCompliance, writeCompliance } from '../../../../tck/report/compliance';
import { fakeCase, fakeResult } from '../../support/fake-case';
import { tempReportDir, writeRun, writeStartupFailure } from './report-dir';
import { cellOf, htmlTable, markdownTable } from './report-tables';

const a = fakeCase('action', 'a passes');
const b = fakeCase('action', 'b fails');
const c = fakeCase('value-entity', 'c is skipped');
const d = fakeCase('value-entity', 'd deviates');
const e = fakeCase('crdt', 'e errs');

const SKIP_REASON = 'not implemented by the library (cloudstate.tck.model.valueentity.Model)';
const EVIDENCE = 'docs/deviations/side effects.md';

function matrixDir(): string {
  const reportDir = tempReportDir();

  writeRun(reportDir, 'alpha', [
    fakeResult(a, 'passed'),
    fakeResult(b, 'failed', {
      failure: { step: '3', stepText: 'expect reply', reason: 'differs at reply.side_effects' },
    }),
    fakeResult(c, 'skipped', { note: SKIP_REASON }),
    fakeResult(d, 'expected-failure', {
      note: `expected failure: drops side effects; see ${EVIDENCE}`,
      failure: { step: '4', stepText: 'expect reply', reason: 'differs at reply.side_effects' },
    }),
    fakeResult(e, 'error', { note: 'the library exited (exit status 1) earlier' }),
  ]);
  writeRun(
    reportDir,
    'beta',
    [a, b, c, d, e].map((tckCase) => fakeResult(tckCase, 'passed')),
  );
  writeRun(reportDir, 'delta', [fakeResult(a, 'passed')]);
  writeStartupFailure(
    reportDir,
    'gamma',
    new TckError(
      'TCK_LIBRARY_EXITED',
      'Library "gamma-lib" exited before it answered discover (exit status 3).\n' +
        'Last output lines:\n  panic: ```oops```',
    ),
  );

  return reportDir;
}

describe('the compliance report of a matrix', () => {
  const reportDir = matrixDir();
  const { markdown, html } = buildCompliance(reportDir, { evidenceRoot: join(reportDir, 'home') });
  const cell = (tckCase: typeof a, combination: string): string =>
    cellOf(markdownTable(markdown, `### ${tckCase.area}`), tckCase.name, combination);

  test('the header names the TCK and the protocol, and counts the combinations', () => {
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# Cloudstate TCK compliance',
      '',
      'TCK 0.1.0, checking Cloudstate protocol 0.2, over 4 combinations.',
    ]);
  });

  test("the versions are each library's ServiceInfo and the run's proxy", () => {
    const versions = markdownTable(markdown, '## Versions');

    expect(versions.header).toEqual([
      'Combination',
      'Library',
      'Support library',
      'Protocol',
      'Runtime',
      'Service',
      'Proxy',
      'TCK',
    ]);
    expect(versions.rows[0]).toEqual([
      'alpha',
      'alpha-lib',
      'cloudstate-js 0.9.0',
      '0.2',
      'node v20',
      'shop 1.2.3',
      'cloudstate-tck 0.1.0, protocol 0.2',
      '0.1.0',
    ]);
    expect(versions.rows[3]).toEqual(['gamma', 'gamma-lib', '—', '—', '—', '—', '—', '0.1.0']);
  });

  test('a summary line per combination counts every verdict', () => {
    expect(markdown).toContain(
      [
        '- **alpha** (library alpha-lib): 💥 1 passed, 1 failed, 1 skipped, 1 expected failure, ' +
          '1 error',
        '- **beta** (library beta-lib): ✅ 5 passed, 0 failed, 0 skipped, 0 expected failures, ' +
          '0 errors',
        '- **delta** (library delta-lib): ✅ 1 passed, 0 failed, 0 skipped, 0 expected failures, ' +
          '0 errors, 4 not run',
        '- **gamma** (library gamma-lib): 🚫 could not start: `TCK_LIBRARY_EXITED` Library ' +
          '"gamma-lib" exited before it answered discover (exit status 3). (see Start-up errors)',
      ].join('\n'),
    );
  });

  test('each cell says the verdict, and why when the case did not pass', () => {
    expect(cell(a, 'alpha')).toBe('✅ passed');
    expect(cell(b, 'alpha')).toBe(
      '❌ failed: differs at reply.side_effects · ' +
        '[transcript](alpha/transcripts/action-b-fails.txt)',
    );
    expect(cell(c, 'alpha')).toBe(`⏭️ skipped: ${SKIP_REASON}`);
    expect(cell(e, 'alpha')).toBe(
      '💥 error: the library exited (exit status 1) earlier · ' +
        '[transcript](alpha/transcripts/crdt-e-errs.txt)',
    );
    expect(cell(e, 'beta')).toBe('✅ passed');
    expect(cell(e, 'delta')).toBe('➖ not run');
    expect(cell(e, 'gamma')).toBe('🚫 not started');
  });

  test('an expected failure gives the mark reason and links its evidence', () => {
    expect(cell(d, 'alpha')).toBe(
      '⚠️ expected failure: drops side effects · ' +
        `see [${EVIDENCE}](home/docs/deviations/side%20effects.md) · ` +
        '[transcript](alpha/transcripts/value-entity-d-deviates.txt)',
    );
    expect(existsSync(join(reportDir, 'alpha/transcripts/value-entity-d-deviates.txt'))).toBe(true);
  });

  test('the areas table sums each area up, worst verdict first', () => {
    const areas = markdownTable(markdown, '## Areas');

    expect(areas.header).toEqual(['Area', 'Cases', 'alpha', 'beta', 'delta', 'gamma']);
    expect(areas.rows).toEqual([
      [
        'action',
        '2',
        '❌ 1/2 passed, 1 failed',
        '✅ 2/2 passed',
        '✅ 1/2 passed, 1 not run',
        '🚫 not started',
      ],
      [
        'value-entity',
        '2',
        '⚠️ 0/2 passed, 1 expected failure, 1 skipped',
        '✅ 2/2 passed',
        '➖ not run',
        '🚫 not started',
      ],
      ['crdt', '1', '💥 0/1 passed, 1 error', '✅ 1/1 passed', '➖ not run', '🚫 not started'],
      [
        '**all**',
        '5',
        '💥 1/5 passed, 1 error, 1 failed, 1 expected failure, 1 skipped',
        '✅ 5/5 passed',
        '✅ 1/5 passed, 4 not run',
        '🚫 not started',
      ],
    ]);
  });

  test('a run that could not start shows its whole start-up error', () => {
    const section = markdown.slice(markdown.indexOf('## Start-up errors'));

    expect(section).toBe(
      [
        '## Start-up errors',
        '',
        '### gamma',
        '',
        '`TCK_LIBRARY_EXITED`',
        '',
        '````text',
        'Library "gamma-lib" exited before it answered discover (exit status 3).',
        'Last output lines:',
        '  panic: ```oops```',
        '````',
        '',
      ].join('\n'),
    );
    expect(html).toContain('<code>TCK_LIBRARY_EXITED</code>');
    expect(html).toContain('  panic: ```oops```\n</code></pre>');
  });

  test('the page colours each verdict cell by its class', () => {
    const table = htmlTable(html, '<h3>value-entity</h3>');

    expect(table.header).toEqual(['Case', 'alpha', 'beta', 'delta', 'gamma']);
    expect(table.rows.map((row) => row.map((td) => td.className))).toEqual([
      ['', 'cell-skipped', 'cell-passed', 'cell-not-run', 'cell-not-started'],
      ['', 'cell-expected-failure', 'cell-passed', 'cell-not-run', 'cell-not-started'],
    ]);
    expect(html).toContain(`<a href="home/docs/deviations/side%20effects.md">${EVIDENCE}</a>`);
    expect(html).toMatch(/td\.cell-failed \{ background: #[0-9a-f]{6}; \}/);
  });

  test('a base URL as evidence root makes links that work wherever the report is read', () => {
    const report = buildCompliance(reportDir, {
      evidenceRoot: 'https://example.com/tck/blob/main',
    });

    expect(cellOf(markdownTable(report.markdown, '### value-entity'), d.name, 'alpha')).toContain(
      `see [${EVIDENCE}](https://example.com/tck/blob/main/docs/deviations/side%20effects.md)`,
    );
  });

  test("summary.json's own cases[].evidence is taken over the note", () => {
    const dir = matrixDir();
    const file = join(dir, 'alpha', 'summary.json');
    const summary = JSON.parse(readFileSync(file, 'utf8'));
    summary.cases[3].evidence = 'docs/deviations/recorded.md';
    writeFileSync(file, JSON.stringify(summary));

    const report = buildCompliance(dir, { evidenceRoot: dir });

    expect(cellOf(markdownTable(report.markdown, '### value-entity'), d.name, 'alpha')).toContain(
      'see [docs/deviations/recorded.md](docs/deviations/recorded.md)',
    );
  });

  test('writeCompliance writes compliance.md and compliance.html into the report dir', () => {
    const dir = matrixDir();

    const written = writeCompliance(dir, { evidenceRoot: join(dir, 'home') });

    expect(written).toEqual({
      markdownFile: join(dir, 'compliance.md'),
      htmlFile: join(dir, 'compliance.html'),
    });
    const again = buildCompliance(dir, { evidenceRoot: join(dir, 'home') });
    expect(readFileSync(written.markdownFile, 'utf8')).toBe(again.markdown);
    expect(readFileSync(written.htmlFile, 'utf8')).toBe(again.html);
    expect(again.markdown).toBe(markdown.replaceAll(reportDir, dir));
  });
});

describe('reports made by different TCK versions', () => {
  test('the header names each version with its combinations', () => {
    const reportDir = tempReportDir();
    writeRun(reportDir, 'old', [fakeResult(a, 'passed')]);
    writeRun(reportDir, 'new', [fakeResult(a, 'passed')]);
    const file = join(reportDir, 'new', 'summary.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"0.1.0"', '"0.2.0"'));

    const { markdown } = buildCompliance(reportDir);

    expect(markdown).toContain(
      '\n\nThe combinations were run by different TCK versions, so compare them with care: ' +
        'TCK 0.2.0, checking Cloudstate protocol 0.2 (new); ' +
        'TCK 0.1.0, checking Cloudstate protocol 0.2 (old).\n',
    );
  });
});
