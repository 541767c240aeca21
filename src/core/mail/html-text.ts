// Text of an HTML-only email, for the log: the quoted history (Gmail's gmail_quote, any
// blockquote, Outlook's divRplyFwdMsg) removed first, then tags, then entities.
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0', euro: '€',
  eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', icirc: 'î',
  iuml: 'ï', euml: 'ë', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', mdash: '—', ndash: '–' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** `keepHistory`: the whole body (an export's appendix); else only what was written this time. */
export function htmlToText(html: string, keepHistory = false): string {
  let s = html
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  // Cut at the start of the quoted history.
  const cut = s.search(/<div[^>]*class="[^"]*(?:gmail_quote|gmail_attr)|<blockquote\b|<div[^>]*id="(?:divRplyFwdMsg|appendonsend)"|<hr[^>]*id="stopSpelling"/i);
  if (cut >= 0 && !keepHistory) s = s.slice(0, cut);
  s = s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h[1-6]|tr|table|ul|ol)\s*>/gi, '\n').replace(/<li\b[^>]*>/gi, '- ')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(s).replace(/[ \t\u00a0]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
