// @ts-check
// Plain JavaScript: server.mjs records request durations before Next (and any
// TypeScript loader) runs; the app's counters and the endpoint use the same registry.
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

const KEY = Symbol.for('pobyt.metricsRegistry');

/**
 * The process's one registry. On globalThis because server.mjs and Next's
 * server chunks (each with its own copy of this module) share the process and
 * must count into the same metrics. Node's own metrics (memory, CPU, event
 * loop lag) come with the same `pobyt_` prefix.
 * @returns {Registry}
 */
export function metricsRegistry() {
  const g = /** @type {Record<symbol, Registry | undefined>} */ (/** @type {unknown} */ (globalThis));
  let registry = g[KEY];
  if (!registry) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: 'pobyt_' });
    g[KEY] = registry;
  }
  return registry;
}

/**
 * The metric of this name, created on first use: whichever copy of a module
 * asks first creates it, the others find it.
 * @template {import('prom-client').Metric} M
 * @param {string} name
 * @param {(registry: Registry) => M} create
 * @returns {M}
 */
export function metric(name, create) {
  const registry = metricsRegistry();
  return /** @type {M} */ (registry.getSingleMetric(name) ?? create(registry));
}

export const HTTP_REQUEST_DURATION = 'pobyt_http_request_duration_seconds';

/** @returns {Histogram<'route' | 'method' | 'status'>} */
export function httpRequestDuration() {
  return metric(
    HTTP_REQUEST_DURATION,
    (registry) =>
      new Histogram({
        name: HTTP_REQUEST_DURATION,
        help: 'Time from a request arriving to its response ending, by route pattern, method and status',
        labelNames: /** @type {const} */ (['route', 'method', 'status']),
        // Pages take tens to hundreds of milliseconds; a PDF about half a second; the board's event stream stays open.
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        registers: [registry],
      }),
  );
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A method label from a fixed set: a client may send any word as its method. */
export const methodLabel = (/** @type {string | undefined} */ method) => (method && METHODS.has(method) ? method : 'other');
