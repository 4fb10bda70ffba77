import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRouteLabeler, MAX_ROUTE_LABELS, OTHER_ROUTE, pathOf, type RoutesManifest } from './routes.mjs';

// Entries as `next build` writes them to routes-manifest.json (copied from a build of this app), in its order.
const manifest: RoutesManifest = {
  staticRoutes: [
    { page: '/api/reservations', regex: '^/api/reservations(?:/)?$' },
    { page: '/robots.txt', regex: '^/robots\\.txt(?:/)?$' },
  ],
  dynamicRoutes: [
    { page: '/api/reservations/[id]/pdf', regex: '^/api/reservations/([^/]+?)/pdf(?:/)?$' },
    { page: '/api/queue/[location]/events', regex: '^/api/queue/([^/]+?)/events(?:/)?$' },
    { page: '/[locale]', regex: '^/([^/]+?)(?:/)?$' },
    { page: '/[locale]/staff/cases/new', regex: '^/([^/]+?)/staff/cases/new(?:/)?$' },
    { page: '/[locale]/staff/cases/[id]', regex: '^/([^/]+?)/staff/cases/([^/]+?)(?:/)?$' },
    { page: '/[locale]/account/reservations/[id]/move', regex: '^/([^/]+?)/account/reservations/([^/]+?)/move(?:/)?$' },
    { page: '/[locale]/[page]', regex: '^/([^/]+?)/([^/]+?)(?:/)?$' },
    { page: '/[locale]/[...rest]', regex: '^/([^/]+?)/(.+?)(?:/)?$' },
  ],
};

describe('route labels for request metrics', () => {
  it('are the route patterns of the build: locale and ids collapsed, query strings dropped', () => {
    const route = createRouteLabeler(manifest);
    expect(route('/pl/staff/cases/1f0c3f9e-7a51-4c1e-9d2b-6a7e0c2b9f10')).toBe('/[locale]/staff/cases/[id]');
    expect(route('/uk/staff/cases/42?tab=letters')).toBe('/[locale]/staff/cases/[id]');
    expect(route('/en/staff/cases/new')).toBe('/[locale]/staff/cases/new');
    expect(route('/ru/account/reservations/0d7c2a40/move')).toBe('/[locale]/account/reservations/[id]/move');
    expect(route('/api/reservations/0d7c2a40/pdf?locale=uk')).toBe('/api/reservations/[id]/pdf');
    expect(route('/api/queue/wroclaw/events')).toBe('/api/queue/[location]/events');
    expect(route('/api/reservations')).toBe('/api/reservations');
    expect(route('/pl')).toBe('/[locale]');
    expect(route('/')).toBe('/');
    expect(route('/pl/sign-in/link?token=abcdef')).toBe('/[locale]/[...rest]');
    expect(route('/_next/static/chunks/app-4f2a.js')).toBe('/_next/static');
    expect(route('/robots.txt')).toBe('/robots.txt');
    expect(route('/favicon.ico')).toBe('[file]');
    expect(route('/wp-login.php')).toBe('[file]');
  });

  it('never carry a query string, even as the path', () => {
    expect(pathOf('/pl/reset-password?token=s3cr3t#x')).toBe('/pl/reset-password');
    expect(pathOf('http://evil.example/?token=s3cr3t')).toBe('/');
    expect(pathOf(undefined)).toBe('/');
  });

  it('stay few whatever paths clients send: random ids map to one pattern, and past the bound all is "other"', () => {
    const route = createRouteLabeler(manifest);
    const labels = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const id = randomBytes(8).toString('hex');
      labels.add(route(`/pl/staff/cases/${id}`));
      labels.add(route(`/${id}/${id}/${id}/${id}?q=${id}`));
      labels.add(route(`/api/${id}`));
    }
    expect(labels).toEqual(new Set(['/[locale]/staff/cases/[id]', '/[locale]/[...rest]', '/[locale]/[page]']));

    // Without a build's list (the dev server), paths are guessed from; the bound still holds.
    const guessed = createRouteLabeler(undefined);
    expect(guessed('/pl/staff/cases/42')).toBe('/[locale]/staff/cases/[id]');
    expect(guessed('/uk/account/reservations/0d7c2a40-1111/move')).toBe('/[locale]/account/reservations/[id]/move');
    // Plain words (not ids) are kept by the guess: 5000 different ones would be 5000 labels without the bound.
    const word = (n: number): string => (n < 26 ? '' : word(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
    const many = new Set<string>();
    for (let i = 0; i < 5000; i++) many.add(guessed(`/pl/services/${word(i)}`));
    expect(many.size).toBeLessThanOrEqual(MAX_ROUTE_LABELS);
    expect(many).toContain(OTHER_ROUTE);
  });

  it('with a build list, a path no route matches is "other"', () => {
    const route = createRouteLabeler({ staticRoutes: [], dynamicRoutes: [{ page: '/[locale]/forms', regex: '^/([^/]+?)/forms(?:/)?$' }] });
    expect(route('/pl/forms')).toBe('/[locale]/forms');
    expect(route('/pl/unknown/deep/path')).toBe(OTHER_ROUTE);
  });
});
