// Keeps an email's original bytes under the log folder as mail/<sha256>.eml, unchanged. Written
// once (exclusive create); an existing file with that name must hold these very bytes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmailImportError, MAIL_GITATTRIBUTES } from '../core/mail/import.js';
import { sha256Hex } from '../core/log/canonical.js';

export function keepOriginal(logDir: string, file: string, bytes: Uint8Array): void {
  const target = join(logDir, file);
  if (existsSync(target)) {
    // Named by its own hash: other bytes there (damaged, or put in its place) would pass for this email's original.
    if (sha256Hex(new Uint8Array(readFileSync(target))) === sha256Hex(bytes)) return;
    throw new EmailImportError(`${file} already exists in the log folder with other content (damaged or replaced): move it aside and import again; nothing was written`,
      `${file} existe déjà dans le dossier du journal avec un autre contenu (abîmé ou remplacé)\u00a0: mettez-le de côté et importez à nouveau\u00a0; rien n’a été écrit`);
  }
  mkdirSync(join(logDir, 'mail'), { recursive: true });
  const attrs = join(logDir, 'mail', '.gitattributes');
  if (!existsSync(attrs)) writeFileSync(attrs, MAIL_GITATTRIBUTES);
  try {
    writeFileSync(target, bytes, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}
