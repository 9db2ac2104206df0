import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FAULTS } from '../../fixtures/user-functions/reference/faults';
import { packageRoot } from '../../tck/package-root';
import { slug } from '../../tck/report/write-reports';
import { FAULT_EXPECTATIONS } from './support/fault-expectations';
import type { FaultExpectation } from './support/fault-expectations';
import { collect, scratchDir, startCli } from './support/run-cli';
import type { CliRun } from './support/run-cli';
import { readSummary } from './support/summary-file';
import type { SummaryCase } from './support/summary-file';

const REFERENCE_MAIN = 'dist/fixtures/user-functions/reference/main.js';
const COMBINATION = 'library-cmd';
// Both a plain mismatch and a broken rule name the differing fields at the end of the reason.
const DIFFERS = /(?:differs from the expected one at|the message differs at) (.+)$/;
const RULE = /^the library broke the protocol's rule "([^"]+)"/;
const RUN_LIMIT_MS = 60_000;

const scratch = scratchDir();

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The library run against the reference user function, with a fault ('' for none). */
function runReference(fault: string, reportDir: string): Promise<CliRun> {
  const args = ['--library-cmd', `node ${REFERENCE_MAIN}`, '--report-dir', reportDir];

  return collect(startCli(args, { TCK_REFERENCE_FAULT: fault }), RUN_LIMIT_MS);
}

/**
 * What in a failure names the fault: one of the expected fields among the differing paths, or
 * else an expected stream rule; undefined when it names neither.
 */
function namedField(failed: SummaryCase, row: FaultExpectation): string | undefined {
  const paths = DIFFERS.exec(failed.reason ?? '')?.[1]?.split(', ') ?? [];

  return row.fields.find((path) => paths.includes(path));
}

function namedRule(failed: SummaryCase): string | undefined {
  return RULE.exec(failed.reason ?? '')?.[1];
}

/** The transcript file lists the differing fields in the same words. */
function transcriptMark(field: string): RegExp {
  return new RegExp(`differing fields: (.*, )?${field.replace(/[.[\]]/g, '\\$&')}(,|$)`, 'm');
}

test('the table covers every fault the reference user function offers', () => {
  expect(FAULT_EXPECTATIONS.map((row) => row.fault).sort()).toEqual([...FAULTS.keys()].sort());
});

test('the reference user function passes all 156 cases under --library-cmd', async () => {
  const reportDir = join(scratch, 'no-fault');
  const run = await runReference('', reportDir);

  expect(run.status).toBe(0);
  const { passed, failed, errors } = readSummary(reportDir, COMBINATION);
  expect({ passed, failed, errors }).toEqual({ passed: 156, failed: 0, errors: 0 });
});

test.each(FAULT_EXPECTATIONS)('the TCK catches $fault by the field', async (row) => {
  const reportDir = join(scratch, row.fault);
  const run = await runReference(row.fault, reportDir);

  expect(run.status).toBe(1);
  const summary = readSummary(reportDir, COMBINATION);
  const failed = summary.cases.filter((c) => c.verdict === 'failed');
  expect(failed.map((c) => c.id).sort()).toEqual(row.failing);
  expect(summary.errors).toBe(0);

  const named = failed.map((c) => ({ id: c.id, field: namedField(c, row) }));
  const rules = [...new Set(failed.map(namedRule).filter((rule) => rule !== undefined))];
  expect(failed.filter((c) => (c.reason ?? '').includes('nothing arrived within'))).toEqual([]);
  expect(named.filter((n) => n.field === undefined)).toEqual([]);
  expect(row.fields.filter((field) => !named.some((n) => n.field === field))).toEqual([]);
  expect(rules.sort()).toEqual(row.rules);

  for (const { id, field = '' } of named) {
    const file = join(reportDir, COMBINATION, 'transcripts', `${slug(id)}.txt`);
    expect(readFileSync(file, 'utf8')).toMatch(transcriptMark(field));
  }
});

test('an unknown fault id stops the reference user function with status 2', async () => {
  const child = spawn(process.execPath, [REFERENCE_MAIN], {
    cwd: packageRoot(),
    env: { ...process.env, TCK_REFERENCE_FAULT: 'no-such-fault', HOST: '127.0.0.1', PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run = await collect(child, RUN_LIMIT_MS);

  expect(run.status).toBe(2);
  expect([...FAULTS.keys()].filter((id) => !run.stderr.includes(id))).toEqual([]);
});
