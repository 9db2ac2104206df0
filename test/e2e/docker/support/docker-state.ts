import Docker from 'dockerode';
import { randomUUID } from 'node:crypto';

/** The images scripts/build-images.sh builds; the tests use them under their real names. */
export const REFERENCE_IMAGE = 'cloudstate-tck/reference:0.1.0';
export const GO_IMAGE = 'cloudstate-tck/go-library:0.3.0';

const docker = new Docker();

/**
 * Fails the test, never skips it, when an image is missing: a quiet skip would let a CI
 * without the images pass the Docker tests.
 */
export async function requireImage(image: string): Promise<void> {
  try {
    await docker.getImage(image).inspect();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) {
      throw new Error(
        `The image ${image} is missing. Run \`bash scripts/build-images.sh\` (it builds the ` +
          "TCK's images), then run these tests again.",
      );
    }
    throw error;
  }
}

/** A run id of the test's own, passed as CLOUDSTATE_TCK_RUN_ID, to find the run's containers. */
export function testRunId(name: string): string {
  return `e2e-${name}-${randomUUID().slice(0, 8)}`;
}

/** The containers, running or not, that a run left behind. */
export async function containersOfRun(runId: string): Promise<string[]> {
  const found = await docker.listContainers({
    all: true,
    filters: { label: [`cloudstate-tck.run=${runId}`] },
  });

  return found.map((info) => info.Id.slice(0, 12));
}

/** A test that failed midway must not leave its containers to the next one. */
export async function removeContainersOfRun(runId: string): Promise<void> {
  const found = await docker.listContainers({
    all: true,
    filters: { label: [`cloudstate-tck.run=${runId}`] },
  });

  await Promise.allSettled(
    found.map((info) => docker.getContainer(info.Id).remove({ force: true })),
  );
}
