import type Docker from 'dockerode';
import type { PullPolicy } from '../config/tck-config';
import { TckError } from '../errors/tck-error';
import { debugLog } from '../log/debug-log';
import { pauseAt } from '../run/pause-at';
import { reason, requireDocker } from './docker-engine';
import { loadTestcontainers } from './load-testcontainers';

const log = debugLog('launch');

export interface ImageSpec {
  name: string;
  image: string;
  pull: PullPolicy;
}

/**
 * Makes sure the engine has the image, pulling it as the policy says. It runs before the
 * start-up clock, as a setup step does, so that a slow download never counts as a slow start.
 */
export async function prepareImage(spec: ImageSpec): Promise<void> {
  const docker = await requireDocker();
  const present = await hasImage(docker, spec.image);

  if (spec.pull === 'never' || (spec.pull === 'missing' && present)) {
    if (!present) {
      throw notFound(spec);
    }
    return;
  }

  log?.({ implementation: spec.name }, 'Pulling "%s" (pull: %s)...', spec.image, spec.pull);
  const pulling = pull(spec.image);
  await pauseAt('pull');
  const failure = await pulling;

  if (failure !== undefined) {
    throw pullFailed(spec, reason(failure), failure);
  }
  if (!(await hasImage(docker, spec.image))) {
    throw pullFailed(spec, 'the pull ended, but the engine does not have the image');
  }
}

/** testcontainers' pull, which finds registry credentials as the docker CLI does. */
async function pull(image: string): Promise<unknown> {
  try {
    const { getContainerRuntimeClient, ImageName } = await loadTestcontainers();
    const client = await getContainerRuntimeClient();
    await client.image.pull(ImageName.fromString(image), { force: true, platform: undefined });
    return undefined;
  } catch (error) {
    return error;
  }
}

async function hasImage(docker: Docker, image: string): Promise<boolean> {
  try {
    await docker.getImage(image).inspect();
    return true;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) {
      return false;
    }
    throw new TckError(
      'TCK_DOCKER_UNAVAILABLE',
      `The Docker engine could not look up image "${image}" (${reason(error)}). ` +
        'Check that the engine is healthy (`docker info`), then run again.',
      { cause: error },
    );
  }
}

function notFound(spec: ImageSpec): TckError {
  const build = spec.image.startsWith('cloudstate-tck/')
    ? ' The TCK builds its own images with `bash scripts/build-images.sh` in its clone.'
    : '';

  return new TckError(
    'TCK_IMAGE_NOT_FOUND',
    `Image "${spec.image}" of "${spec.name}" is not in the Docker engine, and its pull policy ` +
      `is "never". Build or load it (\`docker build\`, \`docker load\`), or allow a pull ` +
      `("pull": "missing" in the config, or --pull missing).${build}`,
  );
}

function pullFailed(spec: ImageSpec, why: string, cause?: unknown): TckError {
  return new TckError(
    'TCK_IMAGE_PULL_FAILED',
    `Pulling image "${spec.image}" of "${spec.name}" (pull: ${spec.pull}) failed: ${why}. ` +
      'Check the image name and that the registry can be reached (`docker pull ' +
      `${spec.image}\`), or build the image locally and use "pull": "never" (--pull never).`,
    { cause },
  );
}
