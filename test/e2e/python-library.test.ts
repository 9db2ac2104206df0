import { spawnSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../tck/package-root';
import { collect, lastJsonLine, runCli, scratchDir, startCli } from './support/run-cli';
import type { CliRun } from './support/run-cli';
import { readSummary } from './support/summary-file';
import type { SummaryFile } from './support/summary-file';
import { expectMarkedFailures, shippedCombination } from './support/shipped-config';

// A cold cache installs the library from PyPI inside the run's setup step (about half a minute).
const RUN_LIMIT_MS = 300_000;
const NOT_IMPLEMENTED = 'not implemented by the library';

// The event-sourced cases cloudstate 0.1.1 can serve: no forward, side effect, init snapshot,
// failure or snapshot after several commands is among them (tck.config.json marks those).
const PASSING = [
  'event-sourced/verify event sourced entity discovery',
  'event-sourced/verify initial empty state',
  'event-sourced/verify multiple emitted events',
  'event-sourced/verify single emitted event',
];

/** A PATH with only what the setup script needs before it looks for Python. */
function pathWithoutPython(): string {
  const bin = scratchDir();
  for (const tool of ['bash', 'sh', 'dirname', 'cat', 'sha256sum', 'cut']) {
    symlinkSync(join('/usr/bin', tool), join(bin, tool));
  }

  return bin;
}

describe('the python combination (Cloudstate Python support library 0.1.1)', () => {
  const reportDir = scratchDir();
  const combination = shippedCombination('python');
  let run: CliRun;
  let summary: SummaryFile;
  let caseIds: string[];

  beforeAll(async () => {
    run = await runCli(['--combination', 'python', '--report-dir', reportDir], RUN_LIMIT_MS);
    summary = readSummary(reportDir, 'python');
    caseIds = (await runCli(['--list'])).stdout.trim().split('\n');
  }, RUN_LIMIT_MS + 60_000);

  afterAll(() => rmSync(reportDir, { recursive: true, force: true }));

  test('exits 0 with every case passed, skipped or a known deviation', () => {
    const counts = lastJsonLine(run.stdout);

    expect(run.status).toBe(0);
    expect(counts).toMatchObject({ combination: 'python', failed: 0, errors: 0 });
    expect(summary.cases.map((tckCase) => tckCase.id).sort()).toEqual([...caseIds].sort());
    expect(Number(counts.passed) + Number(counts.skipped) + Number(counts.expectedFailures)).toBe(
      caseIds.length,
    );
    const passed = summary.cases.filter((tckCase) => tckCase.verdict === 'passed');
    expect(passed.map((tckCase) => tckCase.id).sort()).toEqual(PASSING);
  });

  test('skips the cases of missing features with the reasons the config gives', () => {
    const skips = combination.skips ?? [];
    expect(skips.length).toBeGreaterThan(0);

    for (const skip of skips) {
      const skipped = summary.cases.find((tckCase) => tckCase.id === skip.case);
      expect(skipped).toMatchObject({ verdict: 'skipped', note: skip.reason });
    }

    const marked = new Set(skips.map((skip) => skip.case));
    const unmarked = summary.cases.filter(
      (tckCase) => tckCase.verdict === 'skipped' && !marked.has(tckCase.id),
    );
    // Every other area is skipped because discovery does not declare its services.
    expect(unmarked.length).toBeGreaterThan(0);
    for (const tckCase of unmarked) {
      expect(tckCase.id).not.toMatch(/^event-sourced\//);
      expect(tckCase.note).toMatch(new RegExp(`^${NOT_IMPLEMENTED} \\(cloudstate\\.tck\\.`));
    }
  });

  test('reports the known deviations as expected failures, each with its evidence', () => {
    expectMarkedFailures(combination, summary.cases);
  });

  test("names the Python library in discovery's ServiceInfo", () => {
    expect(lastJsonLine(run.stdout).serviceInfo).toMatchObject({
      support_library_name: 'cloudstate-python-support',
    });
  });

  test('its setup is a quick no-op once the library is installed', () => {
    const script = join(packageRoot(), 'scripts/setup-python-library.sh');
    const started = Date.now();
    const setup = spawnSync('bash', [script], { encoding: 'utf8' });

    expect(setup.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('the python combination on a machine without Python', () => {
  test('stops with status 2 before starting anything, naming what to install', async () => {
    const run = await collect(
      startCli(['--combination', 'python', '--report-dir', scratchDir()], {
        PATH: pathWithoutPython(),
        CLOUDSTATE_TCK_CACHE: scratchDir(),
      }),
      60_000,
    );

    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'cloudstate-tck: The setup step of "python" failed (exit status 1)',
    );
    expect(run.stderr).toContain('Python 3 is not installed (no "python3" on PATH)');
    expect(run.stderr).toContain('[TCK_SETUP_FAILED]');
  });
});
