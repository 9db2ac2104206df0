import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Msg } from '../../../../model/message';
import type { TckError } from '../../../../tck/errors/tck-error';
import { countResults, exitStatusOf } from '../../../../tck/report/run-summary';
import type { RunSummary } from '../../../../tck/report/run-summary';
import { writeStartupReport } from '../../../../tck/report/startup-report';
import { writeReports } from '../../../../tck/report/write-reports';
import type { CaseResult } from '../../../../tck/run/case-result';

/** A fresh report directory, as `--report-dir` would get. */
export function tempReportDir(): string {
  return mkdtempSync(join(tmpdir(), 'tck-compliance-'));
}

export const SERVICE_INFO: Msg = {
  service_name: 'shop',
  service_version: '1.2.3',
  service_runtime: 'node v20',
  support_library_name: 'cloudstate-js',
  support_library_version: '0.9.0',
  protocol_major_version: 0,
  protocol_minor_version: 2,
};

export const PROXY_INFO: Msg = {
  protocol_major_version: 0,
  protocol_minor_version: 2,
  proxy_name: 'cloudstate-tck',
  proxy_version: '0.1.0',
};

/** `<reportDir>/<name>/` as a run with these results writes it, through the TCK's own writers. */
export function writeRun(
  reportDir: string,
  name: string,
  results: CaseResult[],
  serviceInfo: Msg = SERVICE_INFO,
): string {
  const { total, areas } = countResults(results);
  const summary: RunSummary = {
    combination: name,
    library: `${name}-lib`,
    tckVersion: '0.1.0',
    protocol: '0.2',
    serviceInfo,
    proxyInfo: PROXY_INFO,
    warnings: [],
    durationMs: 5,
    ...total,
    areas,
    exitStatus: exitStatusOf(total),
  };
  const dir = join(reportDir, name);

  writeReports({
    dir,
    summary,
    results,
    rerun: (id) => `npx cloudstate-tck --filter '${id}'`,
    libraryOutput: [],
  });

  return dir;
}

/** `<reportDir>/<name>/` as a run that could not start writes it. */
export function writeStartupFailure(reportDir: string, name: string, error: TckError): string {
  const dir = join(reportDir, name);

  writeStartupReport({
    dir,
    combination: name,
    library: `${name}-lib`,
    tckVersion: '0.1.0',
    error,
    libraryOutput: ['some output'],
  });

  return dir;
}
