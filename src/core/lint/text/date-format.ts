// Dates written into messages. `Date#toLocaleDateString(locale, options)` builds a new
// Intl.DateTimeFormat on every call (~0.2 ms): one formatter per locale and options object, made on
// first use, gives the same text. Callers pass options made once (a module constant).
const formatters = new Map<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** `d.toLocaleDateString(locale, options)`, through a formatter kept for the locale and options. */
export function formatDate(d: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  let byLocale = formatters.get(options);
  if (!byLocale) formatters.set(options, (byLocale = new Map()));
  let f = byLocale.get(locale);
  if (!f) byLocale.set(locale, (f = new Intl.DateTimeFormat(locale, options)));
  return f.format(d);
}
