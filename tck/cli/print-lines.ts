/**
 * Prints lines to stdout. When the reader goes away (the output piped into `head`, say) the
 * run still goes on to its end and writes its reports, which CI reads from disk; only the
 * printing stops.
 */
export function stdoutPrinter(): (line: string) => void {
  let closed = false;

  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      throw error;
    }

    if (!closed) {
      closed = true;
      process.stderr.write(
        'cloudstate-tck: the output was closed (EPIPE); the run goes on and writes its reports.\n',
      );
    }
  });

  return (line: string): void => {
    if (!closed) {
      process.stdout.write(`${line}\n`);
    }
  };
}
