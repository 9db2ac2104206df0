import type { Msg, Value } from '../message';
import {
  isMsg,
  PRIMITIVE_STRING_TYPE,
  PRIMITIVE_VALUE_KEY,
  primitiveString,
  TYPE_KEY,
} from '../message';
import { ProtocolError } from './protocol-error';

// CRDT elements, register values and map keys are strings carried as Cloudstate primitive
// strings (pstr) on the wire and as plain strings in the TCK model's own messages.

/** Decodes a pstr Any. The TCK model only ever holds strings, so anything else is an error. */
export function decodeString(value: Value | undefined): string {
  if (!isMsg(value) || value[TYPE_KEY] !== PRIMITIVE_STRING_TYPE) {
    throw new ProtocolError(`Expected a primitive string, got ${JSON.stringify(value)}`);
  }

  const text = value[PRIMITIVE_VALUE_KEY];

  return typeof text === 'string' ? text : '';
}

export function decodeStrings(values: Value[]): string[] {
  return values.map(decodeString);
}

/** Orders by UTF-16 code units, as Java's String.compareTo and the TCK's delta sort do. */
export function compareStrings(a: string, b: string): number {
  if (a === b) {
    return 0;
  }

  return a < b ? -1 : 1;
}

export function sortedStrings(values: Iterable<string>): string[] {
  return [...values].sort(compareStrings);
}

/** Sorted pstr Anys: the order the TCK's delta sort would give, so expectations match as-is. */
export function encodeSorted(values: Iterable<string>): Msg[] {
  return sortedStrings(values).map(primitiveString);
}
