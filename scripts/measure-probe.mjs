#!/usr/bin/env node
// Measures the linter on a frozen held-out probe set through the built CLI, as a user runs it.
//   node scripts/measure-probe.mjs <probe-dir> [--cli dist/cli.js] [--json]
// <probe-dir> holds sentences.<lang>.txt ("label | sentence"; label = rule id or ok) and
// notes/<lang>/*.md with notes/expect.tsv ("path<TAB>label,label" or "ok").
// Sentence recall counts the exact rule id; a false alarm is any finding of a tone/phrase rule on
// an "ok" sentence (structural rules need a typed note, which a lone sentence is not).
// The probe is never tuned on: this script reads labels, not rules.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const dir = resolve(args.find(a => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--cli') ?? 'test/probe');
const cli = resolve(args.includes('--cli') ? args[args.indexOf('--cli') + 1] : 'dist/cli.js');
const TODAY = '2026-11-24';
const PHRASE_RULES = new Set(['blame-colleague', 'blame-client', 'defensive-tone', 'vague-timing', 'non-apology',
  'dismissive', 'sarcasm', 'shouting', 'unexplained-jargon']);

function lintDir(root) {
  const r = spawnSync(process.execPath, [cli, 'lint', '.', '--format', 'json', '--today', TODAY],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, LANG: 'C', LC_ALL: '' } });
  if (r.status === 2 || !r.stdout) throw new Error(`lint failed (${r.status}): ${r.stderr}`);
  const byPath = new Map();
  // Files live under notes/: a Markdown file outside the notes folder is linted only when typed.
  for (const f of JSON.parse(r.stdout)) byPath.set(f.path.replace(/^\.\//, '').replace(/^notes\//, ''), f.messages.map(m => m.ruleId));
  return byPath;
}

function sentences(lang) {
  const file = join(dir, `sentences.${lang}.txt`);
  if (!existsSync(file)) throw new Error(`missing ${file}`);
  return readFileSync(file, 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#')).map(l => {
    const i = l.indexOf('|');
    return { label: l.slice(0, i).trim(), text: l.slice(i + 1).trim() };
  });
}

function measureSentences(lang) {
  const rows = sentences(lang);
  const tmp = mkdtempSync(join(tmpdir(), 'probe-'));
  try {
    mkdirSync(join(tmp, 'notes'));
    rows.forEach((row, i) => writeFileSync(join(tmp, 'notes', `s${String(i).padStart(4, '0')}.md`), `---\nlang: ${lang}\ndate: ${TODAY}\n---\n\n${row.text}\n`));
    const found = lintDir(tmp);
    const per = {};
    let fa = 0, faNoJargon = 0, ok = 0;
    const misses = [], alarms = [];
    rows.forEach((row, i) => {
      const ids = found.get(`s${String(i).padStart(4, '0')}.md`) ?? [];
      if (row.label === 'ok') {
        ok++;
        const bad = ids.filter(id => PHRASE_RULES.has(id));
        if (bad.length) { fa++; alarms.push(`${bad.join(',')} | ${row.text}`); }
        if (bad.some(id => id !== 'unexplained-jargon')) faNoJargon++;
        return;
      }
      const p = (per[row.label] ??= { n: 0, hit: 0 });
      p.n++;
      if (ids.includes(row.label)) p.hit++; else misses.push(`${row.label} | ${row.text}`);
    });
    const n = Object.values(per).reduce((a, p) => a + p.n, 0);
    const hit = Object.values(per).reduce((a, p) => a + p.hit, 0);
    return { lang, bad: n, recall: hit / n, ok, falseAlarms: fa, falseAlarmRate: fa / ok, falseAlarmsNoJargon: faNoJargon, perRule: per, misses, alarms };
  } finally { rmSync(tmp, { recursive: true, force: true }); }
}

function measureNotes() {
  const expectFile = join(dir, 'notes', 'expect.tsv');
  if (!existsSync(expectFile)) return undefined;
  const expect = readFileSync(expectFile, 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#')).map(l => {
    const [path, labels = 'ok'] = l.split('\t');
    return { path: path.trim().replace(/^notes\//, ''), labels: labels.split(',').map(s => s.trim()).filter(s => s && s !== 'ok') };
  });
  const tmp = mkdtempSync(join(tmpdir(), 'probe-notes-'));
  try {
    for (const e of expect) {
      const src = join(dir, 'notes', e.path);
      mkdirSync(join(tmp, 'notes', e.path, '..'), { recursive: true });
      writeFileSync(join(tmp, 'notes', e.path), readFileSync(src));
    }
    const found = lintDir(tmp);
    const out = {};
    for (const e of expect) {
      const lang = e.path.split('/')[0];
      const o = (out[lang] ??= { expected: 0, hit: 0, okNotes: 0, okNotesWithFindings: 0, misses: [], alarms: [] });
      const ids = found.get(e.path) ?? [];
      if (!e.labels.length) {
        o.okNotes++;
        if (ids.length) { o.okNotesWithFindings++; o.alarms.push(`${e.path}: ${[...new Set(ids)].join(',')}`); }
      }
      for (const l of e.labels) { o.expected++; if (ids.includes(l)) o.hit++; else o.misses.push(`${e.path}: ${l}`); }
    }
    for (const o of Object.values(out)) o.recall = o.hit / o.expected;
    return out;
  } finally { rmSync(tmp, { recursive: true, force: true }); }
}

const result = { cli, sentences: ['en', 'fr'].map(measureSentences), notes: measureNotes() };
if (args.includes('--json')) { process.stdout.write(JSON.stringify(result, null, 2) + '\n'); process.exit(0); }
const pct = x => (100 * x).toFixed(1) + '%';
for (const s of result.sentences) {
  console.log(`sentences ${s.lang}: recall ${pct(s.recall)} (${s.bad} bad), false alarms ${pct(s.falseAlarmRate)} (${s.falseAlarms}/${s.ok} ok; ${s.falseAlarmsNoJargon} without unexplained-jargon)`);
  for (const [rule, p] of Object.entries(s.perRule).sort()) console.log(`  ${rule.padEnd(16)} ${p.hit}/${p.n} ${pct(p.hit / p.n)}`);
}
if (result.notes) for (const [lang, o] of Object.entries(result.notes)) {
  console.log(`notes ${lang}: recall ${pct(o.recall)} (${o.hit}/${o.expected} expected findings), good notes with a finding ${o.okNotesWithFindings}/${o.okNotes}`);
}
