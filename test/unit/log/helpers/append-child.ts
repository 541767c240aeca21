// Child process for the concurrency and crash tests: appends N records to a log folder.
// argv: dir writer count [tag]
import { appendRecord } from '../../../../src/node/log-store.js';

const [dir, writer, count, tag] = process.argv.slice(2);
async function main() {
const n = Number(count);
for (let i = 0; i < n; i++) {
  await appendRecord(dir!, {
    kind: 'exchange', at: '2026-03-02T14:30:00+01:00', channel: 'email', direction: 'to-client',
    summary: `${tag ?? 'child'} ${process.pid} record ${i}`, tags: [tag ?? 'child'],
  }, { writer: writer! });
  if (process.send) process.send(i);
}
}

void main();
