/** One line a user can paste to rerun just this case against the same subject. */
export function rerunCommand(subjectArgs: string[], caseId: string): string {
  const filter = `/^${caseId.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$/`;

  return [
    'npx cloudstate-tck',
    ...subjectArgs.map(shellQuote),
    '--filter',
    shellQuote(filter),
  ].join(' ');
}

export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
