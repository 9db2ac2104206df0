import * as grpc from '@grpc/grpc-js';

const raw = (bytes: Buffer): Buffer => bytes;

/** How long a test waits for one thing before it fails instead of hanging. */
export const WAIT_MS = 3000;

/** What the proxy's side of one call saw, in arrival order. */
export interface Seen {
  messages: Buffer[];
  headers: grpc.Metadata | undefined;
  status: grpc.StatusObject | undefined;
}

/**
 * Plays the proxy on one bidirectional call, as the real proxy would call its user function:
 * raw bytes, so that direct and relayed calls compare byte for byte.
 */
export class ProxyStream {
  readonly seen: Seen = { messages: [], headers: undefined, status: undefined };
  private readonly client: grpc.Client;
  private readonly call: grpc.ClientDuplexStream<Buffer, Buffer>;
  private readonly waiters: (() => void)[] = [];

  constructor(address: string, path: string, metadata = new grpc.Metadata()) {
    this.client = new grpc.Client(address, grpc.credentials.createInsecure());
    this.call = this.client.makeBidiStreamRequest(path, raw, raw, metadata);
    this.call.on('metadata', (headers: grpc.Metadata) =>
      this.note(() => (this.seen.headers = headers)),
    );
    this.call.on('data', (bytes: Buffer) => this.note(() => this.seen.messages.push(bytes)));
    this.call.on('error', () => undefined);
    this.call.on('status', (status: grpc.StatusObject) =>
      this.note(() => (this.seen.status = status)),
    );
  }

  send(bytes: Buffer): void {
    this.call.write(bytes);
  }

  halfClose(): void {
    this.call.end();
  }

  cancel(): void {
    this.call.cancel();
  }

  /** Waits until `count` messages have arrived in all. */
  messages(count: number): Promise<Buffer[]> {
    return this.until(() => this.seen.messages.length >= count, `${count} message(s)`).then(
      () => this.seen.messages,
    );
  }

  status(): Promise<grpc.StatusObject> {
    return this.until(() => this.seen.status !== undefined, 'the status').then(
      () => this.seen.status as grpc.StatusObject,
    );
  }

  close(): void {
    this.client.close();
  }

  private note(update: () => unknown): void {
    update();
    this.waiters.splice(0).forEach((wake) => wake());
  }

  private async until(done: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    while (!done()) {
      if (Date.now() > deadline) {
        throw new Error(`The proxy waited ${WAIT_MS} ms for ${what} in vain`);
      }
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, 50);
      });
    }
  }
}

/** Resolves when the promise does, or fails the test after WAIT_MS. */
export function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen in ${WAIT_MS} ms`)), WAIT_MS);
  });

  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
