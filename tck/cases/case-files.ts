import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../package-root';
import type { TckCase } from './tck-case';

/** A fixture file as parsed, before validation. */
export interface RawCaseFile {
  path: string;
  data: unknown;
}

export function defaultCasesDir(): string {
  return join(packageRoot(), 'fixtures', 'cases');
}

/** Where the build keeps the parsed fixtures: parsing 156 YAML files costs most of a second. */
export function compiledCasesPath(): string {
  return join(packageRoot(), 'dist', 'fixtures', 'cases.json');
}

export function caseFilePaths(casesDir: string): string[] {
  return readdirSync(casesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => join(casesDir, file));
}

export function parseCaseFiles(casesDir: string): RawCaseFile[] {
  return caseFilePaths(casesDir).map((path) => ({
    path,
    data: parse(readFileSync(path, 'utf8')) as unknown,
  }));
}

/** Stores cases that passed validation, so that later loads can trust them as they are. */
export function writeCompiledCases(cases: TckCase[], target: string): void {
  writeFileSync(target, JSON.stringify(cases));
}

/** The compiled fixtures, unless a YAML file is newer than them or the set of files changed. */
export function readCompiledCases(casesDir: string): TckCase[] | undefined {
  const compiled = compiledCasesPath();
  if (!existsSync(compiled)) {
    return undefined;
  }

  const builtAt = statSync(compiled).mtimeMs;
  const paths = caseFilePaths(casesDir);
  if (paths.some((path) => statSync(path).mtimeMs > builtAt)) {
    return undefined;
  }

  const cases = JSON.parse(readFileSync(compiled, 'utf8')) as TckCase[];
  const root = packageRoot();
  const same =
    cases.length === paths.length &&
    cases.every((tckCase, i) => join(root, tckCase.file) === paths[i]);

  return same ? cases : undefined;
}
