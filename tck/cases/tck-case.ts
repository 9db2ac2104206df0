import type { Msg } from '../../model/message';

export const AREAS = ['action', 'value-entity', 'event-sourced', 'crdt'] as const;
export type Area = (typeof AREAS)[number];

export const CALL_KINDS = [
  'eventsourced',
  'valueentity',
  'crdt',
  'action.unary',
  'action.streamedIn',
  'action.streamedOut',
  'action.streamed',
] as const;
export type CallKind = (typeof CALL_KINDS)[number];

export type Step =
  | { kind: 'open'; call: CallKind }
  | { kind: 'send'; message: Msg }
  | { kind: 'expect'; message: Msg; sortDelta: boolean; partial: boolean }
  | { kind: 'complete' }
  | { kind: 'expect-complete' }
  | { kind: 'branch'; on: string; ifTrue: Step[]; ifFalse: Step[] }
  | { kind: 'discovery'; entities: Msg[]; services: string[] };

/** One conversation of the TCK, as fixtures/cases holds it. */
export interface TckCase {
  /** `<area>/<name>`: names repeat across areas. */
  id: string;
  name: string;
  area: Area;

  /** Services the library must declare in discovery for the case to run. */
  requires: string[];
  steps: Step[];

  /** The fixture file, relative to the package root. */
  file: string;
}

export function caseId(area: Area, name: string): string {
  return `${area}/${name}`;
}
