import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { config } from '@/lib/config';
import { FORMS, INFO_PAGES } from '@/lib/forms/catalogue';

// Built from the route list, not the database: the sitemap is prerendered at build time.
const PATHS = [
  '',
  '/services',
  ...FORMS.map((f) => `/services/${f.service}`),
  '/forms',
  ...FORMS.map((f) => `/forms/${f.number}`),
  '/locations',
  '/transparency',
  '/case-stages',
  '/contact',
  '/enquiries',
  ...INFO_PAGES.map((p) => `/${p}`),
];

export default function sitemap(): MetadataRoute.Sitemap {
  const base = config().appUrl;
  return PATHS.map((p) => ({
    url: `${base}/${routing.defaultLocale}${p}`,
    alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, `${base}/${l}${p}`])) },
  }));
}
