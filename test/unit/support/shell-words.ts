/**
 * Splits a command line into words as bash does for the forms rerunCommand writes: bare words,
 * single-quoted words and backslash escapes. Anything bash would expand or treat as syntax
 * outside quotes throws, so a quoting slip fails the test instead of being read kindly.
 */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let at = 0;

  while (at < line.length) {
    const char = line.charAt(at);

    if (char === ' ') {
      if (word !== undefined) {
        words.push(word);
      }
      word = undefined;
      at += 1;
    } else if (char === "'") {
      const end = line.indexOf("'", at + 1);
      if (end < 0) {
        throw new Error(`unclosed quote at ${at} in: ${line}`);
      }
      word = (word ?? '') + line.slice(at + 1, end);
      at = end + 1;
    } else if (char === '\\') {
      word = (word ?? '') + line.charAt(at + 1);
      at += 2;
    } else if (/[\w@%+=:,./-]/.test(char)) {
      word = (word ?? '') + char;
      at += 1;
    } else {
      throw new Error(`bash would not take "${char}" at ${at} literally in: ${line}`);
    }
  }

  return word === undefined ? words : [...words, word];
}
