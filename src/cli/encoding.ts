// `lint --fix` rewrites a note as UTF-8 text: a note saved in another encoding (Latin-1, UTF-16)
// would come back with its accented letters replaced by U+FFFD. Such a file is left untouched.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import * as l10n from './l10n.js';

/** True when the note on disk is UTF-8; else adds a message (exit 2) saying what to do. */
export function fixableEncoding(file: VFile): boolean {
  // The file was read as UTF-8: bytes that could not be decoded became U+FFFD.
  if (!String(file.value).includes('\uFFFD')) return true;
  let bytes: Uint8Array;
  try { bytes = readFileSync(resolve(file.cwd, file.path)); } catch { return false; }
  if (isUtf8(bytes)) return true;
  file.message(l10n.t('this file is not UTF-8 text: --fix left it unchanged. Save it as UTF-8 and run again.'));
  return false;
}
