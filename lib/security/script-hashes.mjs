// @ts-check
// Plain JavaScript: server.mjs uses it on every HTML response, before Next's own code.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

// The browser ends a script element at the first "</script", whatever the script says; so does this.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * CSP hash sources ('sha256-…') of the inline scripts of an HTML document:
 * Next's flight data and bootstrap scripts, prerendered or rendered per request.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(m[1] ?? '')) continue;
    hashes.add(`'sha256-${createHash('sha256').update(m[2] ?? '', 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy with `script-src` allowing exactly these inline scripts: 'unsafe-inline' goes.
 * @param {string} policy
 * @param {string[]} hashes
 */
export function withScriptHashes(policy, hashes) {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => (/^script-src\s/i.test(d) ? [...d.split(/\s+/).filter((p) => p !== "'unsafe-inline'"), ...hashes].join(' ') : d))
    .join('; ');
}

/**
 * The text of a (possibly compressed) response body.
 * @param {Buffer} body
 * @param {unknown} encoding the Content-Encoding header
 */
export function decodeBody(body, encoding) {
  const e = String(encoding ?? '').toLowerCase();
  if (!body.length) return '';
  if (e === 'gzip') return zlib.gunzipSync(body).toString('utf8');
  if (e === 'br') return zlib.brotliDecompressSync(body).toString('utf8');
  if (e === 'deflate') return zlib.inflateSync(body).toString('utf8');
  if (e === '' || e === 'identity') return body.toString('utf8');
  throw new Error(`unknown content encoding ${e}`);
}

/**
 * Holds back an HTML response until it is complete, then sends it with its
 * Content-Security-Policy's script-src listing the hashes of its inline
 * scripts: a strict policy that keeps prerendered pages prerendered (a nonce
 * would need every page rendered per request). Other responses pass untouched.
 * @param {import('node:http').ServerResponse} res
 * @param {(error: unknown) => void} onError
 */
export function hashInlineScriptsOf(res, onError) {
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {boolean | null} */
  let holding = null;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  const hold = () => {
    if (holding === null) {
      holding = String(res.getHeader('content-type') ?? '').startsWith('text/html') && res.getHeader('content-security-policy') !== undefined;
    }
    return holding;
  };
  /** @param {any} chunk @param {any} [encoding] */
  const keep = (chunk, encoding) => {
    if (chunk !== undefined && chunk !== null) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
  };

  // @ts-expect-error Node's overloads; the arguments are passed on as given.
  res.writeHead = (status, ...rest) => {
    const message = typeof rest[0] === 'string' ? rest.shift() : undefined;
    const headers = rest[0];
    res.statusCode = status;
    if (message) res.statusMessage = message;
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    if (!hold()) writeHead(status);
    return res;
  };
  res.flushHeaders = () => {
    if (!hold()) flushHeaders();
  };
  // @ts-expect-error as above
  res.write = (chunk, encoding, cb) => {
    if (!hold()) return write(chunk, encoding, cb);
    keep(chunk, encoding);
    const done = typeof encoding === 'function' ? encoding : cb;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
  // @ts-expect-error as above
  res.end = (chunk, encoding, cb) => {
    if (typeof chunk === 'function') [cb, chunk] = [chunk, undefined];
    else if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    if (!hold()) return end(chunk, encoding, cb);
    keep(chunk, encoding);
    const body = Buffer.concat(chunks);
    try {
      const html = decodeBody(body, res.getHeader('content-encoding'));
      res.setHeader('content-security-policy', withScriptHashes(String(res.getHeader('content-security-policy')), inlineScriptHashes(html)));
    } catch (e) {
      // The page still goes out, under the policy Next set.
      onError(e);
    }
    if (!res.headersSent) {
      res.removeHeader('transfer-encoding');
      res.setHeader('content-length', body.length);
      writeHead(res.statusCode);
    }
    return end(body, cb);
  };
}
