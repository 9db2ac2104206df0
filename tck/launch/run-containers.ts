import { debugLog } from '../log/debug-log';
import { dockerClient } from './docker-engine';
import { removeLabelled } from './remove-containers';
import { RUN_LABEL, runId } from './run-labels';
import { trackLibrary } from './running-libraries';

const log = debugLog('launch');

/** How long a sweep waits for a create call that is in flight, so that it can remove it too. */
const CREATE_GRACE_MS = 10_000;

const creating = new Set<Promise<unknown>>();
let sweepTracked = false;

/**
 * Notes a container create call in flight until `created` settles. A signal can come before the
 * engine has told us the container's id; the sweep then waits for the call, then removes
 * whatever carries this run's label.
 */
export function noteCreating(created: Promise<unknown>): void {
  const settled = created.then(
    () => undefined,
    () => undefined,
  );
  creating.add(settled);
  void settled.then(() => creating.delete(settled));

  if (!sweepTracked) {
    sweepTracked = true;
    trackLibrary(async () => {
      sweepTracked = false;
      await sweepRunContainers();
    });
  }
}

/** Removes every container of this CLI run; the last line of defence against leaks. */
export async function sweepRunContainers(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all([...creating]),
    new Promise((resolve) => (timer = setTimeout(resolve, CREATE_GRACE_MS))),
  ]);
  clearTimeout(timer);

  try {
    const { removed, failed } = await removeLabelled(
      await dockerClient(),
      `${RUN_LABEL}=${runId()}`,
    );
    log?.({}, 'Swept %d container(s) of run %s', removed, runId());
    failed.forEach((text) =>
      process.stderr.write(
        `cloudstate-tck: could not remove container ${text}; ` +
          '`npx cloudstate-tck --cleanup` removes it later.\n',
      ),
    );
  } catch (error) {
    log?.({}, 'Could not sweep the containers of run %s: %s', runId(), String(error));
  }
}
