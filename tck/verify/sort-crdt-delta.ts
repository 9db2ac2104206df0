import { PRIMITIVE_STRING_TYPE, PRIMITIVE_VALUE_KEY, TYPE_KEY, isMsg } from '../../model/message';
import { stringField } from '../../model/shared/fields';
import type { Msg, Value } from '../../model/message';

/**
 * The Scala TCK sorts some CRDT deltas before comparing, because sets and maps carry no order
 * on the wire. Only `reply.state_action.update` is sorted, and only where a case asks for it.
 */
export function sortReplyDelta(message: Msg): Msg {
  const reply = message.reply;
  if (!isMsg(reply) || !isMsg(reply.state_action) || !isMsg(reply.state_action.update)) {
    return message;
  }

  const update = sortDelta(reply.state_action.update);

  return { ...message, reply: { ...reply, state_action: { ...reply.state_action, update } } };
}

export function sortDelta(delta: Msg): Msg {
  const sorted: Msg = { ...delta };

  if (isMsg(delta.gset)) {
    sorted.gset = sortLists(delta.gset, ['added'], primitiveText);
  }
  if (isMsg(delta.orset)) {
    sorted.orset = sortLists(delta.orset, ['removed', 'added'], primitiveText);
  }
  if (isMsg(delta.ormap)) {
    const ormap = sortLists(delta.ormap, ['removed'], primitiveText);
    for (const list of ['updated', 'added']) {
      const entries = delta.ormap[list];
      if (Array.isArray(entries)) {
        ormap[list] = entries.map(sortEntry).sort(byText(entryKeyText));
      }
    }
    sorted.ormap = ormap;
  }

  return sorted;
}

function sortEntry(entry: Value): Value {
  if (!isMsg(entry) || !isMsg(entry.delta)) {
    return entry;
  }

  return { ...entry, delta: sortDelta(entry.delta) };
}

function sortLists(message: Msg, fields: string[], text: (value: Value) => string): Msg {
  const sorted: Msg = { ...message };
  for (const field of fields) {
    const list = message[field];
    if (Array.isArray(list)) {
      sorted[field] = [...list].sort(byText(text));
    }
  }

  return sorted;
}

function byText(text: (value: Value) => string): (a: Value, b: Value) => number {
  return (a, b) => {
    const [left, right] = [text(a), text(b)];

    return left < right ? -1 : left > right ? 1 : 0;
  };
}

/** As in the Scala TCK, anything that is not a primitive string sorts as "". */
function primitiveText(value: Value): string {
  if (isMsg(value) && value[TYPE_KEY] === PRIMITIVE_STRING_TYPE) {
    return stringField(value, PRIMITIVE_VALUE_KEY);
  }

  return '';
}

function entryKeyText(entry: Value): string {
  return isMsg(entry) ? primitiveText(entry.key ?? null) : '';
}
