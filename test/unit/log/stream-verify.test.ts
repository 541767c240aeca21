// The streaming verifier (chain-reader.ts over lines.ts) against the two-pass one it replaced
// (helpers/two-pass-chain.ts, frozen): on hundreds of logs corrupted in every way verify knows, and
// read in pieces cut anywhere (mid-line, mid-character), it must report the same findings in the
// same order, count the same records and keep the same chain.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { createLogStore } from '../../../src/core/log/store.js';
import { forEachLine, forEachTextLine } from '../../../src/core/log/lines.js';
import { fixedClock, type LogStorage } from '../../../src/core/ports.js';
import { nodeSha256 } from '../../../src/node/sha256.js';
import { loadLog } from '../../../src/node/log-store.js';
import type { ChainNode } from '../../../src/core/log/chain.js';
import { twoPassLog } from './helpers/two-pass-chain.js';
import { tempDir } from './helpers/tmp.js';

const sha = nodeSha256;
const utf8 = new TextEncoder();

/** A small deterministic PRNG (mulberry32): the same corruptions on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUMMARIES = ['Kick-off: scope agreed', 'Maquettes envoyées « avant Noël »', 'Client wants a sixth révision 🎂', 'Call, then email; then call again', 'Deux révisions incluses'];

function body(writer: string, i: number, prev: string, seq = i + 1): Record<string, unknown> {
  return {
    kind: i % 7 === 3 ? 'lesson' : 'exchange', at: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+01:00`,
    summary: `${SUMMARIES[i % SUMMARIES.length]} #${i}`, v: 1, id: `2026010${i % 9}-${writer.slice(-2)}${i.toString(16).padStart(6, '0')}`,
    writer, seq, prev, recorded: '2026-02-01T10:00:00+01:00',
    ...(i % 3 === 0 ? { tags: ['scope', 'révisions'], commitments: [{ by: 'me', what: 'Envoyer les photos', due: '2026-02-10', state: 'open' }] } : {}),
  };
}
const line = (b: Record<string, unknown>) => canonical({ ...b, hash: recordHash(b, sha) });
const hashOf = (l: string) => (JSON.parse(l) as { hash: string }).hash;
/** A line as a record, when earlier corruptions left one there; else a stand-in. */
function rec(l: string | undefined): { writer: string; hash: string; seq: number; id: string } {
  try {
    const o = JSON.parse(l ?? '');
    if (o && typeof o.writer === 'string' && typeof o.hash === 'string' && typeof o.seq === 'number' && typeof o.id === 'string') return o;
  } catch { /* not a record any more */ }
  return { writer: 'w-aa', hash: 'e'.repeat(64), seq: 2, id: '20260101-stand-in' };
}

function chainOf(writer: string, n: number): string[] {
  const out: string[] = [];
  let prev = '';
  for (let i = 0; i < n; i++) {
    const l = line(body(writer, i, prev));
    out.push(l);
    prev = hashOf(l);
  }
  return out;
}

type Files = Record<string, string>;
interface Case { name: string; files: Files; locked?: string[] }

