import * as grpc from '@grpc/grpc-js';
import type * as protobuf from 'protobufjs';
import type { Msg } from '../../model/message';
import { CALL_SHAPES } from '../cases/call-kinds';
import type { CallShape } from '../cases/call-kinds';
import type { CallKind } from '../cases/tck-case';
import { decodeMessage } from '../codec/decode';
import { encodeMessage } from '../codec/encode';
import type { CallEvent, LibraryCall } from './call-event';
import { EventQueue } from './event-queue';
import type { Library } from './library';

const raw = (bytes: Buffer): Buffer => bytes;

/** A user function reached over gRPC, as the proxy would reach it. */
export class GrpcLibrary implements Library {
  private readonly client: grpc.Client;

  constructor(
    readonly address: string,
    private readonly root: protobuf.Root,
  ) {
    this.client = new grpc.Client(address, grpc.credentials.createInsecure(), {
      'grpc.max_receive_message_length': 64 * 1024 * 1024,
    });
  }

  discover(proxyInfo: Msg, timeoutMs: number): Promise<Msg> {
    const request = Buffer.from(encodeMessage(this.root, 'cloudstate.ProxyInfo', proxyInfo));
    const deadline = Date.now() + timeoutMs;

    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        '/cloudstate.EntityDiscovery/discover',
        raw,
        raw,
        request,
        { deadline },
        (error, response) => {
          if (error !== null || response === undefined) {
            reject(error ?? new Error('discover returned no EntitySpec'));
            return;
          }
          try {
            resolve(decodeMessage(this.root, 'cloudstate.EntitySpec', response));
          } catch (cause) {
            reject(cause instanceof Error ? cause : new Error(String(cause)));
          }
        },
      );
    });
  }

  open(kind: CallKind): LibraryCall {
    return new GrpcCall(this.client, this.root, CALL_SHAPES[kind]);
  }

  close(): void {
    this.client.close();
  }
}

/**
 * Unary and server-streaming calls need their request when they start, so the call starts on
 * the first `send`; streaming inputs start at once.
 */
class GrpcCall implements LibraryCall {
  private readonly queue = new EventQueue();
  private stream: grpc.ClientWritableStream<Buffer> | undefined;
  private started: grpc.ClientUnaryCall | grpc.ClientReadableStream<Buffer> | undefined;

  constructor(
    private readonly client: grpc.Client,
    private readonly root: protobuf.Root,
    private readonly shape: CallShape,
  ) {
    if (shape.clientStreaming) {
      this.startStreamingInput();
    }
  }

  send(message: Msg): void {
    const bytes = Buffer.from(encodeMessage(this.root, this.shape.input, message));

    if (this.stream !== undefined) {
      this.stream.write(bytes);
    } else if (this.started === undefined) {
      this.startWithRequest(bytes);
    } else {
      throw new Error(`A ${this.shape.path} call takes one request only`);
    }
  }

  complete(): void {
    this.stream?.end();
  }

  cancel(): void {
    (this.stream ?? this.started)?.cancel();
  }

  next(timeoutMs: number): Promise<CallEvent> {
    return this.queue.next(timeoutMs);
  }

  private startStreamingInput(): void {
    const { path, serverStreaming } = this.shape;

    if (serverStreaming) {
      const duplex = this.client.makeBidiStreamRequest(path, raw, raw);
      this.listen(duplex);
      this.stream = duplex;
    } else {
      this.stream = this.client.makeClientStreamRequest(path, raw, raw, this.onUnary);
    }
  }

  private startWithRequest(request: Buffer): void {
    const { path, serverStreaming } = this.shape;

    if (serverStreaming) {
      const call = this.client.makeServerStreamRequest(path, raw, raw, request);
      this.listen(call);
      this.started = call;
    } else {
      this.started = this.client.makeUnaryRequest(path, raw, raw, request, this.onUnary);
    }
  }

  private readonly onUnary = (error: grpc.ServiceError | null, response?: Buffer): void => {
    if (error !== null) {
      this.queue.push({ kind: 'error', code: error.code, details: error.details });
      return;
    }

    this.queue.push(this.decoded(response ?? Buffer.alloc(0)));
    this.queue.push({ kind: 'complete' });
  };

  private listen(call: grpc.ClientReadableStream<Buffer>): void {
    call.on('data', (bytes: Buffer) => this.queue.push(this.decoded(bytes)));
    call.on('error', (error: grpc.ServiceError) =>
      this.queue.push({ kind: 'error', code: error.code, details: error.details }),
    );
    call.on('status', (status: grpc.StatusObject) => {
      if (status.code === grpc.status.OK) {
        this.queue.push({ kind: 'complete' });
      }
    });
  }

  private decoded(bytes: Buffer): CallEvent {
    try {
      return { kind: 'message', message: decodeMessage(this.root, this.shape.output, bytes) };
    } catch (cause) {
      return { kind: 'undecodable', bytes: bytes.toString('base64'), problem: String(cause) };
    }
  }
}
