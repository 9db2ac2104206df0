/**
 * Every error the TCK raises on purpose has a stable code that scripts and docs can key on,
 * and a message that names the thing at fault and says what to do next.
 */
export type TckErrorCode =
  | 'TCK_USAGE'
  | 'TCK_CONFIG_INVALID'
  | 'TCK_FIXTURE_INVALID'
  | 'TCK_NO_CASES_SELECTED'
  | 'TCK_SETUP_FAILED'
  | 'TCK_LIBRARY_START_FAILED'
  | 'TCK_LIBRARY_EXITED'
  | 'TCK_DISCOVERY_FAILED'
  | 'TCK_DESCRIPTOR_INVALID'
  | 'TCK_PROTO_INVALID'
  | 'TCK_MESSAGE_INVALID'
  | 'TCK_DOCKER_UNAVAILABLE'
  | 'TCK_IMAGE_NOT_FOUND'
  | 'TCK_IMAGE_PULL_FAILED'
  | 'TCK_CONTAINER_START_FAILED'
  | 'TCK_CLEANUP_FAILED'
  | 'TCK_PROXY_RUN_UNAVAILABLE'
  | 'TCK_REPORT_UNREADABLE'
  | 'TCK_REPORT_UNWRITABLE'
  | 'TCK_RUN_UNFINISHED';

/** The exit status of each kind of error, as the README documents. */
const EXIT_STATUS: Record<TckErrorCode, number> = {
  TCK_USAGE: 2,
  TCK_CONFIG_INVALID: 2,
  TCK_FIXTURE_INVALID: 2,
  TCK_NO_CASES_SELECTED: 2,
  TCK_SETUP_FAILED: 2,
  TCK_LIBRARY_START_FAILED: 2,
  TCK_LIBRARY_EXITED: 2,
  TCK_DISCOVERY_FAILED: 2,
  TCK_DESCRIPTOR_INVALID: 2,
  TCK_PROTO_INVALID: 2,
  TCK_MESSAGE_INVALID: 2,
  TCK_DOCKER_UNAVAILABLE: 2,
  TCK_IMAGE_NOT_FOUND: 2,
  TCK_IMAGE_PULL_FAILED: 2,
  TCK_CONTAINER_START_FAILED: 2,
  TCK_CLEANUP_FAILED: 2,
  TCK_PROXY_RUN_UNAVAILABLE: 2,
  TCK_REPORT_UNREADABLE: 2,
  TCK_REPORT_UNWRITABLE: 2,
  // Only ever in a report: the run that would raise it is no longer there to exit.
  TCK_RUN_UNFINISHED: 2,
};

export class TckError extends Error {
  readonly code: TckErrorCode;

  /** What the implementation printed before the error, when one was running. */
  output?: string[];

  constructor(code: TckErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TckError';
    this.code = code;
  }

  get exitStatus(): number {
    return EXIT_STATUS[this.code];
  }
}

export function isTckError(error: unknown): error is TckError {
  return error instanceof TckError;
}
