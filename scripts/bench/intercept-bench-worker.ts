import { parentPort, workerData } from 'node:worker_threads';
import { protoRoot } from '../../tck/codec/proto-root';
import { interleavedRoundTrips } from './intercept-bench-run';
import type { BenchWorkerData } from './intercept-bench-thread';

/**
 * The streams' side of the bench, on a thread of its own: the proxy the two streams stand for
 * is another process in real use, so its work must not queue behind the interceptor's.
 */
const { addresses, counts } = workerData as BenchWorkerData;

interleavedRoundTrips(protoRoot(), addresses, counts).then(
  (times) => parentPort?.postMessage({ times }),
  (error: unknown) =>
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
