// The production (and dev) server: Next's request handler behind a plain Node
// server, so that the client's address is decided here, from the socket and
// TRUSTED_PROXIES, before the app sees the request. `next start` alone fills
// X-Forwarded-For only when the client sent none, so any client could choose
// its address for the rate limits and the audit log.
import { createServer } from 'node:http';
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from './lib/security/forwarded.mjs';
import { hashInlineScriptsOf } from './lib/security/script-hashes.mjs';

const dev = process.argv.includes('--dev');
// Set before Next is loaded, as `next start` and `next dev` do.
process.env.NODE_ENV ??= dev ? 'development' : 'production';
const portArg = process.argv.indexOf('-p');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT) || 3000;
// A wrong setting stops the start: silently trusting nobody (or everybody) is worse.
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const { default: next } = await import('next');
const app = next({ dev, hostname: 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();

createServer((req, res) => {
  const address = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  // Without a trusted proxy, whatever X-Forwarded-For the client sent is not passed on as if it were true.
  if (trusted.kind === 'none') delete req.headers['x-forwarded-for'];
  // A strict script policy: each HTML page allows exactly its own inline scripts, by hash.
  if (!dev) hashInlineScriptsOf(res, (e) => console.error(JSON.stringify({ level: 'error', msg: 'Could not hash inline scripts', error: String(e) })));
  void handle(req, res);
}).listen(port, () => {
  console.log(`Pobyt ${dev ? 'dev ' : ''}server on http://localhost:${port}`);
});
