/**
 * The grammar of a Docker image reference: an optional registry host, lower-case path
 * components, an optional tag and an optional digest. Checked before any engine call, because
 * the engine's answer to a malformed name reads like a problem of the engine itself.
 */
const HOST_PART = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
// A first part is a registry host only when it looks like one: a dot, a port or localhost.
const HOST = `(?:(?:${HOST_PART}(?:\\.${HOST_PART})+(?::[0-9]+)?|${HOST_PART}:[0-9]+|localhost)/)?`;
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '(?::[\\w][\\w.-]{0,127})?';
const DIGEST = '(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?';
const IMAGE = new RegExp(`^${HOST}${COMPONENT}(?:/${COMPONENT})*${TAG}${DIGEST}$`);

/** Why the name is not an image reference, or undefined when it is one. */
export function imageNameProblem(name: string): string | undefined {
  if (IMAGE.test(name)) {
    return undefined;
  }

  const hints = [
    /[A-Z]/.test(pathOf(name)) && 'the name must be lower-case',
    /\s/.test(name) && 'it holds white space',
    /:$/.test(name) && 'the tag after ":" is empty',
  ].filter((hint): hint is string => typeof hint === 'string');

  const why = hints.length > 0 ? hints.join(', ') : 'it does not follow [host/]name[:tag]';

  return `"${name}" is not a Docker image name: ${why}, as in cloudstate-tck/reference:0.1.0.`;
}

/** The name without its registry host, tag and digest. */
function pathOf(name: string): string {
  const withoutHost = name.replace(/^(?:[^/]*[.:][^/]*|localhost)\//, '');

  return withoutHost.split(/[:@]/)[0] ?? '';
}
