import { Command, InvalidArgumentError, Option } from 'commander';
import type { PullPolicy } from '../config/tck-config';
import { TckError } from '../errors/tck-error';
import { imageNameProblem } from '../launch/image-name';

export interface CliOptions {
  libraryCmd?: string;
  libraryAddr?: string;

  /** A Docker image to run as the library. */
  library?: string;
  pull?: PullPolicy;
  /** True for every container of the TCK, or a run id for those of one run. */
  cleanup?: boolean | string;

  /** Proxy runs come in a later version; the flags are kept so that scripts can be written. */
  proxy?: string;
  proxyCmd?: string;
  proxyAddr?: string;
  combination?: string;
  /** Every combination of the config, one after another, then the compliance report. */
  matrix?: boolean;
  config?: string;
  filter?: string[];
  reportDir: string;
  list: boolean;
  timeFactor: number;
}

/**
 * Node's timers hold at most 2^31 - 1 ms (24.8 days) and fire at once beyond it, so a larger
 * factor would turn the 60 s start-up wait into none at all.
 */
const MAX_TIME_FACTOR = 10_000;

function timeFactor(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > MAX_TIME_FACTOR) {
    throw new InvalidArgumentError(
      `It must be a number above 0 and at most ${MAX_TIME_FACTOR}, such as 2 or 0.5.`,
    );
  }

  return value;
}

function address(text: string): string {
  if (!/^[^:\s]+:\d{1,5}$/.test(text)) {
    throw new InvalidArgumentError('It must be host:port, such as 127.0.0.1:8080.');
  }

  return text;
}

function imageName(text: string): string {
  const problem = imageNameProblem(text);
  if (problem !== undefined) {
    throw new InvalidArgumentError(problem);
  }

  return text;
}

/** The command line, as README.md documents it. */
export function cliProgram(version: string): Command {
  return new Command('cloudstate-tck')
    .description('Checks a Cloudstate user function against the protocol 0.2 TCK.')
    .version(version, '--version')
    .addOption(
      new Option('--library-cmd <command>', 'start the library with this shell command').conflicts([
        'libraryAddr',
        'library',
        'combination',
      ]),
    )
    .addOption(
      new Option('--library-addr <host:port>', 'a library that is already running')
        .argParser(address)
        .conflicts(['library', 'combination']),
    )
    .addOption(
      new Option('--library <image>', 'run the library from this Docker image')
        .argParser(imageName)
        .conflicts(['combination']),
    )
    .addOption(
      new Option('--pull <policy>', "when to pull the library's image (default: missing)")
        .choices(['always', 'missing', 'never'])
        .conflicts(['libraryCmd', 'libraryAddr']),
    )
    .option('--combination <name>', 'a combination from the config file')
    .addOption(
      new Option('--matrix', 'run every combination of the config, then the compliance report')
        .default(false)
        .conflicts(['libraryCmd', 'libraryAddr', 'library', 'combination', 'list', 'cleanup']),
    )
    .option('--config <file>', 'the config file (default: ./tck.config.json)')
    .option(
      '--filter <text|/regex/>',
      'run only the cases whose id matches (repeat it for several)',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--report-dir <dir>', 'where reports go', 'reports')
    .option('--list', 'print the selected cases without running them', false)
    .option('--time-factor <n>', 'multiply every timeout by this', timeFactor, 1)
    .option(
      '--cleanup [run-id]',
      'remove the containers that interrupted runs (or the one run) left behind, then exit',
    )
    .option('--proxy <image>', 'a proxy run (not available in this version)')
    .option('--proxy-cmd <command>', 'a proxy run (not available in this version)')
    .option('--proxy-addr <host:port>', 'a proxy run (not available in this version)')
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      // parseCli turns the error into a TckError, which main prints once, with its code.
      outputError: () => undefined,
    });
}

/** Parses the arguments; a usage mistake becomes a TckError with exit status 2. */
export function parseCli(argv: string[], version: string): CliOptions {
  const program = cliProgram(version);

  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.version' || code === 'commander.helpDisplayed') {
      throw error;
    }
    throw new TckError('TCK_USAGE', `${usageText(error)} Run with --help for the flags.`, {
      cause: error,
    });
  }

  return program.opts<CliOptions>();
}

/** Commander's message without its own `error: ` prefix, as one sentence. */
function usageText(error: unknown): string {
  const text = (error as Error).message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);

  return /[.!?]\)?$/.test(sentence) ? sentence : `${sentence}.`;
}
