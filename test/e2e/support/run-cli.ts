import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = join(__dirname, '../../..');

/** Runs the built CLI as a user would, in the package root, with a bounded wait. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 120_000,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/cloudstate-tck.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** The summary the CLI prints as its last stdout line. */
export function lastJsonLine(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n');

  return JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, unknown>;
}
