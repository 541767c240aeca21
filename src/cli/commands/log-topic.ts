// `liaison log topic QUERY`: what was agreed about one subject (decisions, commitments and their
// fate, the client's words, our sent notes, in time order), printed or written as a brief in the
// review export's format (.md or .html: self-contained, no script, everything escaped).
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { nodeFileSystem, toPortPath } from '../../node/file-system.js';
import { isLang, type Lang } from '../../core/ports.js';
import { sha256Hex } from '../../core/log/canonical.js';
import { localDay } from '../../core/log/dates.js';
import { LABELS } from '../../core/log/labels.js';
import { STYLE } from '../../core/log/export-html.js';
import { effectiveRecords } from '../../core/log/query.js';
import { checkAnchor, loadLog, logWitnesses, verdictOf } from '../../node/log-store.js';
import { buildIndex, parseQuery, QUERY_PROBLEMS } from '../../core/log/search.js';
import { loadSentNotes } from '../../core/log/search-notes.js';
import { buildTopic } from '../../core/log/topic.js';
import { renderTopicHtml, renderTopicMarkdown } from '../../core/log/topic-render.js';
import { terminalLine } from '../../core/log/escape.js';
import { checkFilters, logPlace, run, UsageError, withFilters, type FilterFlags } from './log-workspace.js';
import * as l10n from '../l10n.js';

interface TopicFlags extends FilterFlags { out?: string; lang?: string; today?: string }

async function topic(query: string[], o: TopicFlags): Promise<void> {
  const filter = checkFilters(o);
  if (o.tag.length > 1) throw new UsageError(l10n.t('--tag: a brief is about one subject; give one tag'));
  if (o.lang !== undefined && !isLang(o.lang)) throw new UsageError(l10n.t('--lang must be en or fr'));
  const ext = o.out ? extname(o.out).toLowerCase() : '';
  if (o.out && !['.md', '.html', '.htm'].includes(ext)) throw new UsageError(l10n.t('--out must end with .md or .html (got "{0}")', o.out));
  const text = query.join(' ').trim();
  const tag = o.tag[0];
  if (!text && !tag) throw new UsageError(`${l10n.t('name the subject: words (liaison log topic "mobile version") or --tag TAG.')} ${l10n.pick(QUERY_PROBLEMS.empty)}`);
  const parsed = text ? parseQuery(text) : undefined;
  if (parsed && 'problem' in parsed) throw new UsageError(l10n.t('{0}: {1}', l10n.t('"{0}" holds only common words', text), l10n.pick(QUERY_PROBLEMS[parsed.problem])));
  const place = await logPlace(o.dir);
  const log = loadLog(place.folder);
  const all = effectiveRecords(log.records);
  const notes = await loadSentNotes(nodeFileSystem, toPortPath(place.root), all, sha256Hex);
  const now = new Date();
  const t = buildTopic({
    index: buildIndex(all, notes), all, query: parsed ? { text, parsed } : undefined, tag, filter,
    today: o.today ?? localDay(now), notes,
    // Witnesses that this log still reproduces: a record made before one is covered by it.
    witnesses: logWitnesses(place.folder).filter(x => checkAnchor(place.folder, x.ref).ok)
      .map(x => ({ at: x.issued, kind: x.channel === 'timestamp' ? 'timestamp' : 'anchor' })),
  });
  const lang: Lang = (o.lang as Lang | undefined) ?? place.profile?.lang ?? l10n.lang();
  const L = LABELS[lang];
  const verdict = verdictOf(log.issues);
  const meta = { lang, project: place.profile?.project, client: place.profile?.client.name, generated: now.toISOString(),
    integrity: verdict === 'intact' ? L.intact : verdict === 'broken' ? L.broken : L.intactWarn };
  const mdText = renderTopicMarkdown(t, meta);
  if (!o.out) {
    process.stdout.write(mdText.split('\n').map(terminalLine).join('\n'));
  } else {
    const csp = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src 'none'; script-src 'none'; form-action 'none'; base-uri 'none'`;
    writeFileSync(o.out, ext === '.md' ? mdText : renderTopicHtml(t, meta, csp));
    process.stdout.write(l10n.t('wrote {0} item(s) from {1} record(s) to {2}', t.items.length, t.records.length, terminalLine(o.out)) + '\n');
  }
  if (verdict === 'broken') process.exitCode = 1;
}

export function registerLogTopic(log: Command): void {
  withFilters(log.command('topic').argument('[query...]', l10n.t('the subject, in words (or use --tag)'))
    .description(l10n.t('What was agreed about a subject: decisions, commitments and their fate, the client\'s words, our sent notes, in time order')))
    .option('--out <file>', l10n.t('write the brief to a .md or .html file (default: print it)'))
    .option('--lang <lang>', l10n.t('en or fr (default: the profile\'s language, else from LANG)'))
    .option('--today <date>', l10n.t('the day commitments are judged overdue against (default: today)'))
    .action((query: string[], o: TopicFlags) => run((x: TopicFlags) => topic(query, x))(o));
}
