import { libraryVersions, proxyVersions } from '../versions';
import type { CombinationColumn, ComplianceMatrix } from './compliance-matrix';
import { mdRow, mdText } from './markdown-text';

const NONE = '—';

const COLUMNS = [
  'Combination',
  'Library',
  'Support library',
  'Protocol',
  'Runtime',
  'Service',
  'Proxy',
  'TCK',
];

/** The title, and the TCK that made the reports: one line, or each version when they differ. */
export function header(matrix: ComplianceMatrix): string {
  const byVersion = new Map<string, string[]>();
  for (const { name, summary } of matrix.combinations) {
    const key = `TCK ${summary.tckVersion}, checking Cloudstate protocol ${summary.protocol}`;
    byVersion.set(key, [...(byVersion.get(key) ?? []), name]);
  }

  const count = counting(matrix.combinations.length, 'combination');
  const versions = [...byVersion.entries()];
  const line =
    versions.length === 1
      ? `${mdText(versions[0]?.[0] ?? '')}, over ${count}.`
      : `The combinations were run by different TCK versions, so compare them with care: ` +
        versions
          .map(([key, names]) => `${mdText(key)} (${names.map(mdText).join(', ')})`)
          .join('; ') +
        '.';

  return `# Cloudstate TCK compliance\n\n${line}`;
}

/** What each library said of itself, and the proxy of its run. */
export function versionsSection(matrix: ComplianceMatrix): string {
  const rows = matrix.combinations.map(({ name, summary }) => {
    const started = Object.keys(summary.serviceInfo).length > 0;
    const library = libraryVersions(summary.serviceInfo);
    const proxy = proxyCell(summary.proxyInfo);

    return mdRow([
      mdText(name),
      mdText(summary.library),
      started ? mdText(library.supportLibrary) : NONE,
      started ? mdText(library.protocol) : NONE,
      text(started ? library.runtime : ''),
      text(started ? library.service : ''),
      proxy,
      mdText(summary.tckVersion),
    ]);
  });

  return [
    '## Versions',
    '',
    'What each library said of itself in its ServiceInfo, and the proxy the run had.',
    '',
    mdRow(COLUMNS),
    mdRow(COLUMNS.map(() => '---')),
    ...rows,
  ].join('\n');
}

/** In a library run the TCK plays the proxy; summaries from before proxyInfo show none. */
function proxyCell(proxyInfo: CombinationColumn['summary']['proxyInfo']): string {
  if (proxyInfo === undefined || Object.keys(proxyInfo).length === 0) {
    return NONE;
  }

  const proxy = proxyVersions(proxyInfo);

  return mdText(`${proxy.proxy}, protocol ${proxy.protocol}`);
}

function text(value: string): string {
  return value === '' ? NONE : mdText(value);
}

function counting(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
