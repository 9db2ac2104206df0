import type { Value } from '../message';
import { isMsg } from '../message';

/**
 * Proto equality of two values in the message form. It forgives what the form may vary in
 * without changing the message: default scalars or empty lists written out, and int64s as
 * numbers or strings. Presence of sub-messages still counts, as it does in proto equality.
 */
export function sameMessage(a: Value | undefined, b: Value | undefined): boolean {
  if (isMsg(a) && isMsg(b)) {
    const fields = new Set([...Object.keys(a), ...Object.keys(b)]);

    return [...fields].every((field) => sameMessage(a[field], b[field]));
  }

  if (Array.isArray(a) || Array.isArray(b)) {
    const left = Array.isArray(a) ? a : [];
    const right = Array.isArray(b) ? b : [];

    return left.length === right.length && left.every((item, i) => sameMessage(item, right[i]));
  }

  return sameScalar(a, b);
}

type Scalar = string | number | boolean | null | undefined;

function sameScalar(a: Value | undefined, b: Value | undefined): boolean {
  return isScalar(a) && isScalar(b) && normalScalar(a) === normalScalar(b);
}

function isScalar(value: Value | undefined): value is Scalar {
  return value === undefined || value === null || typeof value !== 'object';
}

/** A defaulted scalar becomes '', and an integer its decimal digits, whatever its form. */
function normalScalar(value: Scalar): string {
  const integer =
    (typeof value === 'number' && Number.isInteger(value)) ||
    (typeof value === 'string' && /^-?\d+$/.test(value));
  const text = integer ? String(BigInt(value)) : String(value);

  return ['', '0', 'false', 'null', 'undefined'].includes(text) ? '' : text;
}
