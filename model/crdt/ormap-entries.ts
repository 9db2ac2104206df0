import type { Msg, Value } from '../message';
import { isMsg, listField, messageField, primitiveString } from '../message';
import type { Crdt, CrdtFactory } from './crdt';
import { stringEntry } from './entries';
import { boolField } from './fields';
import { ProtocolError } from './protocol-error';
import { decodeString, decodeStrings, sortedStrings } from './strings';

/** An ORMapEntryDelta for one key. */
export function entryDelta(key: string, delta: Msg): Msg {
  return { key: primitiveString(key), delta };
}

/** The ORMapValue entries of a State, sorted by key like the reference. */
export function stateEntries(entries: ReadonlyMap<string, Crdt>): Msg[] {
  return sortedStrings(entries.keys()).map((key) => ({
    ...stringEntry('key', key),
    value: lookup(entries, key).state(),
  }));
}

/**
 * Applies an ORMapDelta in the reference's order: clear, remove, update existing keys (a missing
 * key is ignored), then add. An added key replaces any value it had.
 */
export function applyMapDelta(
  entries: ReadonlyMap<string, Crdt>,
  op: Msg,
  factory: CrdtFactory,
): ReadonlyMap<string, Crdt> {
  const result = new Map(boolField(op, 'cleared') ? [] : entries);

  decodeStrings(listField(op, 'removed')).forEach((key) => result.delete(key));

  for (const { key, delta } of listField(op, 'updated').map(readEntry)) {
    const current = result.get(key);

    if (current !== undefined) {
      result.set(key, current.applyDelta(delta));
    }
  }

  for (const { key, delta } of listField(op, 'added').map(readEntry)) {
    result.set(key, factory.fromDelta(delta));
  }

  return result;
}

export function lookup(entries: ReadonlyMap<string, Crdt>, key: string): Crdt {
  const value = entries.get(key);

  if (value === undefined) {
    throw new Error(`ORMap has no entry "${key}"`);
  }

  return value;
}

function readEntry(entry: Value): { key: string; delta: Msg } {
  const msg = isMsg(entry) ? entry : undefined;
  const delta = messageField(msg, 'delta');

  if (delta === undefined) {
    throw new ProtocolError('An ORMapEntryDelta must carry a delta');
  }

  return { key: decodeString(msg?.key), delta };
}
