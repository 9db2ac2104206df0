import { TckError } from '../errors/tck-error';
import { debugLog } from '../log/debug-log';
import { markPhase, timingsFile } from '../log/phase-times';
import { pauseAt } from '../run/pause-at';
import { dockerClient, reason } from './docker-engine';
import { LibraryContainer } from './library-container';
import { loadTestcontainers } from './load-testcontainers';
import { containerLabels } from './run-labels';
import { noteCreating, sweepRunContainers } from './run-containers';

const log = debugLog('launch');

export interface ContainerSpec {
  name: string;
  image: string;
  args: string[] | undefined;
  env: Record<string, string>;
}

/**
 * The engine's create and start is the engine's work, not the library's, so it has its own
 * allowance that --time-factor does not shrink: on a storage driver such as vfs, creating a
 * container alone can take several seconds.
 */
export const ENGINE_START_MS = 120_000;

/**
 * Creates and starts the library's container on the host network. testcontainers waits for
 * nothing beyond the start: readiness is the discover call, as for a process.
 */
export async function startContainer(
  spec: ContainerSpec,
  timeoutMs = ENGINE_START_MS,
): Promise<LibraryContainer> {
  const { GenericContainer } = await loadTestcontainers();
  let announceCreated = (): void => undefined;
  const created = new Promise<void>((resolve) => (announceCreated = resolve));

  class LabelledContainer extends GenericContainer {
    // Called between create and start: from here on a sweep can find the container.
    protected override async containerCreated(id: string): Promise<void> {
      log?.({ implementation: spec.name }, 'Created container %s', id.slice(0, 12));
      markPhase('container-created');
      announceCreated();
      await pauseAt('container-start');
    }
  }

  const container = new LabelledContainer(spec.image)
    .withNetworkMode('host')
    .withEnvironment(spec.env)
    .withLabels(containerLabels(spec.name))
    .withPullPolicy({ shouldPull: () => false });
  if (spec.args !== undefined) {
    container.withCommand(spec.args);
  }

  log?.({ implementation: spec.name }, 'Starting image "%s"...', spec.image);
  markPhase('container-requested');
  const starting = container.start();
  noteCreating(Promise.race([created, starting]));

  try {
    const started = await withinTime(starting, timeoutMs);
    const docker = await dockerClient();
    const library = new LibraryContainer(docker.getContainer(started.getId()), docker, spec);
    await markStarted(library);
    return library;
  } catch (error) {
    // A container that was created but could not start is still there.
    await sweepRunContainers();
    throw startFailed(spec, timeoutMs, error);
  }
}

/** For the Docker bench: when the engine says the container's process began. */
async function markStarted(library: LibraryContainer): Promise<void> {
  if (timingsFile() === undefined) {
    return;
  }

  try {
    const docker = await dockerClient();
    const info = await docker.getContainer(library.id).inspect();
    markPhase('container-started', Date.parse(info.State.StartedAt));
  } catch (error) {
    log?.({}, 'Could not read when the container started: %s', String(error));
  }
}

class StartTimeout extends Error {}

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartTimeout()), ms);
  });

  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function startFailed(spec: ContainerSpec, timeoutMs: number, error: unknown): TckError {
  const late = error instanceof StartTimeout;
  const why = late
    ? `the engine did not start it within ${timeoutMs} ms`
    : `the engine said: ${reason(error)}`;
  const advice = late
    ? 'Check that the engine is healthy (`docker info`) and not short of disk or memory.'
    : `Check the image, its entrypoint and args (\`${dockerRun(spec)}\` shows the same error).`;

  return new TckError(
    'TCK_CONTAINER_START_FAILED',
    `The container of "${spec.name}" (image "${spec.image}") could not start: ${why}. ${advice}`,
    { cause: error },
  );
}

function dockerRun(spec: ContainerSpec): string {
  const args = (spec.args ?? []).map((arg) => (/^[\w./:=-]+$/.test(arg) ? arg : `'${arg}'`));

  return ['docker run --network host', spec.image, ...args].join(' ');
}
