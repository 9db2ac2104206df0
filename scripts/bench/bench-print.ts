import type { BenchReport, Medians } from './bench-report';

const HEADER = [
  ['run', 'case phase', 'cases/s', 'waiting', 'harness', 'overhead'],
  ['loop idle', 'by idle', 'TCK CPU', 'library CPU', 'other CPU'],
].flat();

type RowFigures = Omit<Medians, 'startupMs'>;

/** The console table: one row per run, then the medians and the targets. */
export function benchLines(report: BenchReport): string[] {
  const { machine, median, targets } = report;
  const overhead = targets.overhead;
  const rows = report.runs.map((run) => row(String(run.run), run));

  return [
    `cloudstate-tck bench: ${report.runs.length} run(s) of ${report.cases} cases against ` +
      `${report.subject}`,
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}`,
    '',
    ...table([HEADER, ...rows, row('median', median)]),
    '',
    `median case phase ${seconds(median.casePhaseMs)} for ${report.cases} cases: ` +
      `${median.casesPerSecond.toFixed(1)} cases/s (start-up ${ms(median.startupMs)} apart)`,
    `waiting on the library ${ms(median.waitingMs)}, in the harness ${ms(median.harnessMs)}: ` +
      `overhead ${ratio(median.overhead)}`,
    `event loop idle ${ms(median.idleMs)}: overhead by idle time ${ratio(median.overheadByIdle)}` +
      ' (waiting also holds the TCK\u2019s own gRPC and decoding work; see reports/bench.json)',
    `target: ${report.cases} cases in at most ${seconds(targets.casePhase.limitMs)} ` +
      `(median): ${metText(targets.casePhase.met)} (${seconds(median.casePhaseMs)})`,
    `target: overhead at most ${ratio(overhead.limit)}: ${metText(overhead.met)} ` +
      `(${ratio(overhead.median)})`,
    `stricter reading, not the target: overhead by idle time ${ratio(overhead.medianByIdle)}` +
      ` would ${overhead.metByIdle ? '' : 'not '}meet it`,
  ];
}

function row(label: string, figures: RowFigures): string[] {
  return [
    label,
    ms(figures.casePhaseMs),
    figures.casesPerSecond.toFixed(1),
    ms(figures.waitingMs),
    ms(figures.harnessMs),
    ratio(figures.overhead),
    ms(figures.idleMs),
    ratio(figures.overheadByIdle),
    ms(figures.tckCpuMs),
    orNone(figures.libraryCpuMs),
    orNone(figures.otherCpuMs),
  ];
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((cells) => (cells[column] ?? '').length)),
  );
  const pad = (cell: string, column: number): string => {
    const width = widths?.[column] ?? 0;

    return column === 0 ? cell.padEnd(width) : cell.padStart(width);
  };

  return rows.map((cells) => cells.map(pad).join('  '));
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function orNone(value: number | null): string {
  return value === null ? 'n/a' : ms(value);
}

function seconds(value: number): string {
  return `${(value / 1000).toFixed(2)} s`;
}

function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

function metText(met: boolean): string {
  return met ? 'met' : 'NOT met';
}
