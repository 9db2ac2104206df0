import { Command, InvalidArgumentError } from 'commander';

export interface BenchOptions {
  runs: number;
  out: string;
}

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new InvalidArgumentError('it must be a whole number above 0, such as 1 or 5.');
  }

  return value;
}

/** `npm run bench -- --runs N`; CI passes `--runs 1` as a smoke test. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  return new Command('bench')
    .description('Times the library run against the reference user function.')
    .option('--runs <n>', 'how many library runs to time', positiveInteger, 5)
    .option('--out <file>', 'where the figures go', 'reports/bench.json')
    .parse(argv, { from: 'user' })
    .opts<BenchOptions>();
}
