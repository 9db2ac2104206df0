import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SummaryCase {
  id: string;
  verdict: string;
  reason?: string;
  note?: string;
}

/** The parts of `<report-dir>/<combination>/summary.json` that tests look at. */
export interface SummaryFile {
  passed: number;
  failed: number;
  errors: number;
  cases: SummaryCase[];
}

export function readSummary(reportDir: string, combination: string): SummaryFile {
  const text = readFileSync(join(reportDir, combination, 'summary.json'), 'utf8');

  return JSON.parse(text) as SummaryFile;
}
