import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TckCase } from '../cases/tck-case';
import { TckError } from '../errors/tck-error';
import type { CaseMarks } from '../run/case-marks';

/**
 * A mark that names no case would do nothing, silently: a misspelt skip lets the case fail, a
 * misspelt expected failure hides nothing but still claims to. Both are config errors, as are
 * evidence that is not where the mark says and a case both skipped and expected to fail.
 */
export function checkMarks(
  combination: string,
  marks: CaseMarks,
  cases: TckCase[],
  baseDir: string,
): void {
  const ids = new Set(cases.map((tckCase) => tckCase.id));
  const areas = new Set<string>(cases.map((tckCase) => tckCase.area));
  const problems: string[] = [];

  const checkCase = (where: string, id: string | undefined): void => {
    if (id !== undefined && !ids.has(id)) {
      problems.push(`${where}.case "${id}" is not a case id`);
    }
  };

  marks.skips.forEach((mark, index) => {
    checkCase(`skips[${index}]`, mark.case);
    const first = marks.skips.findIndex(
      (other) => (other.case ?? other.area) === (mark.case ?? mark.area),
    );
    if (first < index) {
      problems.push(`skips[${index}] marks what skips[${first}] already does`);
    }
    if (mark.area !== undefined && !areas.has(mark.area)) {
      problems.push(`skips[${index}].area "${mark.area}" is not one of ${[...areas].join(', ')}`);
    }
  });

  marks.expectedFailures.forEach((mark, index) => {
    checkCase(`expectedFailures[${index}]`, mark.case);
    const skip = marks.skips.findIndex(
      (other) => other.case === mark.case || other.area === mark.case?.split('/')[0],
    );
    if (skip >= 0) {
      // A skip wins, so the deviation the mark documents would never be checked again.
      problems.push(`expectedFailures[${index}] is also skipped by skips[${skip}]`);
    }
    if (mark.evidence !== undefined && !isFile(resolve(baseDir, mark.evidence))) {
      problems.push(
        `expectedFailures[${index}].evidence "${mark.evidence}" is not a file in ${baseDir}`,
      );
    }
  });

  if (problems.length > 0) {
    throw new TckError(
      'TCK_CONFIG_INVALID',
      `Combination "${combination}" has marks that cannot hold: ${problems.join('; ')}. ` +
        'Run with --list for the case ids, give evidence paths relative to the config file, ' +
        'and mark each case once.',
    );
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
