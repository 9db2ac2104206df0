import { writeBenchSection } from './bench-file';
import { median } from './bench-report';
import type { DockerStartupFigures } from './docker-bench-run';

const TARGET_OVERHEAD_MS = 1000;

type Figure = Exclude<keyof DockerStartupFigures, 'run'>;

export interface DockerStartupReport {
  createdAt: string;
  image: string;
  runs: DockerStartupFigures[];
  median: Record<Figure, number>;
  target: { text: string; limitMs: number; medianMs: number; met: boolean };
  notes: string[];
}

const FIGURES: Figure[] = [
  'toFirstCaseMs',
  'bootMs',
  'overheadMs',
  'untilImageReadyMs',
  'launcherMs',
  'createMs',
  'startMs',
  'afterDiscoverMs',
];

const NOTES = [
  'toFirstCaseMs runs from spawning the CLI to its first case; bootMs from the start of the ' +
    "container's process (Docker's State.StartedAt) to the first discover answer, polled " +
    'every 100 ms; overheadMs is the difference: what Docker and the TCK add.',
  'untilImageReadyMs: Node, the CLI, the engine ping and the image check; launcherMs: loading ' +
    'testcontainers and choosing a port; createMs and startMs: the engine creating and ' +
    "starting the container (createMs grows with the image's size on copying storage " +
    'drivers such as vfs); afterDiscoverMs: reading the discovery answer.',
];

export function dockerStartupReport(
  image: string,
  runs: DockerStartupFigures[],
): DockerStartupReport {
  const medians = Object.fromEntries(
    FIGURES.map((figure) => [figure, median(runs.map((run) => run[figure]))]),
  ) as Record<Figure, number>;

  return {
    createdAt: new Date().toISOString(),
    image,
    runs,
    median: medians,
    target: {
      text: 'Docker start-up overhead (median) at most 1 s',
      limitMs: TARGET_OVERHEAD_MS,
      medianMs: medians.overheadMs,
      met: medians.overheadMs <= TARGET_OVERHEAD_MS,
    },
    notes: NOTES,
  };
}

/** Adds the figures to the bench file under `dockerStartup`, keeping what `npm run bench` put. */
export function writeDockerStartup(file: string, report: DockerStartupReport): void {
  writeBenchSection(file, 'dockerStartup', report);
}

export function dockerStartupLines(report: DockerStartupReport): string[] {
  const header = ['run', ...FIGURES.map((figure) => figure.replace(/Ms$/, ''))];
  const rows = report.runs.map((run) => [String(run.run), ...FIGURES.map((f) => ms(run[f]))]);
  const all = [header, ['median', ...FIGURES.map((f) => ms(report.median[f]))], ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  ');
  const { target } = report;

  return [
    `cloudstate-tck bench:docker: ${report.runs.length} start-up(s) of ${report.image}`,
    '',
    line(header),
    ...rows.map(line),
    line(all[1] ?? []),
    '',
    `Docker start-up overhead ${ms(target.medianMs)} (median; to the first case ` +
      `${ms(report.median.toFirstCaseMs)}, minus the image's own boot ` +
      `${ms(report.median.bootMs)})`,
    `target: at most ${ms(target.limitMs)}: ${target.met ? 'met' : 'NOT met'}`,
  ];
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}
