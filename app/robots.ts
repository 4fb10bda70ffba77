import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { config } from '@/lib/config';

export default function robots(): MetadataRoute.Robots {
  const privatePaths = ['account', 'staff', 'sign-in', 'register', 'verify-email', 'reset-password', 'forgot-password', 'search'];
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/api/', ...routing.locales.flatMap((l) => privatePaths.map((p) => `/${l}/${p}`))],
    },
    sitemap: `${config().appUrl}/sitemap.xml`,
  };
}
