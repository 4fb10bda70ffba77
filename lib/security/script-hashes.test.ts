import { createHash } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { hashInlineScriptsOf, inlineScriptHashes, withScriptHashes } from './script-hashes.mjs';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'";

describe('hashes of inline scripts', () => {
  it('hashes each inline script once, and no external one', () => {
    const html = '<html><script>self.__next_f.push([1,"a"])</script><script src="/_next/x.js"></script><script async="">b()</script><script>self.__next_f.push([1,"a"])</script></html>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"a"])'), sha('b()')]);
  });

  it('puts the hashes into script-src and drops unsafe-inline, leaving the other directives', () => {
    expect(withScriptHashes(POLICY, [sha('x')])).toBe(`default-src 'self'; script-src 'self' ${sha('x')}; object-src 'none'`);
  });
});

describe('an HTML response through the hashing server', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  async function fetchFrom(handler: (res: import('node:http').ServerResponse) => void) {
    server = createServer((_req, res) => {
      hashInlineScriptsOf(res, () => {});
      handler(res);
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    return new Promise<{ headers: import('node:http').IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      request({ port, host: '127.0.0.1', path: '/' }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  }

  it('sends a streamed, gzipped page whole, with a policy naming exactly its scripts', async () => {
    const page = '<!DOCTYPE html><html><body><script>one()</script><p>tekst zażółć</p><script>two()</script></body></html>';
    const gz = zlib.gzipSync(page);
    const { headers, body } = await fetchFrom((res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-security-policy', POLICY);
      res.setHeader('content-encoding', 'gzip');
      res.writeHead(200);
      res.write(gz.subarray(0, 10));
      res.end(gz.subarray(10));
    });
    expect(headers['content-security-policy']).toBe(`default-src 'self'; script-src 'self' ${sha('one()')} ${sha('two()')}; object-src 'none'`);
    expect(zlib.gunzipSync(body).toString('utf8')).toBe(page);
    expect(Number(headers['content-length'])).toBe(body.length);
  });

  it('passes other responses through untouched', async () => {
    const { headers, body } = await fetchFrom((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-security-policy': POLICY });
      res.end('{"a":"<script>x()</script>"}');
    });
    expect(headers['content-security-policy']).toBe(POLICY);
    expect(body.toString()).toBe('{"a":"<script>x()</script>"}');
  });
});
