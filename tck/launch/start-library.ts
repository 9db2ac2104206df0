import type * as protobuf from 'protobufjs';
import type { Msg } from '../../model/message';
import { GrpcLibrary } from '../drive/grpc-library';
import { TckError } from '../errors/tck-error';
import { int64Field, stringField } from '../../model/shared/fields';
import { debugLog } from '../log/debug-log';
import { expandPlaceholders } from '../config/placeholders';
import { readEntitySpec } from '../run/discovered-spec';
import type { DiscoveredSpec } from '../run/discovered-spec';
import type { Subject } from '../run/subject';
import { awaitDiscovery } from './await-discovery';
import { freePort } from './free-port';
import { LibraryProcess } from './library-process';
import { tckVersion } from './proxy-info';
import { runSetup } from './run-setup';
import { trackLibrary } from './running-libraries';

const log = debugLog('launch');

export interface StartedLibrary {
  client: GrpcLibrary;
  process: LibraryProcess | undefined;
  spec: DiscoveredSpec;
  description: string;
  tckVersion: string;
  output(): string[];
  stop(): Promise<void>;
}

/** Setup (before the clock), start, then discovery: the library is ready when it answers. */
export async function startLibrary(
  subject: Subject,
  root: protobuf.Root,
  timing: { startupMs: number },
): Promise<StartedLibrary> {
  const { library, libraryName: name } = subject;

  if (library.setup !== undefined) {
    runSetup(name, expandPlaceholders(library.setup), subject.cwd);
  }

  const port = library.address === undefined ? await freePort() : undefined;
  const address = library.address ?? `127.0.0.1:${port}`;
  const child =
    library.command === undefined
      ? undefined
      : new LibraryProcess({
          name,
          command: expandPlaceholders(library.command),
          cwd: subject.cwd,
          env: { ...library.env, HOST: '127.0.0.1', PORT: String(port) },
        });

  const client = new GrpcLibrary(address, root);
  const stop = async (): Promise<void> => {
    untrack();
    client.close();
    await child?.stop();
  };
  const untrack = trackLibrary(stop);

  try {
    const entitySpec = await awaitDiscovery({
      name,
      address,
      library: client,
      process: child,
      timeoutMs: timing.startupMs,
    });
    const spec = readSpec(name, address, root, entitySpec);
    log?.({ implementation: name }, 'Discovered %d entities at %s', spec.entities.length, address);

    return {
      client,
      process: child,
      spec,
      description: describe(name, address, spec),
      tckVersion: tckVersion(),
      output: () => child?.output.last(5000) ?? [],
      stop,
    };
  } catch (error) {
    await stop();
    const failure =
      error instanceof TckError ? error : new TckError('TCK_LIBRARY_START_FAILED', String(error));
    failure.output = child?.output.last(5000) ?? [];
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
  const info = spec.serviceInfo;
  const libraryText = [
    stringField(info, 'support_library_name'),
    stringField(info, 'support_library_version'),
  ]
    .filter((part) => part !== '')
    .join(' ');
  const major = int64Field(info, 'protocol_major_version');
  const protocol = `${major}.${int64Field(info, 'protocol_minor_version')}`;
  const described = libraryText === '' ? 'unnamed support library' : libraryText;

  return `library "${name}" at ${address}: ${described}, protocol ${protocol}`;
}
