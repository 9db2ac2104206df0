import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../tck/package-root';
import type { Phase } from '../../tck/log/phase-times';

/** One CLI run's start-up, in milliseconds. */
export interface DockerStartupFigures {
  run: number;

  /** From spawning the CLI to its first case. */
  toFirstCaseMs: number;

  /** The implementation's own boot: from its container's start to the first discover answer. */
  bootMs: number;

  /** toFirstCaseMs - bootMs: what Docker and the TCK add. */
  overheadMs: number;

  /** Where the overhead goes, phase by phase. */
  untilImageReadyMs: number;
  launcherMs: number;
  createMs: number;
  startMs: number;
  afterDiscoverMs: number;
}

/** A case that needs a single short call, so the run ends soon after its first case. */
const ONE_CASE = 'value-entity/verify configured entity';

/**
 * Runs the CLI against the image as a user would, with the TCK's timings hook on, and reads
 * the phases it marked. Docker reports when the container's process began, so the boot of the
 * implementation itself can be taken out of the figure.
 */
export async function dockerBenchRun(run: number, image: string): Promise<DockerStartupFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'cloudstate-tck-bench-docker-'));
  const timings = join(dir, 'timings.jsonl');

  try {
    const spawnedAt = Date.now();
    await runCli(['--library', image, '--pull', 'never', '--filter', ONE_CASE], dir, timings);
    const at = readPhases(timings);
    const toFirstCaseMs = at('first-case') - spawnedAt;
    const bootMs = at('discovered') - at('container-started');

    return {
      run,
      toFirstCaseMs,
      bootMs,
      overheadMs: toFirstCaseMs - bootMs,
      untilImageReadyMs: at('image-ready') - spawnedAt,
      launcherMs: at('container-requested') - at('image-ready'),
      createMs: at('container-created') - at('container-requested'),
      startMs: at('container-started') - at('container-created'),
      afterDiscoverMs: at('first-case') - at('discovered'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runCli(args: string[], dir: string, timings: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['bin/cloudstate-tck.js', ...args, '--report-dir', join(dir, 'reports')],
    {
      cwd: packageRoot(),
      env: { ...process.env, CLOUDSTATE_TCK_TIMINGS: timings },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) =>
      status === 0
        ? resolve()
        : reject(new Error(`the CLI ended with status ${String(status)}: ${stderr.trim()}`)),
    );
  });
}

function readPhases(file: string): (phase: Phase) => number {
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const phases = new Map(
    lines.map((line) => {
      const { phase, at } = JSON.parse(line) as { phase: Phase; at: number };
      return [phase, at];
    }),
  );

  return (phase) => {
    const at = phases.get(phase);
    if (at === undefined) {
      throw new Error(`the CLI marked no "${phase}" phase; is dist/ built from these sources?`);
    }
    return at;
  };
}
