import type { Msg, Value } from '../message';
import { writeInt64 } from './int64';

// Each builder gives `{ [field]: value }`, or `{}` when the value is the default that the message
// form leaves out, so that messages are assembled by spreading entries.

export function stringEntry(field: string, value: string): Msg {
  return value === '' ? {} : { [field]: value };
}

export function boolEntry(field: string, value: boolean): Msg {
  return value ? { [field]: true } : {};
}

export function int64Entry(field: string, value: bigint): Msg {
  return value === 0n ? {} : { [field]: writeInt64(value) };
}

export function int32Entry(field: string, value: number): Msg {
  return value === 0 ? {} : { [field]: value };
}

export function listEntry(field: string, values: Value[]): Msg {
  return values.length === 0 ? {} : { [field]: values };
}

export function messageEntry(field: string, value: Msg | undefined): Msg {
  return value === undefined ? {} : { [field]: value };
}

/** An enum written by name; the first name of its declaration is the default. */
export function enumEntry(field: string, value: string, defaultName: string): Msg {
  return value === defaultName ? {} : { [field]: value };
}
