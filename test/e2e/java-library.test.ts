import { spawnSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../tck/package-root';
import { collect, lastJsonLine, runCli, scratchDir, startCli } from './support/run-cli';
import type { CliRun } from './support/run-cli';
import { readSummary } from './support/summary-file';
import type { SummaryCase, SummaryFile } from './support/summary-file';
import { expectMarkedFailures, shippedCombination } from './support/shipped-config';
import type { Mark } from './support/shipped-config';

// A cold cache builds the model service with Maven inside the run's setup step (about half a
// minute with an empty ~/.m2).
const RUN_LIMIT_MS = 300_000;
const COMBINATION = 'java-0.5.2';

// The event-sourced cases cloudstate-java-support 0.5.2 passes: all but the configured entity's
// discovery (skipped) and the five that need side effects (expected failures).
const PASSING = [
  'event-sourced/verify connection after failure action',
  'event-sourced/verify event sourced entity discovery',
  'event-sourced/verify failure action',
  'event-sourced/verify failure actions do not allow side effects',
  'event-sourced/verify failure actions do not retain emitted events (may request entity restart)',
  'event-sourced/verify forward to second service',
  'event-sourced/verify forward with emitted events',
  'event-sourced/verify forward with emitted events and snapshot',
  'event-sourced/verify initial empty state',
  'event-sourced/verify initial snapshot',
  'event-sourced/verify initial snapshot and events',
  'event-sourced/verify multiple emitted events',
  'event-sourced/verify multiple emitted events and snapshots',
  'event-sourced/verify rehydration after passivation',
  'event-sourced/verify single emitted event',
];

/** The config's skip for a case: its own mark, else the mark of its area. */
function skipFor(skips: Mark[], tckCase: SummaryCase): Mark | undefined {
  const area = tckCase.id.slice(0, tckCase.id.indexOf('/'));

  return skips.find((skip) => skip.case === tckCase.id) ?? skips.find((s) => s.area === area);
}

/** A PATH with what the setup script needs before it looks for a tool, plus `extra`. */
function pathWith(extra: string[]): string {
  const bin = scratchDir();
  const tools = ['bash', 'sh', 'dirname', 'cat', 'sha256sum', 'cut', 'find', 'sort', ...extra];
  for (const tool of tools) {
    symlinkSync(join('/usr/bin', tool), join(bin, tool));
  }

  return bin;
}

describe('the java-0.5.2 combination (Cloudstate Java support library 0.5.2)', () => {
  const reportDir = scratchDir();
  const combination = shippedCombination(COMBINATION);
  let run: CliRun;
  let summary: SummaryFile;
  let caseIds: string[];

  beforeAll(async () => {
    run = await runCli(['--combination', COMBINATION, '--report-dir', reportDir], RUN_LIMIT_MS);
    summary = readSummary(reportDir, COMBINATION);
    caseIds = (await runCli(['--list'])).stdout.trim().split('\n');
  }, RUN_LIMIT_MS + 60_000);

  afterAll(() => rmSync(reportDir, { recursive: true, force: true }));

  test('exits 0 with every case passed, skipped or a known deviation', () => {
    const counts = lastJsonLine(run.stdout);

    expect(run.status).toBe(0);
    expect(counts).toMatchObject({ combination: COMBINATION, failed: 0, errors: 0 });
    expect(summary.cases.map((tckCase) => tckCase.id).sort()).toEqual([...caseIds].sort());
    expect(Number(counts.passed) + Number(counts.skipped) + Number(counts.expectedFailures)).toBe(
      caseIds.length,
    );
    const passed = summary.cases.filter((tckCase) => tckCase.verdict === 'passed');
    expect(passed.map((tckCase) => tckCase.id).sort()).toEqual([...PASSING].sort());
  });

  test('skips every other case with the reason the config gives for it', () => {
    const skips = combination.skips ?? [];
    const skipped = summary.cases.filter((tckCase) => tckCase.verdict === 'skipped');

    expect(skips.length).toBeGreaterThan(0);
    expect(skipped.length).toBeGreaterThan(0);
    // Nothing is left to the gate's "not implemented by the library": each skip says which
    // feature 0.5.2 lacks.
    for (const tckCase of skipped) {
      const skip = skipFor(skips, tckCase);
      expect({ id: tckCase.id, note: tckCase.note }).toEqual({
        id: tckCase.id,
        note: skip?.reason,
      });
    }
    for (const skip of skips.filter((mark) => mark.case !== undefined)) {
      expect(skipped.map((tckCase) => tckCase.id)).toContain(skip.case);
    }
  });

  test('reports the known deviations as expected failures, each with its evidence', () => {
    expectMarkedFailures(combination, summary.cases);
  });

  test("names the Java library 0.5.2 in discovery's ServiceInfo, without a protocol", () => {
    const counts = lastJsonLine(run.stdout);

    expect(counts.serviceInfo).toMatchObject({
      support_library_name: 'cloudstate-java-support',
      support_library_version: '0.5.2',
    });
    // 0.5.2's ServiceInfo has no protocol version fields, so it reads as 0.0 and is warned of.
    expect(counts.warnings).toEqual([expect.stringContaining('reports protocol 0.0')]);
  });

  test('its setup is a quick no-op once the model service is built', () => {
    const script = join(packageRoot(), 'scripts/setup-java-library.sh');
    const started = Date.now();
    const setup = spawnSync('bash', [script], { encoding: 'utf8' });

    expect(setup.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('the java-0.5.2 combination on a machine without the tools to build it', () => {
  test.each([
    ['a JDK', [], 'A Java development kit is not installed (no "java" or "javac" on PATH)'],
    ['Maven', ['java', 'javac'], 'Maven is not installed (no "mvn" on PATH)'],
  ])('stops with status 2 before starting anything without %s', async (_, tools, message) => {
    const run = await collect(
      startCli(['--combination', COMBINATION, '--report-dir', scratchDir()], {
        PATH: pathWith(tools),
        CLOUDSTATE_TCK_CACHE: scratchDir(),
      }),
      60_000,
    );

    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `cloudstate-tck: The setup step of "${COMBINATION}" failed (exit status 1)`,
    );
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('[TCK_SETUP_FAILED]');
  });
});
