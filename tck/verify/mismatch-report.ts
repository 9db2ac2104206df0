import { diff } from 'jest-diff';
import type { Msg } from '../../model/message';

/** Expected and received side by side as readable JSON, with the differing fields named. */
export function mismatchReport(expected: Msg, received: Msg, paths: string[]): string {
  const fieldList = paths.map((path) => `  ≠ ${path}`).join('\n');
  const sideBySide =
    diff(expected, received, {
      aAnnotation: 'Expected',
      bAnnotation: 'Received',
      expand: true,
      includeChangeCounts: false,
    }) ?? '';

  return `differing fields:\n${fieldList}\n${sideBySide}`;
}
