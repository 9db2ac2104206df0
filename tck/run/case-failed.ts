import type { CaseFailure } from './case-result';

/** Thrown inside a case's execution to stop it at the first failing step. */
export class CaseFailed extends Error {
  constructor(readonly failure: CaseFailure) {
    super(failure.reason);
    this.name = 'CaseFailed';
  }
}
