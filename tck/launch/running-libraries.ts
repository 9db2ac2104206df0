/**
 * The libraries this run has started and not yet stopped. A signal ends the CLI before the
 * run's own clean-up can happen, and a library runs in its own process group, so without this
 * list it would outlive the TCK.
 */
type Stop = () => Promise<void>;

const running = new Set<Stop>();
let stopping = false;

/**
 * True once a signal or a crash is stopping everything: what the cases see from then on is the
 * TCK's own doing, not the library's, so it is neither printed nor reported.
 */
export function runIsStopping(): boolean {
  return stopping;
}

/** Remembers how to stop a library; the returned function forgets it again. */
export function trackLibrary(stop: Stop): () => void {
  running.add(stop);

  return () => {
    running.delete(stop);
  };
}

export async function stopRunningLibraries(): Promise<void> {
  stopping = true;
  const stops = [...running];
  running.clear();

  await Promise.allSettled(stops.map((stop) => stop()));
}
