import { TckError } from '../errors/tck-error';
import type { CliOptions } from './cli-options';

/**
 * The proxy run checks a proxy against the Akka proxy 0.6.0's behaviour, which cannot be
 * installed for this version; the flags exist already so that they keep their names.
 */
export function refuseProxyRun(options: CliOptions): void {
  const flag =
    (options.proxy !== undefined && '--proxy') ||
    (options.proxyCmd !== undefined && '--proxy-cmd') ||
    (options.proxyAddr !== undefined && '--proxy-addr');

  if (flag !== false) {
    throw new TckError(
      'TCK_PROXY_RUN_UNAVAILABLE',
      `${flag}: proxy runs are not available in this version of cloudstate-tck yet; it runs ` +
        'libraries only. Check a library with --library, --library-cmd or --library-addr.',
    );
  }
}
