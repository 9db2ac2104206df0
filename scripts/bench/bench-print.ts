import type { BenchReport } from './bench-report';
import type { RunFigures } from './bench-run';

const HEADER = ['run', 'case phase', 'cases/s', 'waiting', 'harness', 'overhead'];
const CPU_HEADER = ['TCK CPU', 'library CPU'];

/** The console table: one row per run, then the medians and the targets. */
export function benchLines(report: BenchReport): string[] {
  const { machine, median, targets } = report;
  const rows = report.runs.map((run) => row(String(run.run), run));
  const medianRow = row('median', median);

  return [
    `cloudstate-tck bench: ${report.runs.length} run(s) of ${report.cases} cases against ` +
      `${report.subject}`,
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}`,
    '',
    ...table([[...HEADER, ...CPU_HEADER], ...rows, medianRow]),
    '',
    `median case phase ${seconds(median.casePhaseMs)} for ${report.cases} cases, ` +
      `${median.casesPerSecond.toFixed(1)} cases/s`,
    `waiting on the library ${ms(median.waitingMs)}, in the harness ${ms(median.harnessMs)}, ` +
      `overhead ${ratio(median.overhead)} (case phase / waiting)`,
    `target: ${report.cases} cases in at most ${seconds(targets.casePhase.limitMs)} ` +
      `(median): ${metText(targets.casePhase.met)} (${seconds(median.casePhaseMs)})`,
    `target: overhead at most ${ratio(targets.overhead.limit)}: ` +
      `${metText(targets.overhead.met)} (${ratio(median.overhead)})`,
  ];
}

type RowFigures = Pick<
  RunFigures,
  'casePhaseMs' | 'casesPerSecond' | 'waitingMs' | 'harnessMs' | 'overhead' | 'tckCpuMs'
> & { libraryCpuMs: number | null };

function row(label: string, figures: RowFigures): string[] {
  return [
    label,
    ms(figures.casePhaseMs),
    figures.casesPerSecond.toFixed(1),
    ms(figures.waitingMs),
    ms(figures.harnessMs),
    ratio(figures.overhead),
    ms(figures.tckCpuMs),
    figures.libraryCpuMs === null ? 'n/a' : ms(figures.libraryCpuMs),
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

function seconds(value: number): string {
  return `${(value / 1000).toFixed(2)} s`;
}

function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

function metText(met: boolean): string {
  return met ? 'met' : 'NOT met';
}
