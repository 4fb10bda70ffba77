import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // PGlite ships 15 MB of wasm; bundling it would copy it into the static folder.
  // prom-client: one copy in the process, the one server.mjs records request durations with.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'nodemailer', '@react-pdf/renderer', 'prom-client'],
  poweredByHeader: false,
  // Every page's title is in the first <head> and never re-streamed after a server action's
  // refresh: screen readers announce it at once (WCAG 2.4.2), and no moment is left without one.
  htmlLimitedBots: /.*/,
  // `npm test` runs `tsc --noEmit` over the whole project first; the build need not check types again.
  typescript: { ignoreBuildErrors: true },
  // The container image runs server.mjs on .next/standalone (see Dockerfile). Only its build asks for it:
  // with `output: 'standalone'`, `npm start` would warn to run standalone's server.js, which skips server.mjs.
  output: process.env.NEXT_OUTPUT_STANDALONE === '1' ? 'standalone' : undefined,
  // A second build (a parallel e2e run) must not overwrite the first one's output.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The same headers on every page, API route and PDF; set here so static pages stay static.
  async headers() {
    const headers = securityHeaders({ appUrl: process.env.APP_URL ?? '', production: process.env.NODE_ENV === 'production' });
    return [{ source: '/:path*', headers }];
  },
};

export default withNextIntl(nextConfig);
