import type { Value } from '../message';
import { ProtocolError } from './protocol-error';

/** Reads a 64-bit integer written as a number or a decimal string; absent means 0. */
export function readInt64(value: Value | undefined): bigint {
  if (value === undefined || value === null) {
    return 0n;
  }

  if (typeof value === 'number' && Number.isInteger(value)) {
    return BigInt(value);
  }

  if (typeof value === 'string' && /^-?\d+$/.test(value)) {
    return BigInt(value);
  }

  throw new ProtocolError(`Expected a 64-bit integer, got ${JSON.stringify(value)}`);
}

/** Writes a 64-bit integer the message-form way: a number while it is safe, a string beyond. */
export function writeInt64(value: bigint): number | string {
  const asNumber = Number(value);

  return Number.isSafeInteger(asNumber) ? asNumber : value.toString();
}

/** uint64 arithmetic wraps like the Java long behind the reference GCounter. */
export function asUint64(value: bigint): bigint {
  return BigInt.asUintN(64, value);
}

/** sint64 arithmetic wraps like the Java long behind the reference PNCounter. */
export function asInt64(value: bigint): bigint {
  return BigInt.asIntN(64, value);
}

export function compareInt64(a: bigint, b: bigint): number {
  if (a === b) {
    return 0;
  }

  return a < b ? -1 : 1;
}
