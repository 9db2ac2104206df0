import type Docker from 'dockerode';
import { Writable } from 'node:stream';
import { debugLog } from '../log/debug-log';
import { reason } from './docker-engine';
import { OutputLog } from './output-log';
import type { RunningLibrary } from './running-library';

const log = debugLog('launch');

/** How long an exit waits for the rest of the container's log to arrive. */
const LOG_TAIL_MS = 1000;

/** How long stop() waits for the engine to confirm the container's end. */
const STOP_WAIT_MS = 5000;

export interface ContainerIdentity {
  name: string;
  image: string;
}

/**
 * A user function running in a container that the TCK started. Its output comes from the
 * container's log and its exit from the engine's `wait`, so discovery and the library run treat
 * it exactly as a local process.
 */
export class LibraryContainer implements RunningLibrary {
  readonly output = new OutputLog();
  readonly pid = undefined;
  readonly checkHint = 'Check its image (entrypoint, args)';
  private exitCode: number | null | undefined;
  private readonly exited: Promise<void>;
  private readonly abort = new AbortController();
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly container: Docker.Container,
    private readonly docker: Docker,
    readonly identity: ContainerIdentity,
  ) {
    const logEnded = this.followLog();
    this.exited = this.waitForExit(logEnded);
  }

  get id(): string {
    return this.container.id;
  }

  hasExited(): boolean {
    return this.exitCode !== undefined;
  }

  whenExited(): Promise<void> {
    return this.exited;
  }

  exitText(): string {
    if (this.exitCode === undefined) {
      return 'still running';
    }

    return `exit status ${this.exitCode ?? 'unknown'}`;
  }

  /**
   * Removes the container, killing it first. Nothing is read from it afterwards, and a process
   * that runs as a container's PID 1 ignores SIGTERM unless it handles it, so a polite stop
   * would mostly just cost its grace period.
   */
  stop(): Promise<void> {
    this.stopping ??= this.remove();

    return this.stopping;
  }

  private async remove(): Promise<void> {
    try {
      await this.container.remove({ force: true });
      log?.({ implementation: this.identity.name }, 'Removed container %s', this.shortId());
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status !== 404 && status !== 409) {
        process.stderr.write(
          `cloudstate-tck: could not remove container ${this.shortId()} of ` +
            `"${this.identity.name}" (${reason(error)}); ` +
            '`npx cloudstate-tck --cleanup` removes it later.\n',
        );
      }
    }

    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise((r) => (timer = setTimeout(r, STOP_WAIT_MS)))]);
    clearTimeout(timer);

    // The log and wait requests would otherwise keep the CLI alive if the engine never answers.
    this.abort.abort();
  }

  private async waitForExit(logEnded: Promise<void>): Promise<void> {
    let code: number | null = null;
    try {
      const result = (await this.container.wait({ abortSignal: this.abort.signal })) as {
        StatusCode?: unknown;
      };
      code = typeof result.StatusCode === 'number' ? result.StatusCode : null;
    } catch {
      // Removed or aborted: the container is gone either way, with no status to tell.
    }

    let timer: NodeJS.Timeout | undefined;
    await Promise.race([logEnded, new Promise((r) => (timer = setTimeout(r, LOG_TAIL_MS)))]);
    clearTimeout(timer);

    this.exitCode = code;
    log?.({ implementation: this.identity.name }, 'Exited with %s', this.exitText());
  }

  /** Resolves when the log ends, which the engine does when the container stops. */
  private async followLog(): Promise<void> {
    try {
      const stream = await this.container.logs({
        follow: true,
        stdout: true,
        stderr: true,
        abortSignal: this.abort.signal,
      });
      const sink = new Writable({
        write: (chunk: Buffer, _encoding, done) => {
          this.output.append(chunk.toString());
          done();
        },
      });
      this.docker.modem.demuxStream(stream, sink, sink);

      await new Promise<void>((resolve) => {
        stream.once('end', resolve);
        stream.once('close', resolve);
        stream.once('error', () => resolve());
      });
    } catch (error) {
      if (!this.abort.signal.aborted) {
        this.output.append(
          `cloudstate-tck: could not read the container's log: ${reason(error)}\n`,
        );
      }
    }
  }

  private shortId(): string {
    return this.container.id.slice(0, 12);
  }
}
