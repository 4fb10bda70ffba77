// @ts-check
// Plain JavaScript: server.mjs labels each request before Next sees it.
import fs from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ page: string, regex: string }} ManifestRoute
 * @typedef {{ staticRoutes?: ManifestRoute[], dynamicRoutes?: ManifestRoute[] }} RoutesManifest
 */

/** The label of every path once the set of labels is full, and of paths no route matches. */
export const OTHER_ROUTE = 'other';
/** More distinct routes than the app has (about a hundred); a bound, whatever paths clients invent. */
export const MAX_ROUTE_LABELS = 300;

/**
 * The build's route list (`<distDir>/routes-manifest.json`, written by `next
 * build`), or undefined (dev server, no build).
 * @param {string} distDir
 * @returns {RoutesManifest | undefined}
 */
export function loadRoutesManifest(distDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(distDir, 'routes-manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** The path alone: a query string may carry a token and never reaches a label or a log. */
export const pathOf = (/** @type {string | undefined} */ url) => {
  const p = (url ?? '/').split(/[?#]/, 1)[0] || '/';
  return p.startsWith('/') ? p : '/';
};

/**
 * Without a build's route list (dev): a locale prefix and anything that is not a
 * plain lowercase word (ids, codes, numbers) become placeholders.
 * @param {string} p
 */
function guess(p) {
  const segments = p.split('/').filter(Boolean).slice(0, 6);
  return (
    '/' +
    segments
      .map((s, i) => {
        if (i === 0 && /^[a-z]{2}$/.test(s)) return '[locale]';
        return /^[a-z][a-z-]{0,31}$/.test(s) && !/\d/.test(s) ? s : '[id]';
      })
      .join('/')
  );
}

/**
 * A function from a request URL to its route label: the app's route pattern
 * (`/pl/staff/cases/1f0c…` → `/[locale]/staff/cases/[id]`), matched as Next
 * matches it, from the build's route list. Labels are bounded: at most `max`
 * distinct ones, then `other`, so no client can grow the metrics without end.
 * @param {RoutesManifest | undefined} manifest
 * @param {{ max?: number }} [options]
 * @returns {(url: string | undefined) => string}
 */
export function createRouteLabeler(manifest, { max = MAX_ROUTE_LABELS } = {}) {
  const statics = new Set((manifest?.staticRoutes ?? []).map((r) => r.page));
  // Next lists dynamic routes most specific first (`/cases/new` before `/cases/[id]`, catch-alls last).
  const dynamic = (manifest?.dynamicRoutes ?? []).map((r) => ({ page: r.page, re: new RegExp(r.regex) }));
  /** @type {Set<string>} */
  const seen = new Set();

  /** @param {string} p */
  const labelOf = (p) => {
    if (p === '/') return '/';
    if (p.startsWith('/_next/')) return p.startsWith('/_next/static/') ? '/_next/static' : p.startsWith('/_next/image') ? '/_next/image' : '/_next';
    const trimmed = p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
    if (statics.has(trimmed)) return trimmed;
    // Files of the public folder (fonts, icons) and probes for .php, .env …
    if (/\.[A-Za-z0-9]{1,8}$/.test(trimmed)) return '[file]';
    if (!manifest) return guess(trimmed);
    for (const r of dynamic) if (r.re.test(p)) return r.page;
    return OTHER_ROUTE;
  };

  return (url) => {
    const label = labelOf(pathOf(url));
    if (seen.has(label)) return label;
    if (seen.size >= max) return OTHER_ROUTE;
    seen.add(label);
    return label;
  };
}
