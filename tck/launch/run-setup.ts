import { spawnSync } from 'node:child_process';
import { TckError } from '../errors/tck-error';
import { tckCache } from '../config/placeholders';
import { debugLog } from '../log/debug-log';

const log = debugLog('launch');

/**
 * Runs an implementation's setup step (an install, a build) before the start-up clock starts,
 * so that a slow download never counts against the start-up timeout.
 */
export function runSetup(name: string, command: string, cwd: string): void {
  log?.({ implementation: name }, 'Running setup "%s"...', command);
  const result = spawnSync(command, {
    cwd,
    env: { ...process.env, CLOUDSTATE_TCK_CACHE: tckCache() },
    shell: true,
    encoding: 'utf8',
    stdio: 'pipe',
  });

  if (result.status === 0) {
    log?.({ implementation: name }, 'Ran setup "%s"', command);
    return;
  }

  const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-20);
  const why = result.error?.message ?? `exit status ${String(result.status)}`;
  throw new TckError(
    'TCK_SETUP_FAILED',
    `The setup step of "${name}" failed (${why}): ${command}\n  ${output.join('\n  ')}`,
  );
}
