import { stopRunningLibraries } from '../launch/running-libraries';

const SIGNAL_NUMBER = { SIGINT: 2, SIGTERM: 15 } as const;

/**
 * Node ends at SIGINT or SIGTERM without any clean-up, and a library runs in its own process
 * group, so neither signal would reach it. This stops the library first, then exits with the
 * status a shell gives a process ended by the signal. A second signal exits at once.
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
}
