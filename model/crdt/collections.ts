// Copy-on-write helpers: CRDT values are immutable, so a failed command can simply be dropped.

export function withItem<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  return new Set(set).add(item);
}

export function withoutItem<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const copy = new Set(set);
  copy.delete(item);

  return copy;
}

export function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
  return new Map(map).set(key, value);
}

export function withoutEntry<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
  const copy = new Map(map);
  copy.delete(key);

  return copy;
}

export const EMPTY_SET: ReadonlySet<never> = new Set<never>();
