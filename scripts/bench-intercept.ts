import { Command, InvalidArgumentError } from 'commander';
import { join, relative, resolve } from 'node:path';
import { protoRoot } from '../tck/codec/proto-root';
import { loadConfig } from '../tck/config/load-config';
import { startInterceptor } from '../tck/intercept';
import { startLibrary } from '../tck/launch/start-library';
import { packageRoot } from '../tck/package-root';
import { chooseSubject } from '../tck/run/subject';
import { STARTUP_MS } from '../tck/run/tck-run';
import {
  interceptBenchReport,
  interceptLines,
  writeIntercept,
} from './bench/intercept-bench-report';
import { interleavedRoundTrips } from './bench/intercept-bench-run';
import { roundTripsInWorker } from './bench/intercept-bench-thread';

// Bounded, so that a mistyped count cannot run for hours.
const MAX_ROUND_TRIPS = 100_000;

interface Options {
  roundTrips: number;
  warmUp: number;
  sameThread: boolean;
  out: string;
}

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function count(min: number) {
  return (text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > MAX_ROUND_TRIPS) {
      throw new InvalidArgumentError(
        `it must be a whole number from ${min} to ${MAX_ROUND_TRIPS}.`,
      );
    }

    return value;
  };
}

/**
 * `npm run bench:intercept`: the latency the interceptor adds per relayed message, measured
 * side by side against the reference user function. A missed target is a figure, not a
 * failure; the exit status is 2 only when the bench cannot run.
 */
async function main(argv: string[]): Promise<number> {
  const options = new Command('bench:intercept')
    .option('--round-trips <n>', 'measured round trips on each stream', count(1), 2000)
    .option('--warm-up <n>', 'round trips first run and dropped', count(0), 200)
    .option('--same-thread', "run the streams on the interceptor's thread, for comparison", false)
    .option('--out <file>', 'the bench file to add the figures to', 'reports/bench.json')
    .parse(argv, { from: 'user' })
    .opts<Options>();

  const root = protoRoot();
  const subject = chooseSubject(
    { combination: 'reference', reportDir: 'reports', list: false, timeFactor: 1 },
    () => loadConfig(join(packageRoot(), 'tck.config.json')),
  );
  const library = await startLibrary(subject, root, { startupMs: STARTUP_MS });

  try {
    const interceptor = await startInterceptor({
      target: library.client.address,
      root,
      implementation: subject.libraryName,
    });

    try {
      print(`cloudstate-tck bench:intercept: ${library.description}`);
      const counts = { roundTrips: options.roundTrips, warmUp: options.warmUp };
      const addresses = { direct: library.client.address, relayed: interceptor.address };
      const times = options.sameThread
        ? await interleavedRoundTrips(root, addresses, counts)
        : await roundTripsInWorker({ addresses, counts });
      const violations = interceptor.violations.length;
      const layout = options.sameThread ? 'same-thread' : 'proxy-thread';
      const report = interceptBenchReport(library.description, layout, counts, times, violations);
      const out = resolve(options.out);

      writeIntercept(out, report);
      interceptLines(report).forEach(print);
      print(`wrote intercept to ${relative(process.cwd(), out)}`);
    } finally {
      await interceptor.stop();
    }
  } finally {
    await library.stop();
  }

  return 0;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench:intercept: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
