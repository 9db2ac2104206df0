import { stopRunningLibraries } from '../launch/running-libraries';

const SIGNAL_NUMBER = { SIGINT: 2, SIGTERM: 15 } as const;

/**
 * Node ends at SIGINT or SIGTERM without any clean-up, and a library runs in its own process
 * group or in a container, so neither signal would reach it. This stops the library first,
 * then exits with the status a shell gives a process ended by the signal. A second signal
 * exits at once.
 */
export function stopOnSignal(): void {
  let stopping = false;

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      const status = 128 + SIGNAL_NUMBER[signal];
      if (stopping) {
        process.exit(status);
      }

      stopping = true;
      process.stderr.write(`cloudstate-tck: ${signal}: stopping the library, then exiting.\n`);
      void stopRunningLibraries().then(() => process.exit(status));
    });
  }

  stopOnCrash();
}

/**
 * An error nothing caught would end Node at once and leave the library running; it is stopped
 * first here. A closed stdout is handled where the lines are printed; stderr closing is not.
 */
function stopOnCrash(): void {
  let crashed = false;

  process.on('uncaughtException', (error) => {
    if (crashed) {
      return;
    }

    crashed = true;
    const closed = (error as NodeJS.ErrnoException).code === 'EPIPE';
    try {
      process.stderr.write(
        closed
          ? 'cloudstate-tck: the output was closed (EPIPE): stopping the library, then exiting.\n'
          : `cloudstate-tck: internal error, please report it: ${String(error)}\n`,
      );
    } catch {
      // stderr is gone too; the exit status still tells.
    }
    void stopRunningLibraries().then(() => process.exit(2));
  });
}
