// `liaison log timestamp --tsa URL` against a local RFC 3161 authority made with `openssl ts` here:
// a CA, a TSA certificate for timeStamping, and an HTTP server answering with `openssl ts -reply`.
import { strict as assert } from 'node:assert';
import { execFile, execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { tempDir } from '../log/helpers/tmp.js';

const CLI = join(__dirname, '../../../dist/cli.js');
const ROOT = join(__dirname, '../../..');
const run = promisify(execFile);

const TSA_CNF = `[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = Liaison test TSA
[ tsa_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = .
serial = ./serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;

describe('liaison log timestamp (RFC 3161, local authority)', function () {
  this.timeout(120_000);
  let t: ReturnType<typeof tempDir>;
  let ca: string;
  let server: Server;
  let url: string;
  let requests = 0;
  const ssl = (cwd: string, ...args: string[]) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const logIn = async (lang: string, ...args: string[]) => {
    try {
      const r = await run(process.execPath, [CLI, 'log', args[0]!, '--dir', t.dir, ...args.slice(1)],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '', LIAISON_WRITER: 'cli-test', LIAISON_CONFIG_DIR: join(t.dir, '.config') } });
      return { code: 0, out: r.stdout, err: r.stderr };
    } catch (e) {
      const x = e as { code: number; stdout: string; stderr: string };
      return { code: x.code, out: x.stdout, err: x.stderr };
    }
  };
  const log = (...args: string[]) => logIn('C', ...args);

  before(async () => {
    t = tempDir('liaison-tsa-');
    const d = join(t.dir, 'tsa');
    mkdirSync(d);
    writeFileSync(join(d, 'tsa.cnf'), TSA_CNF);
    writeFileSync(join(d, 'serial'), '01\n');
    ssl(d, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=Liaison test CA');
    ssl(d, 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'tsa.key', '-out', 'tsa.csr', '-config', 'tsa.cnf');
    ssl(d, 'x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'tsa.crt', '-days', '2', '-extfile', 'tsa.cnf', '-extensions', 'tsa_ext');
    ca = join(d, 'ca.crt');
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', c => chunks.push(c));
      req.on('end', () => {
        requests++;
        writeFileSync(join(d, 'q.tsq'), Buffer.concat(chunks));
        ssl(d, 'ts', '-reply', '-config', 'tsa.cnf', '-queryfile', 'q.tsq', '-signer', 'tsa.crt', '-inkey', 'tsa.key', '-out', 'r.tsr');
        res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(readFileSync(join(d, 'r.tsr')));
      });
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/tsr`;
    mkdirSync(join(t.dir, '.liaison'), { recursive: true });
    writeFileSync(join(t.dir, '.liaison/profile.json'), JSON.stringify({ client: { name: 'B' }, project: 'P', freelancer: { name: 'A' }, lang: 'en' }));
  });
  after(() => {
    server?.close();
    t?.cleanup();
  });

  it('sends only the digest, keeps the reply in the log folder, verifies it offline, and catches a rewrite before it', async () => {
    const none = await log('timestamp', '--tsa', url);
    assert.equal(none.code, 2);
    assert.match(none.err, /the log is empty/);
    assert.equal(requests, 0, 'nothing sent for an empty log');
    for (let i = 1; i <= 3; i++) assert.equal((await log('add', '--at', `2026-03-0${i}`, '--summary', `r${i}`)).code, 0);
    const r = await log('timestamp', '--tsa', url, '--ca', ca);
    assert.equal(r.code, 0, r.err);
    assert.equal(requests, 1);
    const ref = r.out.split('\n')[0]!;
    assert.match(ref, /^LX-[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    assert.match(r.out, /signature checked/);
    const tsr = join(t.dir, '.liaison/log/witnesses/timestamps', ref + '.tsr');
    assert.ok(existsSync(tsr) && existsSync(tsr.replace(/\.tsr$/, '.ca.pem')));
    // Offline: verify checks the stored reply without any network.
    server.close();
    let v = await log('verify');
    assert.equal(v.code, 0, v.out + v.err);
    assert.match(v.out, new RegExp(`timestamp ${ref}: signed by the authority on .*, signature checked; the records it covers are unchanged`));
    const md = join(t.dir, 'review.md');
    assert.equal((await log('export', '--out', md)).code, 0);
    assert.match(readFileSync(md, 'utf8'), new RegExp(`RFC 3161 timestamp ${ref}.*timestamp authority signed`));
    // A full rewrite with recomputed hashes: the chain verifies, the timestamp does not hold.
    const file = join(t.dir, '.liaison/log/cli-test.jsonl');
    const recs = readFileSync(file, 'utf8').trim().split('\n').map(l => JSON.parse(l));
    recs[0].summary = 'rewritten';
    for (let i = 0; i < recs.length; i++) {
      if (i > 0) recs[i].prev = recs[i - 1].hash;
      delete recs[i].hash;
      recs[i].hash = recordHash(recs[i]);
    }
    writeFileSync(file, recs.map(x => canonical(x)).join('\n') + '\n');
    v = await log('verify');
    assert.equal(v.code, 1);
    assert.match(v.out, /log intact/);
    assert.match(v.out, new RegExp(`timestamp ${ref}: DOES NOT HOLD`));
    // A reply whose signature does not chain to the stored CA is refused.
    writeFileSync(tsr.replace(/\.tsr$/, '.ca.pem'), readFileSync(join(t.dir, 'tsa/tsa.crt')));
    // Said as what happened and what to do; openssl's own words only in the English, for debugging.
    v = await log('verify');
    assert.match(v.out, new RegExp(`timestamp ${ref}: DOES NOT HOLD: the authority's signature does not check against the CA certificate stored beside it \\(${ref}\\.ca\\.pem\\): .*put the authority's real CA certificate there.* \\(openssl ts -verify: `));
    const vFr = await logIn('fr_FR.UTF-8', 'verify');
    assert.match(vFr.out, new RegExp(`horodatage ${ref}\u00a0: NE TIENT PLUS\u00a0: la signature de l’autorité ne se vérifie pas avec le certificat d’AC conservé à côté`));
    assert.doesNotMatch(vFr.out, /openssl ts|Verification|error:/i);
    // A damaged reply file: a sentence saying how to recover, in both languages.
    writeFileSync(tsr, 'not a timestamp');
    assert.match((await log('verify')).out, /DOES NOT HOLD: the stored reply is damaged or is not an RFC 3161 timestamp: restore it from a backup, or timestamp the log again/);
    assert.match((await logIn('fr_FR.UTF-8', 'verify')).out, /NE TIENT PLUS\u00a0: la réponse conservée est abîmée ou n’est pas un horodatage RFC 3161\u00a0: restaurez-la/);
  });

  it('says an address that is no timestamp authority is one, in English and French, and keeps nothing', async () => {
    const web = createServer((req, res) => {
      req.resume();
      req.on('end', () => (req.url === '/missing' ? res.writeHead(404).end() : res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>hello</html>')));
    });
    await new Promise<void>(r => web.listen(0, '127.0.0.1', r));
    const at = `http://127.0.0.1:${(web.address() as { port: number }).port}`;
    try {
      if (!existsSync(join(t.dir, '.liaison/log/cli-test.jsonl'))) assert.equal((await log('add', '--at', '2026-03-01', '--summary', 'r1')).code, 0);
      const html = await log('timestamp', '--tsa', `${at}/page`);
      assert.equal(html.code, 2);
      assert.match(html.err, /did not answer with an RFC 3161 timestamp: check that the address is the authority's timestamp service .*nothing was kept \(openssl ts -reply: /);
      const htmlFr = await logIn('fr_FR.UTF-8', 'timestamp', '--tsa', `${at}/page`);
      assert.match(htmlFr.err, /n’a pas répondu par un horodatage RFC 3161\u00a0: vérifiez que l’adresse est celle du service d’horodatage/);
      assert.doesNotMatch(htmlFr.err, /openssl ts/);
      assert.match((await logIn('fr_FR.UTF-8', 'timestamp', '--tsa', `${at}/missing`)).err, /a répondu HTTP 404\u00a0: vérifiez qu’il s’agit bien de l’adresse RFC 3161/);
    } finally {
      web.close();
    }
  });
});
