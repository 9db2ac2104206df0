import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RoundTrips } from './intercept-bench-run';

export interface BenchWorkerData {
  addresses: { direct: string; relayed: string };
  counts: { roundTrips: number; warmUp: number };
}

type Answer = { times: RoundTrips } | { error: string };

/** Runs the interleaved streams in a worker thread; see intercept-bench-worker.ts for why. */
export function roundTripsInWorker(data: BenchWorkerData): Promise<RoundTrips> {
  const worker = new Worker(join(__dirname, 'intercept-bench-worker.js'), { workerData: data });

  return new Promise<RoundTrips>((resolve, reject) => {
    worker.once('message', (answer: Answer) =>
      'times' in answer ? resolve(answer.times) : reject(new Error(answer.error)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the bench thread exited with ${code}`)));
  }).finally(() => void worker.terminate());
}
