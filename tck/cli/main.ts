import { loadCases } from '../cases/load-cases';
import { selectCases } from '../cases/select-cases';
import { isTckError } from '../errors/tck-error';
import { tckVersion } from '../launch/proxy-info';
import { debugLog } from '../log/debug-log';
import { markPhase } from '../log/phase-times';
import { tckRun } from '../run/tck-run';
import { chooseSubject } from '../run/subject';
import { loadConfig } from '../config/load-config';
import { cleanupContainers } from './cleanup-command';
import { parseCli } from './cli-options';
import { matrixCommand } from './matrix-command';
import { stdoutPrinter } from './print-lines';
import { refuseProxyRun } from './refuse-proxy-run';
import { stopOnSignal } from './stop-on-signal';

const log = debugLog('cli');
const print = stdoutPrinter();
const warn = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Exit status: 0 all passed, 1 a case failed or nothing passed, 2 the run could not start. */
async function main(argv: string[]): Promise<number> {
  markPhase('cli-start', performance.timeOrigin);
  const options = parseCli(argv, tckVersion());
  log?.({}, 'cloudstate-tck %s, options %o', tckVersion(), options);
  refuseProxyRun(options);

  if (options.cleanup !== undefined && options.cleanup !== false) {
    return cleanupContainers(options.cleanup, print);
  }

  if (options.list) {
    // The ids do not depend on the subject, but a misspelt subject should not pass unnoticed.
    if (options.combination !== undefined || options.config !== undefined) {
      chooseSubject(options, () => loadConfig(options.config));
    }
    selectCases(loadCases(), options.filter).forEach((tckCase) => print(tckCase.id));
    return 0;
  }

  if (options.matrix === true) {
    return matrixCommand(options, print, warn);
  }

  const outcome = await tckRun(options, print);
  print(JSON.stringify(outcome.summary));

  return outcome.exitStatus;
}

stopOnSignal();
main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const code = (error as { code?: string }).code;
    if (code === 'commander.version' || code === 'commander.helpDisplayed') {
      process.exitCode = 0;
      return;
    }

    if (isTckError(error)) {
      process.stderr.write(`cloudstate-tck: ${error.message} [${error.code}]\n`);
      process.exitCode = error.exitStatus;
      return;
    }

    process.stderr.write(`cloudstate-tck: internal error, please report it: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
