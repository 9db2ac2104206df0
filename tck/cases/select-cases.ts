import { TckError } from '../errors/tck-error';
import type { TckCase } from './tck-case';

/**
 * `--filter`: a plain text matches anywhere in the case id, case-sensitively, and `/…/` is a
 * regular expression. Several filters select the cases any of them matches.
 */
export function selectCases(cases: TckCase[], filters: string | string[] | undefined): TckCase[] {
  const list = filters === undefined ? [] : [filters].flat();
  if (list.length === 0) {
    return cases;
  }

  const matchers = list.map(filterMatcher);
  const selected = cases.filter((tckCase) => matchers.some((matches) => matches(tckCase.id)));
  if (selected.length === 0) {
    const named = list.map((filter) => `"${filter}"`).join(', ');
    const subject =
      list.length === 1 ? `The filter ${named} matches` : `The filters ${named} match`;
    throw new TckError(
      'TCK_NO_CASES_SELECTED',
      `${subject} no case id. Run with --list to see the ids.`,
    );
  }

  return selected;
}

function filterMatcher(filter: string): (id: string) => boolean {
  if (filter.length > 1 && filter.startsWith('/') && filter.endsWith('/')) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(filter.slice(1, -1));
    } catch (cause) {
      throw new TckError('TCK_USAGE', `The filter ${filter} is no valid regular expression.`, {
        cause,
      });
    }
    return (id) => pattern.test(id);
  }

  return (id) => id.includes(filter);
}
