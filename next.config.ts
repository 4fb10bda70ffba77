import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // PGlite ships 15 MB of wasm; bundling it would copy it into the static folder.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'nodemailer', '@react-pdf/renderer'],
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole project first; the build need not check types again.
  typescript: { ignoreBuildErrors: true },
  // A second build (a parallel e2e run) must not overwrite the first one's output.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default withNextIntl(nextConfig);
