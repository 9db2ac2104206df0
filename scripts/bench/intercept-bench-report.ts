import { writeBenchSection } from './bench-file';
import { availableParallelism, cpus } from 'node:os';
import { median } from './bench-report';
import type { RoundTrips } from './intercept-bench-run';

const TARGET_ADDED_US = 100;

/** Round trips through the interceptor cross it twice: the command in, the reply out. */
const MESSAGES_PER_ROUND_TRIP = 2;

interface Spread {
  medianUs: number;
  p99Us: number;
}

export interface InterceptBenchReport {
  createdAt: string;
  subject: string;
  /** proxy-thread: the streams on a thread of their own; same-thread: on the interceptor's. */
  layout: 'proxy-thread' | 'same-thread';
  roundTrips: number;
  warmUp: number;
  relayedMessages: number;
  machine: { cpus: number; cpuModel: string; node: string };
  roundTrip: { direct: Spread; relayed: Spread };
  addedPerMessage: Spread;
  violations: number;
  target: { text: string; limitUs: number; medianUs: number; met: boolean };
  notes: string[];
}

const NOTES = [
  'One run drives two event-sourced streams against the same library process in lockstep, ' +
    'one directly and one through the interceptor, alternating which goes first each round; ' +
    'warm-up rounds are dropped.',
  'addedPerMessage is, per round, (relayed round trip - direct round trip) / 2, since a round ' +
    'trip crosses the interceptor twice; its median and p99 are taken over the rounds.',
  'The interceptor runs on the bench\u2019s main thread, both streams\u2019 clients on a worker ' +
    'thread standing for the proxy, and the library (the reference user function) in its own ' +
    'process. The interceptor decodes, records and checks each message after forwarding it, so ' +
    'that work overlaps the other side\u2019s; on one thread with the clients it would not. ' +
    'With --same-thread (layout same-thread) the streams share the interceptor\u2019s thread: ' +
    'no thread wake-up per hop, but no overlap either.',
];

export function interceptBenchReport(
  subject: string,
  layout: InterceptBenchReport['layout'],
  counts: { roundTrips: number; warmUp: number },
  times: RoundTrips,
  violations: number,
): InterceptBenchReport {
  const added = times.relayedMs.map(
    (relayed, at) => (relayed - (times.directMs[at] ?? Number.NaN)) / MESSAGES_PER_ROUND_TRIP,
  );
  const addedPerMessage = spread(added);

  return {
    createdAt: new Date().toISOString(),
    subject,
    layout,
    ...counts,
    relayedMessages: times.relayedMs.length * MESSAGES_PER_ROUND_TRIP,
    machine: {
      cpus: availableParallelism(),
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
    },
    roundTrip: { direct: spread(times.directMs), relayed: spread(times.relayedMs) },
    addedPerMessage,
    violations,
    target: {
      text: 'at most 100 \u00b5s added per relayed message (median)',
      limitUs: TARGET_ADDED_US,
      medianUs: addedPerMessage.medianUs,
      met: addedPerMessage.medianUs <= TARGET_ADDED_US,
    },
    notes: NOTES,
  };
}

function spread(valuesMs: number[]): Spread {
  return { medianUs: micro(median(valuesMs)), p99Us: micro(percentile(valuesMs, 0.99)) };
}

/** The nearest-rank percentile: a value that was measured, never one between two. */
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));

  return sorted[rank - 1] ?? Number.NaN;
}

function micro(ms: number): number {
  return Math.round(ms * 10_000) / 10;
}

/** Adds the figures to the bench file under `intercept`, keeping every other key. */
export function writeIntercept(file: string, report: InterceptBenchReport): void {
  writeBenchSection(file, 'intercept', report);
}

export function interceptLines(report: InterceptBenchReport): string[] {
  const { direct, relayed } = report.roundTrip;
  const { addedPerMessage: added, target } = report;

  return [
    `cloudstate-tck bench:intercept: ${report.roundTrips} round trips each way ` +
      `(${report.warmUp} warm-up dropped), ${report.relayedMessages} relayed messages, ` +
      `layout ${report.layout}`,
    `round trip direct:   median ${us(direct.medianUs)}, p99 ${us(direct.p99Us)}`,
    `round trip relayed:  median ${us(relayed.medianUs)}, p99 ${us(relayed.p99Us)}`,
    `added per message:   median ${us(added.medianUs)}, p99 ${us(added.p99Us)}`,
    `rule violations found: ${report.violations}`,
    `target: at most ${us(target.limitUs)} (median): ${target.met ? 'met' : 'NOT met'}`,
  ];
}

function us(value: number): string {
  return `${value.toFixed(1)} \u00b5s`;
}
