// Dates written into messages. `Date#toLocaleDateString(locale, options)` builds a new
// Intl.DateTimeFormat on every call (~0.2 ms): one formatter per locale and options, made on first use,
// gives the same text.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** `d.toLocaleDateString(locale, options)`, through a formatter kept for the locale and options. */
export function formatDate(d: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f.format(d);
}
