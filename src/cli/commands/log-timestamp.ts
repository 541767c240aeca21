// `liaison log timestamp --tsa URL`: an RFC 3161 timestamp of the log's anchor digest, from an
// authority the user chooses (opt-in: the only log command that sends anything off the machine,
// and it sends a 32-byte digest, never a record). The reply is kept in
// <log>/witnesses/timestamps/<ref>.tsr and checked offline by `liaison log verify`.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { keepWitness, loadLog } from '../../node/log-store.js';
import { nodeSha256 } from '../../node/sha256.js';
import { requestTimestamp, TimestampError, timestampInfo, verifyTimestamp } from '../../node/tsa.js';
import { anchorDigest, witnessFor, type AnchorWitness } from '../../core/log/anchor.js';
import type { ChainNode } from '../../core/log/chain.js';
import { isoWithOffset } from '../../core/log/dates.js';
import { WITNESS_DIR } from '../../core/log/store.js';
import { run, UsageError, where } from './log.js';
import * as l10n from '../l10n.js';

const stamps = (folder: string) => join(folder, WITNESS_DIR, 'timestamps');
const fileOf = (folder: string, ref: string) => join(stamps(folder), ref);

async function timestamp(o: { dir?: string; tsa?: string; ca?: string }): Promise<void> {
  if (!o.tsa) throw new UsageError(l10n.t('--tsa URL is required: the address of an RFC 3161 timestamp authority you chose'));
  if (o.ca && !existsSync(o.ca)) throw new UsageError(l10n.t('--ca {0} does not exist', o.ca));
  const w = await where(o.dir);
  const chains: Record<string, ChainNode[]> = {};
  const log = loadLog(w.folder, { keep: false, chains });
  if (!Object.keys(log.tips).length) throw new UsageError(l10n.t('the log is empty: there is nothing to timestamp yet'));
  const digest = anchorDigest(log.tips, nodeSha256);
  try {
    const reply = await requestTimestamp(o.tsa, digest);
    const info = timestampInfo(reply);
    const witness: AnchorWitness = witnessFor(log.tips, chains, isoWithOffset(new Date()), { channel: 'timestamp', note: o.tsa }, nodeSha256);
    mkdirSync(stamps(w.folder), { recursive: true });
    writeFileSync(fileOf(w.folder, witness.ref) + '.tsr', reply);
    if (o.ca) copyFileSync(o.ca, fileOf(w.folder, witness.ref) + '.ca.pem');
    await keepWitness(w.folder, witness);
    const check = o.ca ? verifyTimestamp(fileOf(w.folder, witness.ref) + '.tsr', digest, fileOf(w.folder, witness.ref) + '.ca.pem') : undefined;
    const kept = `${join(WITNESS_DIR, 'timestamps', witness.ref)}.tsr`;
    const signature = !check ? l10n.t('(no --ca: verify will not check the signature)')
      : check.ok ? l10n.t('(signature checked)') : l10n.t('(NOT verified: {0})', l10n.said(check));
    process.stdout.write(`${witness.ref}\n${l10n.t('timestamped by {0} at {1}; kept in {2}', o.tsa, info.time, kept)} ${signature}\n`);
    if (check && !check.ok) process.exitCode = 1;
  } catch (e) {
    if (e instanceof TimestampError) throw new UsageError(l10n.said(e));
    throw e;
  }
}

/** Every stored timestamp, checked offline against the log as it is now. */
export function timestampChecks(folder: string, witnesses: AnchorWitness[]): { ref: string; ok: boolean; message: string }[] {
  return witnesses.filter(x => x.channel === 'timestamp' && existsSync(fileOf(folder, x.ref) + '.tsr')).map(x => {
    const r = verifyTimestamp(fileOf(folder, x.ref) + '.tsr', anchorDigest(x.tips, nodeSha256), fileOf(folder, x.ref) + '.ca.pem');
    return { ref: x.ref, ...r };
  });
}

export function registerTimestampCommand(log: Command, dirOpt: readonly [string, string]): void {
  log.command('timestamp').description(l10n.t('Opt-in second witness: an RFC 3161 timestamp of the log\'s current digest (only the digest is sent), kept in the log folder'))
    .option(...dirOpt)
    .option('--tsa <url>', l10n.t('the timestamp authority (RFC 3161 over HTTP), e.g. https://freetsa.org/tsr'))
    .option('--ca <file>', l10n.t('the authority\'s CA certificate (PEM), kept beside the reply so verify can check its signature offline'))
    .action(run(timestamp));
}
