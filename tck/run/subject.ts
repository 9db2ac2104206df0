import type { CliOptions } from '../cli/cli-options';
import type { ImplementationConfig, TckConfig } from '../config/tck-config';
import { TckError } from '../errors/tck-error';
import type { CaseMarks } from './case-marks';

/** What one run checks: a library, under a combination name that reports and marks use. */
export interface Subject {
  combination: string;
  libraryName: string;
  library: ImplementationConfig;
  marks: CaseMarks;

  /** The flags that select this subject again, for rerun commands. */
  args: string[];
  cwd: string;
}

const DEFAULT_COMBINATION = 'reference';
const NO_MARKS: CaseMarks = { expectedFailures: [], skips: [] };

/** The config is read only when a combination is asked for, so a bad one cannot block others. */
export function chooseSubject(options: CliOptions, readConfig: () => TckConfig): Subject {
  if (options.libraryCmd !== undefined) {
    return adHoc('library-cmd', { command: options.libraryCmd }, [
      '--library-cmd',
      options.libraryCmd,
    ]);
  }

  if (options.libraryAddr !== undefined) {
    return adHoc('library-addr', { address: options.libraryAddr }, [
      '--library-addr',
      options.libraryAddr,
    ]);
  }

  if (options.library !== undefined) {
    const pull = options.pull ?? 'missing';
    return adHoc('library-image', { image: options.library, pull }, [
      '--library',
      options.library,
      ...pullArgs(options),
    ]);
  }

  const config = readConfig();
  const name = options.combination ?? DEFAULT_COMBINATION;
  const combination = config.combinations[name];
  if (combination === undefined) {
    const known = Object.keys(config.combinations).join(', ');
    throw new TckError(
      'TCK_CONFIG_INVALID',
      `No combination "${name}" in "${config.file}". The combinations are: ${known}.`,
    );
  }

  const library = config.implementations[combination.library];
  if (library === undefined) {
    throw new TckError('TCK_CONFIG_INVALID', `No implementation "${combination.library}".`);
  }

  const configArgs = options.config === undefined ? [] : ['--config', options.config];

  return {
    combination: name,
    libraryName: combination.library,
    library: withPull(library, combination.library, options),
    marks: {
      expectedFailures: combination.expectedFailures ?? [],
      skips: combination.skips ?? [],
    },
    args: [...configArgs, '--combination', name, ...pullArgs(options)],
    cwd: config.baseDir,
  };
}

/** `--pull` overrides the config's policy, and only an image can be pulled. */
function withPull(
  library: ImplementationConfig,
  name: string,
  options: CliOptions,
): ImplementationConfig {
  if (options.pull === undefined) {
    return library;
  }

  if (library.image === undefined) {
    throw new TckError(
      'TCK_USAGE',
      `--pull applies to a library image, and "${name}" has none. Leave --pull out, or choose ` +
        'a combination whose library has an "image".',
    );
  }

  return { ...library, pull: options.pull };
}

function pullArgs(options: CliOptions): string[] {
  return options.pull === undefined ? [] : ['--pull', options.pull];
}

function adHoc(name: string, library: ImplementationConfig, args: string[]): Subject {
  return {
    combination: name,
    libraryName: name,
    library,
    marks: NO_MARKS,
    args,
    cwd: process.cwd(),
  };
}
