// A template problem names the file and the line, so the writer of an override can fix it.
export class TemplateError extends Error {
  constructor(readonly file: string, readonly line: number, readonly column: number, readonly reason: string) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'TemplateError';
  }
}
