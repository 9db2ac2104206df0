import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { slug } from '../write-reports';

/**
 * Where evidence paths point: the config's marks name files such as
 * `docs/deviations/x.md` relative to the config file's folder, which the report directory does
 * not record. A base URL (a repository's web view) makes links that work wherever the report is
 * read; a folder makes links relative to the report directory.
 */
export type EvidenceRoot = string;

const WEB_URL = /^https?:\/\//i;

/** The href of an evidence file, from the report directory where compliance.md lives. */
export function evidenceHref(reportDir: string, root: EvidenceRoot, evidence: string): string {
  if (WEB_URL.test(evidence)) {
    return encodeParens(encodeURI(evidence));
  }

  if (WEB_URL.test(root)) {
    return `${root.replace(/\/*$/, '/')}${encodePath(evidence.replace(/^\/+/, ''))}`;
  }

  const target = isAbsolute(evidence) ? evidence : resolve(root, evidence);

  return encodePath(relative(resolve(reportDir), target).split(sep).join('/'));
}

/** The href of a case's transcript, when the run wrote one. */
export function transcriptHref(
  reportDir: string,
  combination: string,
  caseId: string,
): string | undefined {
  const file = `${slug(caseId)}.txt`;
  if (!existsSync(join(reportDir, combination, 'transcripts', file))) {
    return undefined;
  }

  return encodePath(`${combination}/transcripts/${file}`);
}

/**
 * Each segment encoded, so that spaces, `#`, `?` and brackets stay part of the path, and the
 * href can stand in a markdown link as it is.
 */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeParens(encodeURIComponent(segment)))
    .join('/');
}

function encodeParens(text: string): string {
  return text.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
