/** When to pull an implementation's image: before every run, only when absent, or never. */
export type PullPolicy = 'always' | 'missing' | 'never';

/** A user function or proxy the TCK can start or reach: exactly one of command, address, image. */
export interface ImplementationConfig {
  description?: string;

  /**
   * A shell command that starts it; `${TCK_HOME}` stands for the TCK's own folder and
   * `${TCK_CACHE}` for its cache of installed implementations.
   */
  command?: string;
  address?: string;

  /** A Docker image, run as a container on the host network; README.md gives its contract. */
  image?: string;

  /** The container's command arguments (its CMD), for an image. */
  args?: string[];

  /** For an image; `missing` when absent. */
  pull?: PullPolicy;
  env?: Record<string, string>;

  /** A shell command run once before the start-up clock, to install what it needs. */
  setup?: string;
}

export interface MarkedCase {
  case?: string;
  area?: string;
  reason: string;
  evidence?: string;

  /** For an expected failure: text its failure's reason must hold, so a new fault shows. */
  failure?: string;
}

export interface CombinationConfig {
  description?: string;
  library: string;
  expectedFailures?: MarkedCase[];
  skips?: MarkedCase[];
}

export interface TckConfig {
  implementations: Record<string, ImplementationConfig>;
  combinations: Record<string, CombinationConfig>;

  /** The folder commands run in: the config file's own. */
  baseDir: string;
  file: string;
}
