// A key written twice in one JSON object (`{"summary":"a","summary":"b"}`) is read two ways: JSON.parse,
// and so every Liaison view, keeps the last value, other readers keep the first, and a person
// reading the file sees both. The record's hash covers only one of them, so such a line is never
// a record as written. Cheap on every line: keys are counted first (a key ends at an unescaped
// `":`), and only a line whose count differs from the parsed object's is scanned key by key.

/** Keys of `value` and of every object inside it. */
function keysIn(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) { let n = 0; for (const v of value) n += keysIn(v); return n; }
  let n = 0;
  for (const k in value as Record<string, unknown>) n += 1 + keysIn((value as Record<string, unknown>)[k]);
  return n;
}

/** Places where a key ends in raw JSON text: a `"` that closes a string, followed by `:`. */
function keyEnds(raw: string): number {
  let n = 0;
  for (let at = raw.indexOf('":'); at >= 0; at = raw.indexOf('":', at + 2)) {
    let slashes = 0;
    while (raw.charCodeAt(at - 1 - slashes) === 92 /* \ */) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n;
}

/** The first key written twice in one object of `raw` (valid JSON that parsed to `parsed`); undefined when none is. */
export function duplicateKey(raw: string, parsed: unknown): string | undefined {
  // Most lines hold no object but the record itself: its own key count is enough.
  const keys = raw.indexOf('{', 1) < 0 && parsed !== null && typeof parsed === 'object' ? Object.keys(parsed).length : keysIn(parsed);
  if (keyEnds(raw) === keys) return undefined;
  // Exact scan: a stack of the keys seen in each open object.
  const open: (Set<string> | undefined)[] = [];
  let expectKey = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') {
      let j = i + 1;
      while (j < raw.length && raw[j] !== '"') j += raw[j] === '\\' ? 2 : 1;
      const top = open[open.length - 1];
      if (expectKey && top) {
        const key = JSON.parse(raw.slice(i, j + 1)) as string;
        if (top.has(key)) return key;
        top.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === '{') { open.push(new Set()); expectKey = true; } else if (c === '[') open.push(undefined);
    else if (c === '}' || c === ']') open.pop();
    else if (c === ',') expectKey = open[open.length - 1] !== undefined;
  }
  return undefined;
}
