import type * as Testcontainers from 'testcontainers';

/**
 * testcontainers, loaded only when a run needs Docker: it pulls in an ESM-only dependency that
 * the unit tests' runner cannot load, and costs a few hundred milliseconds to load.
 */
export async function loadTestcontainers(): Promise<typeof Testcontainers> {
  // Its reaper (ryuk) is an image that must be pulled, which fails offline; the TCK removes its
  // containers itself instead (stop, the run-label sweep on signals, and --cleanup).
  process.env.TESTCONTAINERS_RYUK_DISABLED = 'true';

  // Inside a container it looks for the bridge network's gateway, which an engine without a
  // bridge lacks. The TCK's containers use the host network, so the host is loopback.
  process.env.TESTCONTAINERS_HOST_OVERRIDE ??= '127.0.0.1';

  return import('testcontainers');
}
