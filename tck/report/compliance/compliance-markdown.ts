import type { Cell } from './case-cell';
import { CELL_MARKS, LEGEND, SEVERITY } from './cell-marks';
import { caseCellText, countKinds, counted, worstIcon } from './cell-text';
import type { AreaRows, CombinationColumn, ComplianceMatrix } from './compliance-matrix';
import { mdCode, mdCodeBlock, mdRow, mdText } from './markdown-text';
import { header, versionsSection } from './versions-section';

/**
 * compliance.md: the versions, a summary line per combination, the areas at a glance, then a
 * table per area with a row per case and a column per combination, then what went wrong as a
 * whole: start-up errors and disagreements between a combination's two files.
 */
export function complianceMarkdown(matrix: ComplianceMatrix): string {
  const sections = [
    header(matrix),
    versionsSection(matrix),
    summarySection(matrix),
    areasSection(matrix),
    casesSection(matrix),
    startupSection(matrix),
    disagreementsSection(matrix),
  ];

  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function summarySection(matrix: ComplianceMatrix): string {
  const lines = matrix.combinations.map((combination) => {
    const library = mdText(combination.summary.library);
    const problems =
      combination.problems.length === 0
        ? ''
        : ` (${CELL_MARKS.disagreement.icon} its files disagree, see below)`;

    const name = mdText(combination.name);

    return `- **${name}** (library ${library}): ${summaryText(combination)}${problems}`;
  });
  const legend = LEGEND.map((kind) => `${CELL_MARKS[kind].icon} ${CELL_MARKS[kind].label}`);

  return ['## Summary', '', ...lines, '', legend.join(' · ')].join('\n');
}

function summaryText(combination: CombinationColumn): string {
  const error = combination.startupError;
  if (error !== undefined) {
    const firstLine = mdText(error.message.split('\n')[0] ?? '');
    const icon = CELL_MARKS['not-started'].icon;

    return `${icon} could not start: ${mdCode(error.code)} ${firstLine} (see Start-up errors)`;
  }

  const counts = countKinds([...combination.cells.values()]);
  const parts = (['passed', 'failed', 'skipped', 'expected-failure', 'error'] as const).map(
    (kind) => counted(counts[kind], kind),
  );
  const extra = (['disagreement', 'not-run'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => counted(counts[kind], kind));

  return `${worstIcon(counts)} ${[...parts, ...extra].join(', ')}`;
}

function areasSection(matrix: ComplianceMatrix): string {
  const names = matrix.combinations.map((combination) => mdText(combination.name));
  const rows = matrix.areas.map((area) =>
    mdRow([
      mdText(area.area),
      String(area.cases.length),
      ...matrix.combinations.map((combination) => areaCell(cellsOf(combination, area))),
    ]),
  );
  const all = matrix.areas.flatMap((area) => area.cases.map((row) => row.id));
  const total = mdRow([
    '**all**',
    String(all.length),
    ...matrix.combinations.map((combination) =>
      areaCell(all.map((id) => combination.cells.get(id) ?? { kind: 'not-run' })),
    ),
  ]);

  return [
    '## Areas',
    '',
    mdRow(['Area', 'Cases', ...names]),
    mdRow(['---', '---:', ...names.map(() => '---')]),
    ...rows,
    total,
  ].join('\n');
}

/** `✅ 34/34 passed`, or `❌ 30/34 passed, 2 failed, 2 skipped`: what a column holds in an area. */
function areaCell(cells: Cell[]): string {
  const counts = countKinds(cells);

  if (counts['not-started'] > 0) {
    return `${CELL_MARKS['not-started'].icon} not started`;
  }
  if (counts['not-run'] === cells.length) {
    return `${CELL_MARKS['not-run'].icon} not run`;
  }

  const others = SEVERITY.filter((kind) => kind !== 'passed' && counts[kind] > 0).map((kind) =>
    counted(counts[kind], kind),
  );

  return [`${worstIcon(counts)} ${counts.passed}/${cells.length} passed`, ...others].join(', ');
}

function casesSection(matrix: ComplianceMatrix): string {
  const names = matrix.combinations.map((combination) => mdText(combination.name));
  const tables = matrix.areas.map((area) =>
    [
      `### ${mdText(area.area)}`,
      '',
      mdRow(['Case', ...names]),
      mdRow(['---', ...names.map(() => '---')]),
      ...area.cases.map((row) =>
        mdRow([
          mdText(row.name),
          ...matrix.combinations.map((combination) =>
            caseCellText(combination.cells.get(row.id) ?? { kind: 'not-run' }),
          ),
        ]),
      ),
    ].join('\n'),
  );

  return ['## Cases', ...tables].join('\n\n');
}

function startupSection(matrix: ComplianceMatrix): string {
  const failed = matrix.combinations.filter((combination) => combination.startupError);
  if (failed.length === 0) {
    return '';
  }

  const entries = failed.map(({ name, startupError }) =>
    [
      `### ${mdText(name)}`,
      '',
      mdCode(startupError?.code ?? ''),
      '',
      mdCodeBlock(startupError?.message ?? ''),
    ].join('\n'),
  );

  return ['## Start-up errors', ...entries].join('\n\n');
}

function disagreementsSection(matrix: ComplianceMatrix): string {
  const lines = matrix.combinations.flatMap((combination) => {
    const name = `**${mdText(combination.name)}**`;
    const cases = matrix.areas
      .flatMap((area) => area.cases)
      .flatMap((row) => {
        const cell = combination.cells.get(row.id);
        return cell?.kind === 'disagreement'
          ? [`- ${name}, ${mdText(row.id)}: ${mdText(cell.reason ?? '')}`]
          : [];
      });

    return [...combination.problems.map((problem) => `- ${name}: ${mdText(problem)}`), ...cases];
  });
  if (lines.length === 0) {
    return '';
  }

  return [
    '## Disagreements between summary.json and junit.xml',
    '',
    `The two files of a run must tell the same story. These cases show as ` +
      `${CELL_MARKS.disagreement.icon} and count under neither verdict: run the combination ` +
      'again to settle them.',
    '',
    ...lines,
  ].join('\n');
}

function cellsOf(combination: CombinationColumn, area: AreaRows): Cell[] {
  return area.cases.map((row) => combination.cells.get(row.id) ?? { kind: 'not-run' });
}
