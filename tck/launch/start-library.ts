import type * as protobuf from 'protobufjs';
import type { Msg } from '../../model/message';
import { GrpcLibrary } from '../drive/grpc-library';
import { TckError } from '../errors/tck-error';
import { debugLog } from '../log/debug-log';
import { libraryVersions } from '../report/versions';
import { expandPlaceholders } from '../config/placeholders';
import { markPhase } from '../log/phase-times';
import { readEntitySpec } from '../run/discovered-spec';
import type { DiscoveredSpec } from '../run/discovered-spec';
import type { Subject } from '../run/subject';
import { awaitDiscovery } from './await-discovery';
import { freePort } from './free-port';
import { launchLibrary } from './launch-library';
import { prepareImage } from './prepare-image';
import { tckVersion } from './proxy-info';
import { runSetup } from './run-setup';
import { trackLibrary } from './running-libraries';
import type { RunningLibrary } from './running-library';

const log = debugLog('launch');

export interface StartedLibrary {
  client: GrpcLibrary;
  /** The library the TCK started, a process or a container; undefined for an address. */
  process: RunningLibrary | undefined;
  spec: DiscoveredSpec;
  description: string;
  tckVersion: string;
  output(): string[];
  stop(): Promise<void>;
}

/**
 * Setup and pull (before the clock), start, then discovery: the library is ready when it
 * answers. Whatever was started is stopped again when the start fails.
 */
export async function startLibrary(
  subject: Subject,
  root: protobuf.Root,
  timing: { startupMs: number },
): Promise<StartedLibrary> {
  const { library, libraryName: name } = subject;

  if (library.setup !== undefined) {
    await runSetup(name, expandPlaceholders(library.setup), subject.cwd);
  }

  if (library.image !== undefined) {
    await prepareImage({ name, image: library.image, pull: library.pull ?? 'missing' });
    markPhase('image-ready');
  }

  const port = library.address === undefined ? await freePort() : 0;
  const address = library.address ?? `127.0.0.1:${port}`;
  const client = new GrpcLibrary(address, root);
  let running: RunningLibrary | undefined;
  const stop = async (): Promise<void> => {
    untrack();
    client.close();
    await running?.stop();
  };
  const untrack = trackLibrary(stop);

  try {
    running = await launchLibrary(subject, port);
    const entitySpec = await awaitDiscovery({
      name,
      address,
      library: client,
      process: running,
      timeoutMs: timing.startupMs,
    });
    markPhase('discovered');
    const spec = readSpec(name, address, root, entitySpec);
    log?.({ implementation: name }, 'Discovered %d entities at %s', spec.entities.length, address);
    const where = library.image === undefined ? address : `${address} (image ${library.image})`;

    return {
      client,
      process: running,
      spec,
      description: describe(name, where, spec),
      tckVersion: tckVersion(),
      output: () => running?.output.last(5000) ?? [],
      stop,
    };
  } catch (error) {
    await stop();
    const failure =
      error instanceof TckError ? error : new TckError('TCK_LIBRARY_START_FAILED', String(error));
    failure.output = running?.output.last(5000) ?? [];
    throw failure;
  }
}

/** The descriptor set's own error does not know which library sent it. */
function readSpec(
  name: string,
  address: string,
  root: protobuf.Root,
  entitySpec: Msg,
): DiscoveredSpec {
  try {
    return readEntitySpec(root, entitySpec);
  } catch (error) {
    if (error instanceof TckError) {
      throw new TckError(error.code, `Library "${name}" at ${address}: ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
}

function describe(name: string, address: string, spec: DiscoveredSpec): string {
  const library = libraryVersions(spec.serviceInfo);

  return `library "${name}" at ${address}: ${library.supportLibrary}, protocol ${library.protocol}`;
}
