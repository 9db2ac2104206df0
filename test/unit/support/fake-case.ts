import type { Area, TckCase } from '../../../tck/cases/tck-case';
import type { CaseResult, Verdict } from '../../../tck/run/case-result';

/** A case with no steps: what selection and reports look at is its id, area and name. */
export function fakeCase(area: Area, name: string): TckCase {
  return {
    id: `${area}/${name}`,
    name,
    area,
    requires: [],
    steps: [],
    file: `fixtures/cases/${area}/${name.replace(/\W+/g, '-')}.yaml`,
  };
}

export function fakeResult(
  tckCase: TckCase,
  verdict: Verdict,
  extra: Partial<CaseResult> = {},
): CaseResult {
  return { tckCase, verdict, durationMs: 12, waitingMs: 0, transcript: [], ...extra };
}
