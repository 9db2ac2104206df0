import { AREAS } from '../../cases/tck-case';
import { debugLog } from '../../log/debug-log';
import { COUNT_OF, emptyCounts } from '../run-summary';
import type { Counts } from '../run-summary';
import { mergeCase } from './case-cell';
import type { Cell } from './case-cell';
import { parseJunit } from './junit-file';
import type { JunitFile } from './junit-file';
import { readReportDir } from './report-files';
import type { CombinationFiles } from './report-files';
import { evidenceHref, transcriptHref } from './report-links';
import { parseSummary } from './summary-file';
import type { SummaryFile } from './summary-file';

const log = debugLog('report');

export interface ComplianceOptions {
  /**
   * The folder the config's evidence paths are relative to (the config file's folder), or a
   * base URL such as a repository's web view. Default: the current directory, where the
   * default ./tck.config.json lives.
   */
  evidenceRoot?: string;

  /**
   * Only these combinations' folders, as a matrix run asks for the ones it just ran: the
   * report directory may also hold older runs. Default: every combination's folder.
   */
  combinations?: string[];
}

/** One combination's column: its summary, its start-up error if any, and a cell per case. */
export interface CombinationColumn {
  /** The report folder's name. */
  name: string;
  summary: SummaryFile;
  startupError?: { code: string; message: string };

  /** By case id; a case the run did not have is `not-run` or `not-started`. */
  cells: Map<string, Cell>;

  /** Where summary.json and junit.xml disagree about the run as a whole. */
  problems: string[];
}

export interface CaseRow {
  id: string;

  /** The name the Scala TCK gives the case, without its area. */
  name: string;
}

export interface AreaRows {
  area: string;
  cases: CaseRow[];
}

export interface ComplianceMatrix {
  combinations: CombinationColumn[];
  areas: AreaRows[];
}

interface ReadCombination {
  files: CombinationFiles;
  summary: SummaryFile;
  junit: JunitFile;
}

/** Reads every combination's report under reportDir and lines their verdicts up by case. */
export function complianceMatrix(
  reportDir: string,
  options: ComplianceOptions = {},
): ComplianceMatrix {
  const read = readReportDir(reportDir, options.combinations).map((files) => ({
    files,
    summary: parseSummary(files),
    junit: parseJunit(files),
  }));
  log?.({}, 'read the reports of %d combinations in %s', read.length, reportDir);

  const areas = caseRows(read);
  const ids = areas.flatMap((area) => area.cases.map((row) => row.id));
  const links = { reportDir, evidenceRoot: options.evidenceRoot ?? process.cwd() };

  return { combinations: read.map((combination) => column(combination, ids, links)), areas };
}

interface Links {
  reportDir: string;
  evidenceRoot: string;
}

function column(
  { files, summary, junit }: ReadCombination,
  ids: string[],
  links: Links,
): CombinationColumn {
  const fromSummary = new Map((summary.cases ?? []).map((c) => [c.id, c]));
  const fromJunit = new Map(junit.cases.map((c) => [c.id, c]));
  const startupError = summary.startupError ?? junit.startupError;
  const cells = new Map<string, Cell>();

  for (const id of ids) {
    const cell = mergeCase(fromSummary.get(id), fromJunit.get(id));
    const notRun = cell.kind === 'not-run';
    cells.set(
      id,
      notRun && startupError !== undefined
        ? { kind: 'not-started' }
        : withLinks(cell, id, files.name, links),
    );
  }

  const problems = [...startupProblems(summary, junit), ...countProblems(summary)];
  for (const problem of problems) {
    log?.({ implementation: files.name }, '%s', problem);
  }

  return {
    name: files.name,
    summary,
    ...(startupError === undefined ? {} : { startupError }),
    cells,
    problems,
  };
}

/** A case that did not pass links its transcript; an expected failure also its evidence. */
function withLinks(cell: Cell, id: string, combination: string, links: Links): Cell {
  const transcript = ['failed', 'error', 'expected-failure'].includes(cell.kind)
    ? transcriptHref(links.reportDir, combination, id)
    : undefined;
  const evidence =
    cell.evidence === undefined
      ? undefined
      : evidenceHref(links.reportDir, links.evidenceRoot, cell.evidence);

  return {
    ...cell,
    ...(transcript === undefined ? {} : { transcriptHref: transcript }),
    ...(evidence === undefined ? {} : { evidenceHref: evidence }),
  };
}

/** Areas in the TCK's own order, then any others by name; cases in the order the runs had. */
function caseRows(read: ReadCombination[]): AreaRows[] {
  const byArea = new Map<string, CaseRow[]>();
  const seen = new Set<string>();

  for (const { summary, junit } of read) {
    for (const { id } of [...(summary.cases ?? []), ...junit.cases]) {
      if (seen.has(id)) {
        continue;
      }
      seen.add(id);

      const slash = id.indexOf('/');
      const area = id.slice(0, slash);
      const rows = byArea.get(area) ?? [];
      rows.push({ id, name: id.slice(slash + 1) });
      byArea.set(area, rows);
    }
  }

  const known: readonly string[] = AREAS;
  const order = [
    ...AREAS.filter((area) => byArea.has(area)),
    ...[...byArea.keys()].filter((area) => !known.includes(area)).sort(),
  ];

  return order.map((area) => ({ area, cases: byArea.get(area) ?? [] }));
}

function startupProblems(summary: SummaryFile, junit: JunitFile): string[] {
  const inSummary = summary.startupError?.code;
  const inJunit = junit.startupError?.code;

  if (inSummary === inJunit) {
    return [];
  }

  const said = (code: string | undefined): string =>
    code === undefined ? 'has no start-up error' : `says the run could not start (${code})`;

  return [`summary.json ${said(inSummary)}, junit.xml ${said(inJunit)}`];
}

/** summary.json's own totals must match the cases it lists, or one of them was changed. */
function countProblems(summary: SummaryFile): string[] {
  const listed = emptyCounts();
  for (const summaryCase of summary.cases ?? []) {
    listed[COUNT_OF[summaryCase.verdict]] += 1;
  }

  const differ = (Object.keys(listed) as (keyof Counts)[]).filter(
    (key) => listed[key] !== summary[key],
  );
  if (differ.length === 0) {
    return [];
  }

  const text = (counts: Counts): string => differ.map((key) => `${counts[key]} ${key}`).join(', ');

  return [`summary.json counts ${text(summary)}, but its cases list ${text(listed)}`];
}
