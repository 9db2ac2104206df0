import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseResult } from '../run/case-result';
import { failureText } from './failure-text';
import { junitXml } from './junit-report';
import type { RunSummary } from './run-summary';
import { libraryVersions, proxyVersions } from './versions';

export interface ReportInput {
  dir: string;
  summary: RunSummary;
  results: CaseResult[];
  rerun: (caseId: string) => string;
  libraryOutput: string[];
}

/** Replaces `<report-dir>/<combination>/` with this run's JUnit, summary and transcripts. */
export function writeReports(input: ReportInput): void {
  rmSync(input.dir, { recursive: true, force: true });
  mkdirSync(join(input.dir, 'transcripts'), { recursive: true });

  writeFileSync(
    join(input.dir, 'junit.xml'),
    junitXml(
      input.summary.combination,
      input.results,
      input.rerun,
      versionProperties(input.summary),
    ),
  );
  writeFileSync(
    join(input.dir, 'summary.json'),
    `${JSON.stringify(summaryFile(input), null, 2)}\n`,
  );
  writeFileSync(join(input.dir, 'library.log'), input.libraryOutput.join('\n'));

  for (const result of input.results) {
    if (
      result.verdict === 'failed' ||
      result.verdict === 'error' ||
      result.verdict === 'expected-failure'
    ) {
      const text = failureText(result, input.rerun(result.tckCase.id));
      const data = { failure: result.failure, note: result.note, transcript: result.transcript };
      writeFileSync(
        join(input.dir, 'transcripts', `${slug(result.tckCase.id)}.txt`),
        `${text}\n\n${JSON.stringify(data, null, 2)}\n`,
      );
    }
  }
}

function summaryFile(input: ReportInput): object {
  return {
    ...input.summary,
    cases: input.results.map((result) => ({
      id: result.tckCase.id,
      verdict: result.verdict,
      durationMs: Math.round(result.durationMs * 10) / 10,
      ...(result.note === undefined ? {} : { note: result.note }),
      ...(result.evidence === undefined ? {} : { evidence: result.evidence }),
      ...(result.failure === undefined ? {} : { reason: result.failure.reason }),
    })),
  };
}

function versionProperties(summary: RunSummary): Record<string, string> {
  const library = libraryVersions(summary.serviceInfo);
  const proxy = proxyVersions(summary.proxyInfo);

  return {
    'tck.version': summary.tckVersion,
    'tck.protocol': summary.protocol,
    'library.name': summary.library,
    'library.support-library': library.supportLibrary,
    'library.runtime': library.runtime,
    'library.protocol': library.protocol,
    'proxy.name': proxy.proxy,
    'proxy.protocol': proxy.protocol,
    ...Object.fromEntries(
      summary.warnings.map((warning, index) => [`warning.${index + 1}`, warning]),
    ),
  };
}

export function slug(caseId: string): string {
  return caseId.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
