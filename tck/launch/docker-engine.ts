import type Docker from 'dockerode';
import { TckError } from '../errors/tck-error';

const PING_MS = 5000;

let client: Docker | undefined;

/** dockerode's ping takes options, with an abort signal; its types leave them out. */
interface Pinging {
  ping(options: { abortSignal: AbortSignal }): Promise<unknown>;
}

/**
 * Dockerode reads DOCKER_HOST (and its TLS settings) as the docker CLI does. It is loaded only
 * when a run needs Docker: it takes a fifth of a second, which runs without Docker would pay.
 */
export async function dockerClient(): Promise<Docker> {
  if (client === undefined) {
    const { default: Dockerode } = await import('dockerode');
    client = new Dockerode();
  }

  return client;
}

export function engineAddress(): string {
  return process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
}

/** The engine, once it has answered a ping; without one nothing else can work. */
export async function requireDocker(): Promise<Docker> {
  const docker = await dockerClient();

  try {
    await (docker as unknown as Pinging).ping({ abortSignal: AbortSignal.timeout(PING_MS) });
  } catch (error) {
    throw new TckError(
      'TCK_DOCKER_UNAVAILABLE',
      `No Docker engine answers at ${engineAddress()} (${reason(error)}). ` +
        'Start one (Docker Desktop, `sudo systemctl start docker`, or in a clone of the TCK ' +
        '`bash scripts/ensure-docker.sh`), or point DOCKER_HOST at a running engine.',
      { cause: error },
    );
  }

  return docker;
}

/** Docker's own message, without the stack or the HTTP framing around it. */
export function reason(error: unknown): string {
  const json = (error as { json?: { message?: unknown } }).json;
  if (typeof json?.message === 'string') {
    return json.message;
  }

  const text = error instanceof Error ? error.message : String(error);

  return text.replace(/^\(HTTP code \d+\)\s*[^-]*-\s*/, '').trim();
}