/** Every way of breaking a log verify names, each applied at a random place. */
const MUTATIONS: Record<string, (ls: string[], r: () => number, other: string[]) => string[]> = {
  'delete a line': (ls, r) => ls.filter((_, i) => i !== Math.floor(r() * ls.length)),
  'duplicate a line': (ls, r) => { const i = Math.floor(r() * ls.length); return [...ls.slice(0, i + 1), ls[i]!, ...ls.slice(i + 1)]; },
  'swap two lines': (ls, r) => { const o = [...ls]; const i = Math.floor(r() * o.length), j = Math.floor(r() * o.length); [o[i], o[j]] = [o[j]!, o[i]!]; return o; },
  'edit a summary, hash kept': (ls, r) => ls.map((l, i) => (i === Math.floor(r() * ls.length) ? l.replace(/"summary":"[^"]*"/, '"summary":"edited"') : l)),
  'edit and rehash': (ls, r) => {
    const i = Math.floor(r() * ls.length);
    return ls.map((l, k) => { if (k !== i || rec(l).id === '20260101-stand-in') return l; const { hash: _h, ...b } = JSON.parse(l); return line({ ...b, summary: 'rewritten' }); });
  },
  'seq skipped from a line on, every hash recomputed': (ls, r) => {
    const from = Math.floor(r() * ls.length);
    let prev = '';
    return ls.map((l, i) => {
      const o = rec(l);
      if (i < from || o.id === '20260101-stand-in') { prev = o.hash; return l; }
      const { hash: _h, ...b } = JSON.parse(l);
      const out = line({ ...b, prev: i === 0 ? '' : prev, seq: b.seq + 1 });
      prev = hashOf(out);
      return out;
    });
  },
  'forged fork on an older record': (ls, r) => {
    const i = 1 + Math.floor(r() * (ls.length - 1));
    const parent = rec(ls[i - 1]);
    const forged = line({ ...body(parent.writer, 900 + i, parent.hash, parent.seq + 1), summary: 'inserted later' });
    return [...ls, forged];
  },
  'same seq twice (stolen lock)': ls => {
    const last = rec(ls[ls.length - 2]);
    return [...ls, line({ ...body(last.writer, 950, last.hash, last.seq + 1), summary: 'written at once' })];
  },
  'a garbage line inserted': (ls, r) => { const i = Math.floor(r() * ls.length); return [...ls.slice(0, i), 'not json {', ...ls.slice(i)]; },
  'a missing } at the end': ls => [...ls.slice(0, -1), (ls[ls.length - 1] ?? '').slice(0, -1)],
  'a blank and a CR line': (ls, r) => { const i = Math.floor(r() * ls.length); return [...ls.slice(0, i), '', '   ', ls[i]! + '\r', ...ls.slice(i + 1)]; },
  'a record moved from another writer': (ls, r, other) => { const i = Math.floor(r() * ls.length); return [...ls.slice(0, i), other[1] ?? '', ...ls.slice(i)]; },
  'an invalid kind, chain fields kept': (ls, r) => ls.map((l, i) => (i === Math.floor(r() * ls.length) ? l.replace('"kind":"exchange"', '"kind":"gossip"') : l)),
  'no hash at all': (ls, r) => ls.map((l, i) => (i === Math.floor(r() * ls.length) ? l.replace(/,"hash":"[0-9a-f]+"/, '') : l)),
  'a record whose prev is its own place': ls => [...ls, line(body('w-aa', 990, 'f'.repeat(64), 3))],
  'a second chain start': ls => [...ls, line(body('w-aa', 991, ''))],
  'reversed': ls => [...ls].reverse(),
  'an id used again': ls => { const first = rec(ls[0]); const last = rec(ls[ls.length - 1]);
    return [...ls, line({ ...body(last.writer, 992, last.hash, last.seq + 1), id: first.id })]; },
  'a JSON array line': (ls, r) => { const i = Math.floor(r() * ls.length); return [...ls.slice(0, i), '[1,2]', ...ls.slice(i)]; },
  'a BOM on the first line': ls => ['\uFEFF' + (ls[0] ?? ''), ...ls.slice(1)],
};

function cases(): Case[] {
  const out: Case[] = [];
  const r = prng(20261201);
  const names = Object.keys(MUTATIONS);
  for (let k = 0; k < 240; k++) {
    const a = chainOf('w-aa', 4 + Math.floor(r() * 12));
    const b = chainOf('w-bb', 3 + Math.floor(r() * 6));
    // One to three corruptions on top of each other, in one writer's file or both.
    let la = a, lb = b;
    const picked: string[] = [];
    for (let m = 0, n = 1 + Math.floor(r() * 3); m < n; m++) {
      const name = names[Math.floor(r() * names.length)]!;
      picked.push(name);
      if (r() < 0.75) la = MUTATIONS[name]!(la, r, lb); else lb = MUTATIONS[name]!(lb, r, la);
    }
    const cut = r();
    const endA = cut < 0.1 ? '' : '\n';
    out.push({ name: `#${k}: ${picked.join(' + ')}${endA ? '' : ' + no final newline'}`,
      files: { 'w-aa.jsonl': la.join('\n') + endA, 'w-bb.jsonl': lb.join('\n') + '\n' }, locked: cut < 0.05 ? ['w-aa.jsonl'] : [] });
  }
  // A file cut in the middle of a record (and of a multi-byte character), lock or no lock.
  const whole = chainOf('w-aa', 6).join('\n') + '\n';
  for (const at of [whole.indexOf('«') + 1, Math.floor(whole.length / 2), whole.length - 7]) {
    out.push({ name: `cut at ${at}`, files: { 'w-aa.jsonl': whole.slice(0, at) } });
    out.push({ name: `cut at ${at}, locked`, files: { 'w-aa.jsonl': whole.slice(0, at) }, locked: ['w-aa.jsonl'] });
  }
  out.push({ name: 'empty file', files: { 'w-aa.jsonl': '' } }, { name: 'only a newline', files: { 'w-aa.jsonl': '\n' } });
  return out;
}

/** An in-memory log folder whose files are handed over in pieces of the sizes `cut` gives (1 byte and up). */
function pieceStorage(bytes: Record<string, Uint8Array>, locked: string[], cut: () => number): LogStorage {
  const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  return {
    kind: p => (p === '/log' ? 'directory' : base(p) in bytes ? 'file' : p.endsWith('.lock') && locked.includes(base(p).slice(0, -5)) ? 'file' : undefined),
    list: () => Object.keys(bytes),
    read: () => { throw new Error('read whole: the store should stream'); },
    *readChunks(p) {
      const all = bytes[base(p)]!;
      // One buffer reused for every piece, as the Node storage does.
      const buf = new Uint8Array(64);
      for (let at = 0; at < all.length;) {
        const n = Math.min(all.length - at, 1 + Math.floor(cut() * 40));
        buf.set(all.subarray(at, at + n));
        yield buf.subarray(0, n);
        at += n;
      }
    },
    ensureFolder: () => undefined,
    append: () => Promise.reject(new Error('read only')),
  };
}

// The two-pass reference words its findings in English only: the French beside each (`fr`) is
// checked apart, in 'every finding has its French' below.
const english = (issues: unknown[]) => issues.map(i => { const { fr: _fr, ...rest } = i as { fr?: string }; return rest; });
const view = (log: { issues: unknown[]; count: number; heads: Record<string, string>; records: { line: number; intact: boolean; record: { id: string } }[] }) => ({
  issues: english(log.issues), count: log.count, heads: log.heads, records: log.records.map(r => [r.record.id, r.line, r.intact]),
});

describe('streaming verify reports what the two-pass verify reported', () => {
  const all = cases();

  it(`on ${all.length} corrupted logs read from disk (findings, order, records, heads)`, () => {
    const t = tempDir();
    try {
      let broken = 0;
      all.forEach((c, k) => {
        const dir = join(t.dir, String(k));
        mkdirSync(dir);
        for (const [name, text] of Object.entries(c.files)) writeFileSync(join(dir, name), text);
        for (const name of c.locked ?? []) writeFileSync(join(dir, name + '.lock'), '');
        // The old verifier read each file whole as UTF-8 text.
        const texts = Object.fromEntries(Object.keys(c.files).map(n => [n, readFileSync(join(dir, n), 'utf8')]));
        const expected = view(twoPassLog(texts, { sha, locked: c.locked }));
        assert.deepEqual(view(loadLog(dir)), expected, c.name);
        assert.deepEqual(english(loadLog(dir, { keep: false }).issues), expected.issues, `${c.name} (keep: false)`);
        if (expected.issues.some(i => (i as { severity: string }).severity === 'error')) broken++;
      });
      assert.ok(broken > all.length * 0.8, `most cases are broken logs (${broken}/${all.length})`);
    } finally {
      t.cleanup();
    }
  });

  it('every finding has its French, for the CLI of a French user', () => {
    const t = tempDir();
    try {
      const codes = new Set<string>();
      all.forEach((c, k) => {
        const dir = join(t.dir, String(k));
        mkdirSync(dir);
        for (const [name, text] of Object.entries(c.files)) writeFileSync(join(dir, name), text);
        for (const name of c.locked ?? []) writeFileSync(join(dir, name + '.lock'), '');
        for (const i of loadLog(dir).issues) {
          codes.add(i.code);
          assert.ok(i.fr && i.fr !== i.message, `${c.name}: ${i.message}`);
          assert.match(i.fr, /\b(?:ligne|entrées?|bifurcation)\b/, `${c.name}: ${i.fr}`);
          assert.doesNotMatch(i.fr, /\b(?:record|line)\b/, `${c.name}: ${i.fr}`);
        }
      });
      assert.ok(codes.size >= 6, `the cases reach several kinds of finding (${[...codes].join(', ')})`);
    } finally {
      t.cleanup();
    }
  });

  it('whatever the pieces the file arrives in (cut mid-line and mid-character), chains included', () => {
    const r = prng(7);
    for (const c of all) {
      const bytes = Object.fromEntries(Object.entries(c.files).map(([n, text]) => [n, utf8.encode(text)]));
      const store = createLogStore({ storage: pieceStorage(bytes, c.locked ?? [], r), host: { randomHex: () => '00' }, sha, clock: fixedClock(new Date(0)) });
      const chains: Record<string, ChainNode[]> = {};
      const got = store.loadLog('/log', { chains });
      assert.deepEqual(view(got), view(twoPassLog(c.files, { sha, locked: c.locked })), c.name);
      for (const name of Object.keys(c.files)) {
        const ls: string[] = [];
        forEachTextLine(c.files[name]!, l => ls.push(l));
        const nodes = chains[name]!;
        assert.deepEqual(nodes.map(n => n.line), got.records.filter(x => x.file === name).map(x => x.line), `${c.name}: chain of ${name}`);
        for (const n of nodes) assert.equal(n.hash, JSON.parse(ls[n.line - 1]!.replace(/^\uFEFF/, '')).hash, c.name);
      }
    }
  });

  it('splits bytes into the lines of the decoded text, a final line without "\\n" included', () => {
    const r = prng(11);
    for (const text of ['', '\n', 'a', 'a\n', 'a\n\nb', 'é\n🎂\r\n«»', '\uFEFF{"x":1}\n']) {
      const bytes = utf8.encode(text);
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < bytes.length;) { const n = 1 + Math.floor(r() * 3); pieces.push(bytes.slice(at, at + n)); at += n; }
      const got: string[] = [];
      const ends = forEachLine(pieces, (t, b) => { assert.deepEqual(b, utf8.encode(t)); got.push(t); });
      const want: string[] = [];
      forEachTextLine(text, t => want.push(t));
      assert.equal(ends, text.endsWith('\n'));
      assert.deepEqual(got, text === '' ? [] : want, JSON.stringify(text));
    }
  });
});
