import type { CellKind } from './case-cell';

/**
 * How each kind of cell starts in the markdown. The icon leads every verdict cell, so a reader
 * of the plain file can scan a column, and the HTML page can colour a cell by its first word.
 */
export const CELL_MARKS: Record<CellKind, { icon: string; label: string }> = {
  passed: { icon: '✅', label: 'passed' },
  failed: { icon: '❌', label: 'failed' },
  skipped: { icon: '⏭️', label: 'skipped' },
  'expected-failure': { icon: '⚠️', label: 'expected failure' },
  error: { icon: '💥', label: 'error' },
  disagreement: { icon: '❓', label: 'summary.json and junit.xml disagree' },
  'not-started': { icon: '🚫', label: 'not started' },
  'not-run': { icon: '➖', label: 'not run' },
};

/** The order a reader meets them in: the legend's. */
export const LEGEND: CellKind[] = [
  'passed',
  'failed',
  'skipped',
  'expected-failure',
  'error',
  'disagreement',
  'not-started',
  'not-run',
];

/** Worst first: the kind whose icon stands for a group of cells that mixes several. */
export const SEVERITY: CellKind[] = [
  'not-started',
  'disagreement',
  'error',
  'failed',
  'expected-failure',
  'skipped',
  'passed',
  'not-run',
];

/** The kind of a cell from its markdown text, or undefined for a cell that is no verdict. */
export function cellKindOf(markdown: string): CellKind | undefined {
  return SEVERITY.find((kind) => markdown.startsWith(`${CELL_MARKS[kind].icon} `));
}
