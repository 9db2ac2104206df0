import * as grpc from '@grpc/grpc-js';
import type { Msg } from '../../model/message';
import type { Library } from '../drive/library';
import { TckError } from '../errors/tck-error';
import { isTckError } from '../errors/tck-error';
import { tckProxyInfo } from './proxy-info';
import type { RunningLibrary } from './running-library';

export interface DiscoveryWait {
  name: string;
  address: string;
  library: Library;
  process: RunningLibrary | undefined;
  timeoutMs: number;
}

const RETRY_MS = 100;

/**
 * Calls `discover` until the library answers, as the proxy does at start-up. A process that
 * exits, a server that does not implement the method, or an answer that is no EntitySpec fails
 * at once: waiting would not help.
 */
export async function awaitDiscovery(wait: DiscoveryWait): Promise<Msg> {
  const deadline = Date.now() + wait.timeoutMs;
  let lastError = 'no attempt finished';

  for (;;) {
    if (wait.process?.hasExited() === true) {
      throw exited(wait);
    }

    try {
      const attemptMs = Math.max(100, Math.min(5000, deadline - Date.now()));
      return await wait.library.discover(tckProxyInfo(), attemptMs);
    } catch (error) {
      if (isTckError(error)) {
        throw error;
      }
      const status = error as Partial<grpc.ServiceError>;
      if (status.code === grpc.status.UNIMPLEMENTED) {
        throw unimplemented(wait, status.details ?? '');
      }
      if (typeof status.code !== 'number') {
        throw undecodable(wait, error);
      }
      lastError = describe(status.code, status.details);
    }

    if (Date.now() >= deadline) {
      throw notAnswering(wait, lastError);
    }

    await Promise.race([sleep(RETRY_MS), wait.process?.whenExited() ?? sleep(RETRY_MS)]);
  }
}

function notAnswering(wait: DiscoveryWait, lastError: string): TckError {
  const advice =
    wait.process === undefined
      ? `Check that a library is running and listens at ${wait.address}.`
      : 'Check that it listens on the HOST and PORT it was given, or raise --time-factor.';

  return new TckError(
    'TCK_LIBRARY_START_FAILED',
    `Library "${wait.name}" did not answer discover at ${wait.address} within ` +
      `${wait.timeoutMs} ms; the last error was: ${lastError}. ${advice}` +
      lastLines(wait.process),
  );
}

function exited(wait: DiscoveryWait): TckError {
  return new TckError(
    'TCK_LIBRARY_EXITED',
    `Library "${wait.name}" exited before it answered discover (${wait.process?.exitText()}). ` +
      `${wait.process?.checkHint ?? 'Check it'} and the output below.` +
      lastLines(wait.process),
  );
}

function unimplemented(wait: DiscoveryWait, details: string): TckError {
  return new TckError(
    'TCK_DISCOVERY_FAILED',
    `Library "${wait.name}" at ${wait.address} answered ` +
      `/cloudstate.EntityDiscovery/discover with status UNIMPLEMENTED (${details}). ` +
      'It must serve the service cloudstate.EntityDiscovery with the method "discover", ' +
      'spelled in lower case as in the protocol.',
  );
}

/** Without a gRPC status the call went through, and only the answer's bytes were wrong. */
function undecodable(wait: DiscoveryWait, error: unknown): TckError {
  return new TckError(
    'TCK_DISCOVERY_FAILED',
    `Library "${wait.name}" at ${wait.address} answered /cloudstate.EntityDiscovery/discover ` +
      `with bytes that do not decode as a cloudstate.EntitySpec (${String(error)}). ` +
      'It must answer with a serialized EntitySpec.',
    { cause: error },
  );
}

/** grpc-js ends connection errors with an empty "Resolution note: ." that only confuses. */
function describe(code: grpc.status, details: string | undefined): string {
  const text = (details ?? '').replace(/\s*Resolution note:\s*\.?\s*$/, '').replace(/\.+$/, '');

  return `${grpc.status[code]} (${code}): ${text}`;
}

export function lastLines(process: RunningLibrary | undefined, count = 20): string {
  const lines = process?.output.last(count) ?? [];

  return lines.length === 0 ? '' : `\nLast output lines:\n  ${lines.join('\n  ')}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
