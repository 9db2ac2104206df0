/**
 * A message the model cannot make sense of: a missing init, an unknown service or CRDT type, a
 * delta that does not fit the entity's CRDT. The stream answers it with a stream-level failure,
 * as the Java support does when its entity runner throws.
 */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}
