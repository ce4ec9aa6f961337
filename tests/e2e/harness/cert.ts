// A certificate made at test time for every host the fixture server answers for. Chromium is started
// with --ignore-certificate-errors anyway; the SANs keep the certificate honest for tools that check
// names (curl --resolve, Firefox later) and make a wrong mapping visible in a TLS error, not a silent pass.
import { generate } from 'selfsigned';

export interface TlsMaterial {
  key: string;
  cert: string;
}

const cache = new Map<string, Promise<TlsMaterial>>();

/** One certificate per host set and process: every server started by a spec file reuses it. */
export function testCertificate(hostNames: readonly string[]): Promise<TlsMaterial> {
  const key = [...hostNames].sort().join(',');
  let material = cache.get(key);
  if (!material) {
    material = make(hostNames);
    cache.set(key, material);
  }
  return material;
}

async function make(hostNames: readonly string[]): Promise<TlsMaterial> {
  const dnsNames = [...new Set([...hostNames, 'localhost', '*.arxiv.org', '*.example.com', '*.example.org'])];
  const pems = await generate([{ name: 'commonName', value: 'paper-radar-e2e' }], {
    keyType: 'ec', // P-256: generated in milliseconds, unlike RSA-2048
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 24 * 3600 * 1000), // tolerate clock skew between node and browser
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...dnsNames.map((value) => ({ type: 2 as const, value })), { type: 7, ip: '127.0.0.1' }],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
