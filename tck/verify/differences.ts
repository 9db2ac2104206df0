import { isMsg } from '../../model/message';
import type { Value } from '../../model/message';

/**
 * The dotted paths at which two messages in message form differ. With `partial`, only the
 * fields the expected message lists are looked at (and, in lists, only its items).
 */
export function differences(expected: Value, received: Value, partial = false): string[] {
  const paths: string[] = [];
  walk(expected, received, '', partial, paths);

  return paths;
}

function walk(
  expected: Value,
  received: Value,
  path: string,
  partial: boolean,
  out: string[],
): void {
  if (Array.isArray(expected) && Array.isArray(received)) {
    const length = partial ? expected.length : Math.max(expected.length, received.length);
    for (let i = 0; i < length; i += 1) {
      walk(expected[i] ?? null, received[i] ?? null, `${path}[${i}]`, partial, out);
    }
    return;
  }

  if (isMsg(expected) && isMsg(received)) {
    const keys = partial
      ? Object.keys(expected)
      : [...new Set([...Object.keys(expected), ...Object.keys(received)])];
    for (const key of keys) {
      walk(expected[key] ?? null, received[key] ?? null, join(path, key), partial, out);
    }
    return;
  }

  if (expected !== received) {
    out.push(path === '' ? '(message)' : path);
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
