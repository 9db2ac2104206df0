import type { ChildProcess } from 'node:child_process';

/** Resolves once the CLI writes a line containing `text` to stderr; rejects if it ends first. */
export function stderrLine(cli: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    cli.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        resolve();
      }
    });
    cli.once('close', () => reject(new Error(`The CLI ended before "${text}":\n${seen}`)));
  });
}
