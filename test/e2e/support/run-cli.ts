import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../../tck/package-root';

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A folder of its own for each test's reports and files, so that runs never share one. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'cloudstate-tck-e2e-'));
}

/**
 * Starts the built CLI from the package root, as a user would run it. A run that names no
 * report folder gets a fresh one outside the clone, so that the tests' deliberate failures
 * never land in the project's own reports/ for a CI glob to publish.
 */
export function startCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  const reports = args.includes('--report-dir') ? [] : ['--report-dir', scratchDir()];

  return spawn(process.execPath, ['bin/cloudstate-tck.js', ...args, ...reports], {
    cwd: packageRoot(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Runs the CLI to its end. A run that outlasts `limitMs` is killed, so that a hanging TCK fails
 * the test with what it printed instead of running into Jest's time-out.
 */
export function runCli(
  args: string[],
  limitMs = 240_000,
  env: Record<string, string> = {},
): Promise<CliRun> {
  const child = startCli(args, env);

  return collect(child, limitMs);
}

export function collect(child: ChildProcess, limitMs: number): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** The run's last stdout line: the summary, as JSON. */
export function lastJsonLine(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n');

  return JSON.parse(lines[lines.length - 1] ?? '') as Record<string, unknown>;
}
