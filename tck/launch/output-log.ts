/** Keeps the recent lines an implementation printed, to attach to failures and errors. */
export class OutputLog {
  private readonly lines: string[] = [];
  private total = 0;
  private partial = '';

  constructor(private readonly capacity = 5000) {}

  append(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';

    for (const line of parts) {
      this.lines.push(line);
      this.total += 1;
      if (this.lines.length > this.capacity) {
        this.lines.shift();
      }
    }
  }

  /** A position to read from later, with `since`. */
  mark(): number {
    return this.total;
  }

  since(mark: number): string[] {
    const kept = this.total - this.lines.length;

    return [...this.lines.slice(Math.max(0, mark - kept)), ...this.pending()];
  }

  last(count: number): string[] {
    return [...this.lines, ...this.pending()].slice(-count);
  }

  private pending(): string[] {
    return this.partial === '' ? [] : [this.partial];
  }
}
