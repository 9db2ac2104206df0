/**
 * Variables the library inherits that change what it does, so a rerun without them would not
 * show the same failure.
 */
const BEHAVIOUR_VARIABLES = ['TCK_REFERENCE_FAULT'];

/** One line a user can paste to rerun just this case against the same subject. */
export function rerunCommand(
  subjectArgs: string[],
  caseId: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const filter = `/^${caseId.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$/`;
  const variables = BEHAVIOUR_VARIABLES.flatMap((name) => {
    const value = env[name];
    return value === undefined || value === '' ? [] : [`${name}=${shellQuote(value)}`];
  });

  return [
    ...variables,
    'npx cloudstate-tck',
    ...subjectArgs.map(shellQuote),
    '--filter',
    shellQuote(filter),
  ].join(' ');
}

export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
