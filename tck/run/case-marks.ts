import type { MarkedCase } from '../config/tck-config';
import type { TckCase } from '../cases/tck-case';

/** The combination's verdicts decided in advance: cases to skip, and known deviations. */
export interface CaseMarks {
  expectedFailures: MarkedCase[];
  skips: MarkedCase[];
}

export function findMark(marks: MarkedCase[], tckCase: TckCase): MarkedCase | undefined {
  return marks.find((mark) =>
    mark.case !== undefined ? mark.case === tckCase.id : mark.area === tckCase.area,
  );
}
