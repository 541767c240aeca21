// The new text of an email: what the sender wrote this time, without the history their mail
// client quoted below it ("On … wrote:", « Le … a écrit : », `>` lines, Outlook's
// "-----Original Message-----" or "From: … Sent: …" block) and without the signature after "-- ".

// A line that starts the quoted history; everything from it on is history.
const HISTORY_STARTS: RegExp[] = [
  /^On .{6,}wrote:\s*$/i, // Gmail, Apple Mail, Thunderbird (EN)
  /^Le .{6,}a écrit\s*:\s*$/i, // the same in French
  /^-{2,}\s*(?:Original Message|Forwarded message|Message d['’]origine|Message original|Message transféré)\s*-{2,}\s*$/i,
  /^_{20,}\s*$/, // Outlook's separator line above its header block
];
// Outlook without a separator: a "From:" line followed within three lines by "Sent:" or "Date:".
const OUTLOOK_FROM = /^(?:From|De)\s*:\s*\S/i;
const OUTLOOK_NEXT = /^(?:Sent|Date|Envoyé|To|À|Subject|Objet)\s*:/i;

export function newText(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    // "On Tue, Dec 1, 2026 at 9:30 AM Alex <a@b>" + "wrote:" on the next line (wrapped).
    const joined = i + 1 < lines.length ? `${l} ${lines[i + 1]!.trim()}` : l;
    if (HISTORY_STARTS.some(re => re.test(l)) || (/^(?:On|Le) /.test(l) && HISTORY_STARTS.slice(0, 2).some(re => re.test(joined)))) { end = i; break; }
    if (OUTLOOK_FROM.test(l) && lines.slice(i + 1, i + 4).some(n => OUTLOOK_NEXT.test(n.trim()))) { end = i; break; }
    if (l === '--' && lines[i] === '-- ') { end = i; break; } // signature separator (RFC 3676)
  }
  return lines.slice(0, end).filter(l => !/^\s*>/.test(l)).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
