import { spawn } from 'node:child_process';
import { TckError } from '../errors/tck-error';
import { tckCache } from '../config/placeholders';
import { debugLog } from '../log/debug-log';
import { trackLibrary } from './running-libraries';

const log = debugLog('launch');

/** Enough of a failed setup's output to see why; an install can print megabytes. */
const KEPT_OUTPUT_CHARS = 64_000;

interface SetupEnd {
  status: number | null;
  error?: Error;
}

/**
 * Runs an implementation's setup step (an install, a build) before the start-up clock starts,
 * so that a slow download never counts against the start-up timeout. It runs in a process
 * group of its own, which a signal to the TCK stops with it: a build left running would keep
 * CI waiting after the TCK has gone.
 */
export async function runSetup(name: string, command: string, cwd: string): Promise<void> {
  log?.({ implementation: name }, 'Running setup "%s"...', command);
  const child = spawn(command, {
    cwd,
    env: { ...process.env, CLOUDSTATE_TCK_CACHE: tckCache() },
    shell: true,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const keep = (chunk: Buffer): void => {
    output = `${output}${chunk.toString()}`.slice(-KEPT_OUTPUT_CHARS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const untrack = trackLibrary(() => {
    stopGroup(child.pid);
    return Promise.resolve();
  });
  const end = await new Promise<SetupEnd>((resolve) => {
    child.once('error', (error) => resolve({ status: null, error }));
    child.once('close', (status) => resolve({ status }));
  });
  untrack();

  if (end.status === 0) {
    log?.({ implementation: name }, 'Ran setup "%s"', command);
    return;
  }

  const lines = output.trim().split('\n').slice(-20);
  const why = end.error?.message ?? `exit status ${String(end.status)}`;
  throw new TckError(
    'TCK_SETUP_FAILED',
    `The setup step of "${name}" failed (${why}): ${command}\n  ${lines.join('\n  ')}`,
  );
}

function stopGroup(pid: number | undefined): void {
  if (pid === undefined) {
    return;
  }

  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
