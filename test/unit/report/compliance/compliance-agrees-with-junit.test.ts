import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createReferenceModel } from '../../../../model/reference';
import { loadCases } from '../../../../tck/cases/load-cases';
import { ModelLibrary } from '../../../../tck/drive/model-library';
import { TckError } from '../../../../tck/errors/tck-error';
import { packageRoot } from '../../../../tck/package-root';
import { writeCompliance } from '../../../../tck/report/compliance';
import type { Library } from '../../../../tck/drive/library';
import type { TckCase } from '../../../../tck/cases/tck-case';
import type { CaseMarks } from '../../../../tck/run/case-marks';
import type { CaseResult } from '../../../../tck/run/case-result';
import { readEntitySpec } from '../../../../tck/run/discovered-spec';
import { runLibraryCases } from '../../../../tck/run/library-run';
import { BrokenLibrary, root } from '../../support/broken-library';
import { tempReportDir, writeRun, writeStartupFailure } from './report-dir';
import { cellOf, htmlTable, markdownTable } from './report-tables';

const ICON: Record<string, string> = {
  passed: '✅',
  failed: '❌',
  skipped: '⏭️',
  'expected-failure': '⚠️',
  error: '💥',
};

interface JunitEntry {
  area: string;
  name: string;
  verdict: string;
  message?: string;
}

/** junit.xml read with nothing but regular expressions, apart from the code under test. */
function junitEntries(xml: string): JunitEntry[] {
  const decode = (text: string): string =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');

  return [...xml.matchAll(/<testsuite name="([^"]*)"[\s\S]*?<\/testsuite>/g)].flatMap((suite) =>
    [
      ...(suite[0] ?? '').matchAll(
        /<testcase [^>]*?\sname="([^"]*)"[^>]*?(\/>|>[\s\S]*?<\/testcase>)/g,
      ),
    ].map((testCase) => {
      const body = testCase[2] ?? '';
      const skipped = /<skipped message="([^"]*)"/.exec(body)?.[1];
      const verdict = body.includes('<failure')
        ? 'failed'
        : body.includes('<error')
          ? 'error'
          : skipped === undefined
            ? 'passed'
            : decode(skipped).startsWith('expected failure:')
              ? 'expected-failure'
              : 'skipped';

      return {
        area: decode(suite[1] ?? ''),
        name: decode(testCase[1] ?? ''),
        verdict,
        ...(skipped === undefined ? {} : { message: decode(skipped) }),
      };
    }),
  );
}

function shown(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

async function run(library: Library, cases: TckCase[], marks: CaseMarks): Promise<CaseResult[]> {
  return runLibraryCases({
    implementation: 'test',
    root,
    library,
    process: undefined,
    spec: readEntitySpec(root, await library.discover({}, 1000)),
    cases,
    marks,
    patienceMs: 200,
    onResult: () => undefined,
  });
}

describe('compliance.md and compliance.html agree with the junit.xml of real runs', () => {
  const reportDir = tempReportDir();
  const cases = loadCases();
  const marked = cases.find((tckCase) => tckCase.area === 'action' && tckCase.steps.length > 2);
  let markdown = '';
  let html = '';

  beforeAll(async () => {
    const descriptors = readFileSync(
      join(packageRoot(), 'fixtures/user-functions/reference/tck-model.binpb'),
    );
    const model = new ModelLibrary(createReferenceModel(), root, descriptors);

    writeRun(
      reportDir,
      'broken',
      await run(new BrokenLibrary(), cases, {
        expectedFailures: [
          {
            case: marked?.id ?? '',
            reason: 'drops side effects',
            evidence: 'docs/deviations/x.md',
          },
        ],
        skips: [{ area: 'crdt', reason: 'CRDTs are not supported | yet' }],
      }),
    );
    writeRun(
      reportDir,
      'model',
      await run(
        model,
        cases.filter((tckCase) => tckCase.area === 'action' || tckCase.area === 'value-entity'),
        { expectedFailures: [], skips: [] },
      ),
    );
    writeStartupFailure(reportDir, 'dead', new TckError('TCK_LIBRARY_EXITED', 'It exited.'));

    const files = writeCompliance(reportDir, { evidenceRoot: reportDir });
    markdown = readFileSync(files.markdownFile, 'utf8');
    html = readFileSync(files.htmlFile, 'utf8');
  });

  test.each(['broken', 'model'])('every testcase of %s has its verdict in both files', (name) => {
    const entries = junitEntries(readFileSync(join(reportDir, name, 'junit.xml'), 'utf8'));
    expect(new Set(entries.map((entry) => entry.verdict)).size).toBeGreaterThan(
      name === 'broken' ? 3 : 0,
    );

    for (const entry of entries) {
      const cell = cellOf(markdownTable(markdown, `### ${entry.area}`), entry.name, name);
      const table = htmlTable(html, `<h3>${entry.area}</h3>`);
      const column = table.header.indexOf(name);
      const row = table.rows.find((cells) => shown(cells[0]?.text ?? '') === entry.name);

      expect([entry.name, cell.startsWith(`${ICON[entry.verdict] ?? '?'} `)]).toEqual([
        entry.name,
        true,
      ]);
      expect(row?.[column]?.className).toBe(`cell-${entry.verdict}`);
      if (entry.verdict === 'skipped') {
        expect(shown(row?.[column]?.text ?? '')).toBe(`⏭️ skipped: ${entry.message ?? ''}`);
      }
    }
  });

  test('the summary lines count what junit.xml holds', () => {
    for (const name of ['broken', 'model']) {
      const entries = junitEntries(readFileSync(join(reportDir, name, 'junit.xml'), 'utf8'));
      const count = (verdict: string): number =>
        entries.filter((entry) => entry.verdict === verdict).length;
      const notRun = cases.length - entries.length;
      const counted = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

      expect(markdown).toContain(
        `- **${name}** (library ${name}-lib): ` +
          `${count('failed') > 0 ? '❌' : '✅'} ${count('passed')} passed, ` +
          `${count('failed')} failed, ${count('skipped')} skipped, ` +
          `${counted(count('expected-failure'), 'expected failure')}, ` +
          `${count('error')} errors${notRun > 0 ? `, ${notRun} not run` : ''}\n`,
      );
    }
  });

  test('the expected failure links the evidence its mark names', () => {
    const cell = cellOf(markdownTable(markdown, '### action'), marked?.name ?? '', 'broken');

    expect(cell).toMatch(/^⚠️ expected failure: drops side effects · see /);
    expect(cell).toContain('see [docs/deviations/x.md](docs/deviations/x.md) · [transcript](');
  });

  test('the run that could not start is not started in every row, with its code', () => {
    const table = markdownTable(markdown, '### crdt');
    const column = table.header.indexOf('dead');

    expect(table.rows).toHaveLength(82);
    expect(new Set(table.rows.map((row) => row[column]))).toEqual(new Set(['🚫 not started']));
    expect(markdown).toContain(
      '- **dead** (library dead-lib): 🚫 could not start: `TCK_LIBRARY_EXITED`',
    );
  });
});
