import type { Verdict } from '../../run/case-result';
import type { JunitCase } from './junit-file';
import type { SummaryCase } from './summary-file';

/**
 * What the report says of one case in one combination: a verdict both files agree on, a
 * disagreement between them, a case the run did not select, or a run that never started.
 */
export type CellKind = Verdict | 'disagreement' | 'not-run' | 'not-started';

export interface Cell {
  kind: CellKind;

  /** The skip or mark reason, the failure or error, or what each file says. */
  reason?: string;

  /** The expected-failure mark's evidence file, as the config names it. */
  evidence?: string;
  evidenceHref?: string;
  transcriptHref?: string;
}

/** The note of an expected failure: `expected failure: <mark reason>; see <evidence>`. */
const EXPECTED_FAILURE_NOTE = /^expected failure: ([\s\S]*); see ([\s\S]+)$/;

/**
 * The rule when summary.json and junit.xml differ. Both are written from the same results, so
 * they differ only when a file was edited, cut short or comes from another run, and neither can
 * be trusted over the other. A case whose verdicts differ, or that only one file lists, becomes
 * a disagreement cell naming both verdicts; it counts as a disagreement, under neither verdict,
 * and is listed with the combination's other disagreements. Only verdicts are compared: the two
 * files word reasons differently (JUnit's failure message is the reason alone, the summary also
 * has the note), so the summary's wording is shown and JUnit's is the fallback.
 */
export function mergeCase(summary: SummaryCase | undefined, junit: JunitCase | undefined): Cell {
  if (summary === undefined && junit === undefined) {
    return { kind: 'not-run' };
  }

  if (summary?.verdict !== junit?.verdict) {
    return { kind: 'disagreement', reason: disagreementText(summary, junit) };
  }

  const verdict = (summary ?? junit)?.verdict ?? 'error';
  if (verdict === 'passed') {
    return { kind: 'passed' };
  }

  if (verdict === 'expected-failure') {
    return expectedFailure(summary, junit);
  }

  const reason = summaryReason(summary, verdict) ?? junit?.message;

  return reason === undefined ? { kind: verdict } : { kind: verdict, reason };
}

function disagreementText(summary: SummaryCase | undefined, junit: JunitCase | undefined): string {
  const said = (verdict: Verdict | undefined): string =>
    verdict === undefined ? 'lacks the case' : `says ${verdict}`;

  return `summary.json ${said(summary?.verdict)}, junit.xml ${said(junit?.verdict)}`;
}

function summaryReason(summary: SummaryCase | undefined, verdict: Verdict): string | undefined {
  return verdict === 'failed' ? (summary?.reason ?? summary?.note) : summary?.note;
}

/**
 * The mark's reason and evidence come from the note both files carry; a summary that records
 * the evidence itself (`cases[].evidence`) is taken at its word.
 */
function expectedFailure(summary: SummaryCase | undefined, junit: JunitCase | undefined): Cell {
  const note = summary?.note ?? junit?.message ?? '';
  const match = EXPECTED_FAILURE_NOTE.exec(note);
  const reason = match?.[1] ?? (note.replace(/^expected failure:\s*/, '') || undefined);
  const evidence = summary?.evidence ?? match?.[2];

  return {
    kind: 'expected-failure',
    ...(reason === undefined ? {} : { reason }),
    ...(evidence === undefined ? {} : { evidence }),
  };
}
