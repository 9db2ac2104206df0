import type { Cell, CellKind } from './case-cell';
import { CELL_MARKS, SEVERITY } from './cell-marks';
import { clip, mdLink, mdText } from './markdown-text';

/** Long failure texts are cut in a cell; its transcript link leads to the whole story. */
const REASON_LENGTH = 160;

const COUNT_WORDS: Record<CellKind, [one: string, many: string]> = {
  passed: ['passed', 'passed'],
  failed: ['failed', 'failed'],
  skipped: ['skipped', 'skipped'],
  'expected-failure': ['expected failure', 'expected failures'],
  error: ['error', 'errors'],
  disagreement: ['disagreement', 'disagreements'],
  'not-started': ['not started', 'not started'],
  'not-run': ['not run', 'not run'],
};

/** A case's cell: its mark, the reason, and links to the evidence and the transcript. */
export function caseCellText(cell: Cell): string {
  const word = COUNT_WORDS[cell.kind][0];
  const reason = cell.reason === undefined ? '' : `: ${mdText(clip(cell.reason, REASON_LENGTH))}`;
  const parts = [`${CELL_MARKS[cell.kind].icon} ${word}${reason}`];

  if (cell.evidence !== undefined) {
    const evidence =
      cell.evidenceHref === undefined
        ? mdText(cell.evidence)
        : mdLink(cell.evidence, cell.evidenceHref);
    parts.push(`see ${evidence}`);
  }

  if (cell.transcriptHref !== undefined) {
    parts.push(mdLink('transcript', cell.transcriptHref));
  }

  return parts.join(' · ');
}

export type KindCounts = Record<CellKind, number>;

export function countKinds(cells: Cell[]): KindCounts {
  const counts = Object.fromEntries(SEVERITY.map((kind) => [kind, 0])) as KindCounts;
  for (const cell of cells) {
    counts[cell.kind] += 1;
  }

  return counts;
}

/** The icon of the worst kind present: a group that is all passed but one failure is a failure. */
export function worstIcon(counts: KindCounts): string {
  const worst = SEVERITY.find((kind) => kind !== 'not-run' && counts[kind] > 0) ?? 'not-run';

  return CELL_MARKS[worst].icon;
}

/** `2 failed`, `1 expected failure`, `3 errors`: a count with its word. */
export function counted(count: number, kind: CellKind): string {
  const [one, many] = COUNT_WORDS[kind];

  return `${count} ${count === 1 ? one : many}`;
}
