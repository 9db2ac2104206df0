/**
 * Prints lines to stdout. When the reader goes away (the output piped into `head`, say) the
 * run still goes on to its end and writes its reports, which CI reads from disk; only the
 * printing stops. The same holds for stderr, which `2>&1 | head` closes along with stdout.
 */
export function stdoutPrinter(): (line: string) => void {
  let closed = false;

  ignoreClosedStderr();
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      throw error;
    }

    if (!closed) {
      closed = true;
      process.stderr.write(
        'cloudstate-tck: the output was closed (EPIPE); the run goes on to its end.\n',
      );
    }
  });

  return (line: string): void => {
    if (!closed) {
      process.stdout.write(`${line}\n`);
    }
  };
}

/** Writes to a closed stderr fail quietly: there is no one left to tell. */
function ignoreClosedStderr(): void {
  process.stderr.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      throw error;
    }
  });
}
