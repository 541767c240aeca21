// Renders a parsed template to plain text (CLI) or to a VS Code snippet body (the editor), from
// values the caller computed. Unresolved variables become "[hint]" in text and tab stops
// "${n:hint}" in snippets; the same variable shares one tab stop number, so VS Code mirrors it.
import { stringify } from 'yaml';
import type { Token } from './syntax.js';

export type RenderTarget = 'text' | 'snippet';

export type Values = Record<string, string | undefined>;

export interface Unresolved { name: string; hint: string; line: number; }

export interface RenderResult {
  text: string;
  /** Variables left for the writer, first occurrence of each. */
  unresolved: Unresolved[];
  /** Number of distinct tab stops (snippet target). */
  tabStops: number;
}

/** A token stream may also carry front matter values, which need YAML quoting. */
export type NoteToken = Token | { kind: 'var'; name: string; line: number; column: number; yaml: true };

/** Snippet syntax gives `$`, `}` and `\` a meaning: literal text must escape them. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, ch => `\\${ch}`);
}

export function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

export function render(tokens: NoteToken[], values: Values, hints: (name: string) => string, target: RenderTarget): RenderResult {
  const stops = new Map<string, number>();
  const unresolved: Unresolved[] = [];
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'text') { out += target === 'snippet' ? escapeSnippet(t.text) : t.text; continue; }
    const inYaml = 'yaml' in t && t.yaml;
    // Own values only: {{constructor}} in a workspace template must not print Object's source (nor crash the snippet).
    const own = Object.hasOwn(values, t.name) ? values[t.name] : undefined;
    const value = typeof own === 'string' ? own : undefined;
    if (value !== undefined && value !== '') {
      const literal = inYaml ? yamlScalar(value) : value;
      out += target === 'snippet' ? escapeSnippet(literal) : literal;
      continue;
    }
    const hint = hints(t.name);
    if (!stops.has(t.name)) {
      stops.set(t.name, stops.size + 1);
      unresolved.push({ name: t.name, hint, line: t.line });
    }
    if (target === 'snippet') out += `\${${stops.get(t.name)}:${escapeSnippet(hint)}}`;
    else out += inYaml ? yamlScalar(`[${hint}]`) : `[${hint}]`;
  }
  return { text: out, unresolved, tabStops: target === 'snippet' ? stops.size : 0 };
}
