// A local RFC 3161 time-stamping authority made with `openssl ts`, for the end-to-end tests:
// a self-signed ECDSA signer with the timeStamping usage, answering POST /tsa on the test server.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeTsa() {
  const dir = mkdtempSync(join(tmpdir(), 'relais-tsa-'));
  writeFileSync(join(dir, 'tsa.cnf'), `[ req ]
distinguished_name = dn
prompt = no
x509_extensions = v3_tsa
[ dn ]
CN = Relais e2e TSA
[ v3_tsa ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = .
serial = ./serial
crypto_device = builtin
signer_cert = ./tsa.crt
certs = ./tsa.crt
signer_key = ./tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`);
  writeFileSync(join(dir, 'serial'), '01\n');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '30',
    '-keyout', 'tsa.key', '-out', 'tsa.crt', '-config', 'tsa.cnf'], { cwd: dir, stdio: 'ignore' });
  let n = 0;
  const requests = [];
  const handler = (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      n += 1;
      const q = join(dir, `${n}.tsq`);
      const r = join(dir, `${n}.tsr`);
      writeFileSync(q, Buffer.concat(chunks));
      requests.push({ contentType: req.headers['content-type'], bytes: Buffer.concat(chunks).length });
      try {
        execFileSync('openssl', ['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', q, '-out', r], { cwd: dir, stdio: 'ignore' });
        res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' });
        res.end(readFileSync(r));
      } catch {
        res.writeHead(400);
        res.end();
      }
    });
  };
  return { dir, cert: join(dir, 'tsa.crt'), handler, requests };
}
