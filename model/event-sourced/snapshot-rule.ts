/**
 * Whether a command whose events take the sequence number from `before` to `before + count`
 * lands an event on a multiple of `every`, which is when its reply carries a snapshot.
 */
export function crossesSnapshotPoint(before: number, count: number, every: number): boolean {
  if (every <= 0 || count <= 0) {
    return false;
  }

  return Math.floor((before + count) / every) > Math.floor(before / every);
}
