import { expandPlaceholders } from '../config/placeholders';
import type { Subject } from '../run/subject';
import { LibraryProcess } from './library-process';
import type { RunningLibrary } from './running-library';
import { startContainer } from './start-container';

/**
 * Starts the subject's library as a process or a container, with HOST and PORT in its
 * environment; a library at an address is already running and gives undefined.
 */
export async function launchLibrary(
  subject: Subject,
  port: number,
): Promise<RunningLibrary | undefined> {
  const { library, libraryName: name } = subject;
  const env = { ...library.env, HOST: '127.0.0.1', PORT: String(port) };

  if (library.command !== undefined) {
    return new LibraryProcess({
      name,
      command: expandPlaceholders(library.command),
      cwd: subject.cwd,
      env,
    });
  }

  if (library.image !== undefined) {
    return startContainer({ name, image: library.image, args: library.args, env });
  }

  return undefined;
}
