// Keeps an email's original bytes under the log folder as mail/<sha256>.eml, unchanged. Written
// once (exclusive create); an existing file with that name already holds these very bytes.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAIL_GITATTRIBUTES } from '../core/mail/import.js';

export function keepOriginal(logDir: string, file: string, bytes: Uint8Array): void {
  const target = join(logDir, file);
  if (existsSync(target)) return;
  mkdirSync(join(logDir, 'mail'), { recursive: true });
  const attrs = join(logDir, 'mail', '.gitattributes');
  if (!existsSync(attrs)) writeFileSync(attrs, MAIL_GITATTRIBUTES);
  try {
    writeFileSync(target, bytes, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}
