// RFC 3161 trusted timestamps with the `openssl ts` command: the request (TimeStampReq) is built
// by `openssl ts -query`, sent over HTTP(S) only when the user asks (`liaison log timestamp
// --tsa URL`), and the reply (TimeStampResp) is stored as it came and checked offline with
// `openssl ts -verify`. Shelling out keeps the ASN.1 and CMS signature checks in the tool made and
// audited for them, without a JavaScript PKI stack in the extension; openssl ships with macOS and
// Linux and Git for Windows. Without it, the command says so and nothing else changes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as l10n from '../cli/l10n.js';

/**
 * A timestamp that cannot be had or checked, in both languages (only the CLI uses this module):
 * `message` English for JSON, `fr` for a French user. openssl's own words stay in the English text,
 * for whoever debugs it; the French one says what happened and what to do.
 */
export class TimestampError extends Error {
  readonly fr: string;
  constructor(said: { message: string; fr: string }) {
    super(said.message);
    this.fr = said.fr;
  }
}

type Said = { message: string; fr: string };

/** Runs openssl; a failure becomes `failed`, what the step means to the user, with openssl's first line of stderr in English. */
function openssl(args: string[], failed: Said, input?: Buffer): Buffer {
  try {
    return execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT') throw new TimestampError(l10n.both('the openssl command is not installed: timestamps need it (https://www.openssl.org)'));
    const detail = String(err.stderr ?? err.message).trim().split('\n')[0];
    throw new TimestampError({ message: `${failed.message} (openssl ${args[0]} ${args[1] ?? ''}: ${detail})`, fr: failed.fr });
  }
}

/** Asks the authority at `url` to timestamp a sha256 digest (hex); resolves to the DER reply. */
export async function requestTimestamp(url: string, digestHex: string): Promise<Buffer> {
  if (!/^https?:\/\//i.test(url)) throw new TimestampError(l10n.both('--tsa {0}: give the authority\'s http:// or https:// address', url));
  const query = openssl(['ts', '-query', '-digest', digestHex, '-sha256', '-cert'],
    l10n.both('openssl could not build the timestamp request: check that `openssl version` says 1.1 or later'));
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/timestamp-query' }, body: new Uint8Array(query) });
  } catch (e) {
    const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
    const why = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : (e as Error).message;
    throw new TimestampError(l10n.both('cannot reach {0} ({1}): check the address and your connection; nothing was sent or kept', url, why));
  }
  if (!res.ok) throw new TimestampError(l10n.both('{0} answered HTTP {1}: check that it is the authority\'s RFC 3161 address; nothing was kept', url, res.status));
  const reply = Buffer.from(await res.arrayBuffer());
  const info = timestampInfo(reply, url);
  if (info.digest !== digestHex.toLowerCase()) throw new TimestampError(l10n.both('{0} timestamped another digest ({1}): not kept', url, info.digest));
  return reply;
}

/** The time and the digest a reply holds (parsed by openssl, nothing verified yet); `from`: the authority that just sent it, else it is a stored one. */
export function timestampInfo(reply: Buffer, from?: string): { time: string; digest: string; status: string } {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-tsr-'));
  try {
    writeFileSync(join(dir, 'r.tsr'), reply);
    const text = openssl(['ts', '-reply', '-in', join(dir, 'r.tsr'), '-text'], from
      ? l10n.both('{0} did not answer with an RFC 3161 timestamp: check that the address is the authority\'s timestamp service (e.g. https://freetsa.org/tsr); nothing was kept', from)
      : l10n.both('the stored reply is damaged or is not an RFC 3161 timestamp: restore it from a backup, or timestamp the log again (liaison log timestamp --tsa URL)')).toString('utf8');
    const status = /Status:\s*(.+)/.exec(text)?.[1]?.trim() ?? '';
    const time = /Time stamp:\s*(.+)/.exec(text)?.[1]?.trim() ?? '';
    // "Message data:" is followed by a hex dump: "    0000 - 3a 5f ...   ascii".
    const dump = text.split(/Message data:\s*\n/)[1]?.split(/\n\S/)[0] ?? '';
    const digest = [...dump.matchAll(/^\s*[0-9a-f]{4} - ((?:[0-9a-f]{2}[ -]){1,16})/gim)].map(m => m[1]!.replace(/[ -]/g, '')).join('');
    if (status !== 'Granted.' && !/granted/i.test(status)) throw new TimestampError(status ? l10n.both('the authority did not grant the timestamp ({0})', status) : l10n.both('the authority did not grant the timestamp (no status)'));
    return { time, digest, status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Checks a stored reply offline: it covers `digestHex` and, when the authority's CA certificate
 * is stored beside it, its signature chains to that certificate.
 */
export function verifyTimestamp(tsrFile: string, digestHex: string, caFile: string | undefined): { ok: boolean; message: string; fr?: string } {
  try {
    const info = timestampInfo(readFileSync(tsrFile));
    if (info.digest !== digestHex) {
      return { ok: false, message: `it timestamps another state of the log (digest ${info.digest.slice(0, 16)}…)`,
        fr: `il horodate un autre état du journal (empreinte ${info.digest.slice(0, 16)}…)` };
    }
    if (!caFile || !existsSync(caFile)) {
      return { ok: true, message: `dated ${info.time} by the authority (signature not checked: no CA certificate stored beside it)`,
        fr: `daté du ${info.time} par l’autorité (signature non vérifiée : aucun certificat d’AC conservé à côté)` };
    }
    openssl(['ts', '-verify', '-in', tsrFile, '-digest', digestHex, '-CAfile', caFile],
      l10n.both('the authority\'s signature does not check against the CA certificate stored beside it ({0}): the reply or the certificate was replaced; put the authority\'s real CA certificate there, else this timestamp proves nothing', basename(caFile)));
    return { ok: true, message: `signed by the authority on ${info.time}, signature checked`, fr: `signé par l’autorité le ${info.time}, signature vérifiée` };
  } catch (e) {
    return e instanceof TimestampError ? { ok: false, message: e.message, fr: e.fr } : { ok: false, message: (e as Error).message };
  }
}
