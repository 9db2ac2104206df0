import type { CaseResult } from '../run/case-result';
import type { Counts, RunSummary } from './run-summary';

const MARK: Record<CaseResult['verdict'], string> = {
  passed: 'pass',
  failed: 'FAIL',
  skipped: 'skip',
  'expected-failure': 'xfail',
  error: 'ERROR',
};

/** One line per case as it finishes. */
export function caseLine(result: CaseResult): string {
  const time = `${result.durationMs.toFixed(0)} ms`;
  const note = result.verdict === 'passed' || result.note === undefined ? '' : ` — ${result.note}`;

  return `${MARK[result.verdict].padEnd(5)} ${result.tckCase.id} (${time})${note}`;
}

export function summaryLines(summary: RunSummary): string[] {
  const rows = Object.entries(summary.areas).map(([area, counts]) => countsLine(area, counts));

  return [
    '',
    `Summary for ${summary.combination} (library ${summary.library}):`,
    ...rows,
    countsLine('all', summary),
    ...summary.warnings.map((warning) => `  warning: ${warning}`),
    ...(summary.passed === 0 && summary.failed === 0 && summary.errors === 0
      ? ['  No case passed, so the run fails (exit 1): a run that checked nothing proves nothing.']
      : []),
  ];
}

export function countsLine(label: string, counts: Counts, width = 14): string {
  const parts = [`${counts.passed} passed`, `${counts.failed} failed`, `${counts.skipped} skipped`];
  if (counts.expectedFailures > 0) {
    parts.push(`${counts.expectedFailures} expected failures`);
  }
  if (counts.errors > 0) {
    parts.push(`${counts.errors} errors`);
  }

  return `  ${label.padEnd(width)} ${parts.join(', ')}`;
}
