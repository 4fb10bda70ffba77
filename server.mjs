// The production (and dev) server: Next's request handler behind a plain Node
// server, so that the client's address is decided here, from the socket and
// TRUSTED_PROXIES, before the app sees the request. `next start` alone fills
// X-Forwarded-For only when the client sent none, so any client could choose
// its address for the rate limits and the audit log.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createLogger, REQUEST_ID_HEADER, requestContext } from './lib/log-core.mjs';
import { httpRequestDuration, methodLabel } from './lib/metrics/registry.mjs';
import { createRouteLabeler, loadRoutesManifest, pathOf } from './lib/metrics/routes.mjs';
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from './lib/security/forwarded.mjs';
import { hashInlineScriptsOf } from './lib/security/script-hashes.mjs';

const dev = process.argv.includes('--dev');
// Set before Next is loaded, as `next start` and `next dev` do.
process.env.NODE_ENV ??= dev ? 'development' : 'production';
const portArg = process.argv.indexOf('-p');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT) || 3000;
// A wrong setting stops the start: silently trusting nobody (or everybody) is worse.
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
// The same variable lib/config.ts validates for the app; pino refuses an unknown level, which stops the start.
const log = createLogger({ level: process.env.LOG_LEVEL?.trim() || 'info' });

const { default: next } = await import('next');
const app = next({ dev, hostname: 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();
// Route patterns from the build (as next.config.ts places it); the dev server guesses them from the path.
const routeOf = createRouteLabeler(dev ? undefined : loadRoutesManifest(process.env.NEXT_DIST_DIR || '.next'));
const durations = httpRequestDuration();
// Static files are most of the requests and say little: their lines are at debug level.
const QUIET_ROUTES = new Set(['/_next/static', '/_next/image', '[file]']);

/** One access-log line and one histogram sample per request, when its response ends (or the client leaves). */
function observe(req, res, requestId) {
  const started = process.hrtime.bigint();
  res.once('close', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeOf(req.url);
    const method = methodLabel(req.method);
    const status = res.statusCode;
    durations.observe({ route, method, status: String(status) }, seconds);
    // The path without its query (which may carry a token), cut short: it is whatever the client sent.
    const line = { requestId, method, route, path: pathOf(req.url).slice(0, 200), status, durationMs: Math.round(seconds * 1e4) / 10, ...(res.writableFinished ? {} : { aborted: true }) };
    if (QUIET_ROUTES.has(route)) log.debug(line, 'request');
    else log.info(line, 'request');
  });
}

createServer((req, res) => {
  // Always ours, never the client's: an id a client chose could be made to collide with another's.
  const requestId = randomUUID();
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader('X-Request-Id', requestId);
  observe(req, res, requestId);
  const address = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  // Without a trusted proxy, whatever X-Forwarded-For the client sent is not passed on as if it were true.
  if (trusted.kind === 'none') delete req.headers['x-forwarded-for'];
  // A strict script policy: each HTML page allows exactly its own inline scripts, by hash.
  if (!dev) hashInlineScriptsOf(res, (e) => log.error({ err: e }, 'Could not hash inline scripts'));
  // Everything the app logs while handling this request carries its id (lib/log.ts reads the same store).
  requestContext.run({ requestId }, () => void handle(req, res));
}).listen(port, () => {
  log.info({ port, dev }, `Pobyt ${dev ? 'dev ' : ''}server on http://localhost:${port}`);
});
