import { Command, InvalidArgumentError } from 'commander';
import { relative, resolve } from 'node:path';
import { dockerBenchRun } from './bench/docker-bench-run';
import type { DockerStartupFigures } from './bench/docker-bench-run';
import {
  dockerStartupLines,
  dockerStartupReport,
  writeDockerStartup,
} from './bench/docker-bench-report';

interface Options {
  runs: number;
  image: string;
  out: string;
}

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new InvalidArgumentError('it must be a whole number above 0, such as 1 or 5.');
  }

  return value;
}

/**
 * `npm run bench:docker`: the start-up overhead of a Docker-launched library, from the CLI's
 * start to its first case, minus the implementation's own boot. A missed target is a figure,
 * not a failure; the exit status is 2 only when a run cannot start.
 */
async function main(argv: string[]): Promise<number> {
  const options = new Command('bench:docker')
    .option('--runs <n>', 'how many CLI runs to time', positiveInteger, 5)
    .option('--image <image>', 'the library image', 'cloudstate-tck/reference:0.1.0')
    .option('--out <file>', 'the bench file to add the figures to', 'reports/bench.json')
    .parse(argv, { from: 'user' })
    .opts<Options>();

  print(`cloudstate-tck bench:docker: timing ${options.runs} start-up(s) of ${options.image}...`);
  const runs: DockerStartupFigures[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    runs.push(await dockerBenchRun(run, options.image));
  }

  const report = dockerStartupReport(options.image, runs);
  const out = resolve(options.out);
  writeDockerStartup(out, report);

  dockerStartupLines(report).forEach(print);
  print(`wrote dockerStartup to ${relative(process.cwd(), out)}`);

  return 0;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench:docker: ${error instanceof Error ? error.message : String(error)}\n` +
        'If the image is missing, run `bash scripts/build-images.sh` first.\n',
    );
    process.exitCode = 2;
  },
);
