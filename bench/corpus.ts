// Shared bench inputs: the good fixtures (EN and FR), a ~200-line note grown from one of them,
// a ~1 MB corpus of varied notes, and hostile shapes next to a realistic note of the same size.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/fixtures/lint/good';
export const notes = readdirSync(dir).filter(f => f.endsWith('.md')).sort().map(f => readFileSync(join(dir, f), 'utf8'));
export const noteNames = readdirSync(dir).filter(f => f.endsWith('.md')).sort();

/** A long weekly note: one real status note with its sections grown to ~200 lines. */
export function longNote(): string {
  const base = notes[noteNames.indexOf('status-en.md')]!;
  const extra = Array.from({ length: 60 }, (_, i) => `- Item ${i + 1}: the product page now shows the photo sizes you asked for, and the checkout keeps your basket for ${i + 2} days.`).join('\n');
  const more = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}. I checked the order emails with your wording from last week; they read well on phones and on the desktop.\nThe shipping step is ready for your test on Wednesday 25 November.\n`).join('\n');
  return base.replace('## Planned next', `${extra}\n\n${more}\n## Planned next`);
}

/** ~1 MB of notes: the good corpus (EN and FR), varied so no two notes are identical. */
export function corpus(bytes = 1024 * 1024): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = notes[i % notes.length]!.replace(/Hello|Bonjour/, m => `${m} (${i})`);
    out.push({ name: `${String(i).padStart(4, '0')}-${noteNames[i % notes.length]}`, text });
    size += text.length;
  }
  return out;
}

const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** A realistic note of about `n` bytes: the long note's body repeated under one front matter. */
export function realistic(n: number): string {
  const note = longNote();
  const body = note.slice(note.indexOf('# '));
  const head = note.slice(0, note.indexOf('# '));
  return head + fill(body + '\n', n - head.length);
}

/** Shapes that make a Markdown parser or a linter superlinear, each `n` bytes. */
export function hostileShapes(n: number): Record<string, string> {
  return {
    'delimiter run *a*a*a': fill('*a', n),
    'open brackets [[[[': fill('[', n),
    'blank-line flood a\\n\\n': fill('a\n\n', n),
    'one long line': fill('The shipping step is ready for your test on Wednesday 25 November, and ', n),
    'deep nesting > > >': fill('> ', n - 1) + 'a',
    'long table': '| a | b | c |\n|---|---|---|\n' + fill('| 300 € | 2 days | soon |\n', n - 28),
    'emphasis soup **_~~`': fill('**_~~`a ', n),
    'list flood - a\\n\\n': fill('- a\n\n', n),
    'heading flood # a\\n\\n': fill('# a\n\n', n),
    'emphasis flood *a*\\n\\n': fill('*a*\n\n', n),
    'short lines a\\n': fill('a\n', n),
    'links [a](b)': fill('[a](http://b) ', n),
  };
}
