import createDebug from 'debug';

/** One debug namespace per part of the harness: `DEBUG=cloudstate-tck:<part>`. */
export type Part = 'cli' | 'config' | 'launch' | 'drive' | 'run' | 'report' | 'bench' | 'intercept';

/** Who a log line is about: the implementation under test and, when known, the case or call. */
export interface LogTag {
  implementation?: string;
  caseId?: string;
  call?: string;
}

export type DebugLog = (tag: LogTag, format: string, ...args: unknown[]) => void;

/** Returns a logger for the part, or undefined when its namespace is off, so calls are free. */
export function debugLog(part: Part): DebugLog | undefined {
  const debug = createDebug(`cloudstate-tck:${part}`);
  if (!debug.enabled) {
    return undefined;
  }

  return (tag, format, ...args) => debug(`[%s] ${format}`, tagText(tag), ...args);
}

function tagText(tag: LogTag): string {
  const parts = [tag.implementation ?? '-', tag.caseId, tag.call];

  return parts.filter((part) => part !== undefined).join(' ');
}
