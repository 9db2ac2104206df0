import { TckError } from '../errors/tck-error';
import type { TckCase } from './tck-case';

/** `--filter`: a plain text matches anywhere in the case id, `/…/` is a regular expression. */
export function selectCases(cases: TckCase[], filter: string | undefined): TckCase[] {
  if (filter === undefined) {
    return cases;
  }

  const matches = filterMatcher(filter);
  const selected = cases.filter((tckCase) => matches(tckCase.id));
  if (selected.length === 0) {
    throw new TckError(
      'TCK_NO_CASES_SELECTED',
      `The filter "${filter}" matches no case id. Run with --list to see the ids.`,
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
