import { createInterface } from 'node:readline/promises';

/**
 * Asks questions on the terminal. Lines are read through the interface's async iterator rather than
 * `question()`, which drops lines that arrive before it is called: answers piped in all at once (scripts,
 * tests) are then read one by one like typed ones.
 */
export class Prompter {
  private readonly reader = createInterface({ input: process.stdin, terminal: false });
  private readonly lines = this.reader[Symbol.asyncIterator]();
  private ended = false;

  /** Asks a question and returns the answer line, or undefined when the input has ended. */
  async ask(question: string): Promise<string | undefined> {
    process.stdout.write(question);
    if (this.ended) return undefined;
    const next = await this.lines.next();
    if (next.done) {
      this.ended = true;
      process.stdout.write('\n');
      return undefined;
    }
    return next.value;
  }

  /**
   * Reads lines until one equals `end` (or the input ends). `each` may ask about a line as soon as it is
   * typed and return the line to keep in its place.
   */
  async askLines(question: string, end: (line: string) => boolean, each?: (line: string) => Promise<string>): Promise<string[]> {
    process.stdout.write(question);
    const lines: string[] = [];
    for (;;) {
      const line = await this.ask('');
      if (line === undefined || end(line)) return lines;
      lines.push(each ? await each(line) : line);
    }
  }

  close() {
    this.reader.close();
  }
}
