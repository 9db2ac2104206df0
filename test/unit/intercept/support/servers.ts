import * as grpc from '@grpc/grpc-js';
import * as http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { referenceServer } from '../../../../fixtures/user-functions/reference/reference-server';
import { createReferenceModel } from '../../../../model/reference';
import { protoRoot } from '../../../../tck/codec/proto-root';

const raw = (bytes: Buffer): Buffer => bytes;

export interface TestServer {
  address: string;
  stop(): Promise<void>;
}

/** The reference user function, served in this process on a free loopback port. */
export function startReference(): Promise<TestServer> {
  return serve(referenceServer(createReferenceModel(), protoRoot()));
}

export type DuplexHandler = (call: grpc.ServerDuplexStream<Buffer, Buffer>) => void;

/** A library of our own whose one method does what the test scripts, bytes in and out. */
export function startScripted(path: string, handler: DuplexHandler): Promise<TestServer> {
  const server = new grpc.Server();
  server.register(path, handler, raw, raw, 'bidi');

  return serve(server);
}

function serve(server: grpc.Server): Promise<TestServer> {
  return new Promise((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => {
      if (error !== null) {
        reject(error);
        return;
      }
      resolve({
        address: `127.0.0.1:${port}`,
        stop: () => shutDown(server),
      });
    });
  });
}

/**
 * A library that cancels: it answers the first message with one message of its own and then
 * resets the stream with CANCEL, which grpc-js servers cannot do, hence plain HTTP/2.
 */
export function startResetting(reply: Buffer): Promise<TestServer> {
  const server = http2.createServer();
  server.on('stream', (stream) => {
    stream.once('data', () => {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' });
      stream.write(frame(reply), () => stream.close(http2.constants.NGHTTP2_CANCEL));
    });
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        address: `127.0.0.1:${port}`,
        stop: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** A gRPC length-prefixed message: no compression flag, then the length, then the bytes. */
function frame(message: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt32BE(message.length, 1);

  return Buffer.concat([header, message]);
}

/** Lets calls finish for a moment, then cuts them off, so that a hung call cannot hang a test. */
function shutDown(server: grpc.Server): Promise<void> {
  return new Promise((done) => {
    const cutOff = setTimeout(() => {
      server.forceShutdown();
      done();
    }, 1000);
    server.tryShutdown(() => {
      clearTimeout(cutOff);
      done();
    });
  });
}
