import { TckError } from '../errors/tck-error';
import { requireDocker } from '../launch/docker-engine';
import { removeLabelled } from '../launch/remove-containers';
import { RUN_LABEL, TCK_LABEL } from '../launch/run-labels';

/**
 * `--cleanup`: removes every container of the TCK that a crashed or killed run left behind.
 * It cannot tell those from the containers of runs still going, so it is for when none is;
 * `--cleanup <run-id>` removes only the containers of that run.
 */
export async function cleanupContainers(
  which: true | string,
  print: (line: string) => void,
): Promise<number> {
  const docker = await requireDocker();
  const label = which === true ? `${TCK_LABEL}=true` : `${RUN_LABEL}=${which}`;
  const { removed, failed } = await removeLabelled(docker, label);

  print(`cloudstate-tck: removed ${removed} container(s) labelled ${label}.`);
  if (failed.length > 0) {
    throw new TckError(
      'TCK_CLEANUP_FAILED',
      `Could not remove ${failed.length} container(s): ${failed.join('; ')}. ` +
        `Check the engine (\`docker ps -a --filter label=${label}\`), then run --cleanup again.`,
    );
  }

  return 0;
}
