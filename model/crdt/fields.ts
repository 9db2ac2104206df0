import type { Msg } from '../message';
import { readInt64 } from './int64';

// The plain readers are shared with the other models; the CRDT model adds bigint and enum ones.
export { boolField, stringField } from '../shared/fields';

/** Reads an int64/uint64/sint64 field; absent means 0. */
export function int64Field(msg: Msg | undefined, field: string): bigint {
  return readInt64(msg?.[field]);
}

/** Reads an int32 field; absent means 0. */
export function int32Field(msg: Msg | undefined, field: string): number {
  const value = msg?.[field];

  return typeof value === 'number' ? value : 0;
}

/**
 * Reads an enum written by name (or, leniently, by number). Absent means the first name, the
 * proto default; a value outside `names` gives undefined, which callers treat as "unrecognised".
 */
export function enumField<T extends string>(
  msg: Msg | undefined,
  field: string,
  names: readonly T[],
): T | undefined {
  const value = msg?.[field];

  if (value === undefined || value === null) {
    return names[0];
  }

  if (typeof value === 'number') {
    return names[value];
  }

  return names.find((name) => name === value);
}

/** Whether a field is present at all: oneof members count even at their default value. */
export function hasField(msg: Msg | undefined, field: string): boolean {
  const value = msg?.[field];

  return value !== undefined && value !== null;
}
