import 'server-only';
import { unstable_cache } from 'next/cache';
import { getDb } from '@/db/client';
import type { Locale } from '@/i18n/routing';
import { listLocations } from '@/lib/locations/locations';
import { getPageWithFallback, listSection } from './pages';
import { currentAnnouncements } from './announcements';

/**
 * Public pages read through this cache instead of querying the database per
 * request. Admin saves expire the tags at once (updateTag); the time limit
 * only bounds how long another instance behind a load balancer may lag.
 */
export const CONTENT_TAG = 'content';
export const ANNOUNCEMENTS_TAG = 'announcements';
export const LOCATIONS_TAG = 'locations';
const MAX_AGE = 300;

export type CachedPage = { slug: string; locale: Locale; title: string; description: string; body: string; fallback: boolean; updatedAt: string };

export const cachedPage = unstable_cache(
  async (locale: Locale, slug: string): Promise<CachedPage | null> => {
    const found = await getPageWithFallback(await getDb(), locale, slug);
    if (!found) return null;
    const { page, fallback } = found;
    return { slug: page.slug, locale: page.locale, title: page.title, description: page.description, body: page.body, fallback, updatedAt: page.updatedAt.toISOString() };
  },
  ['content-page'],
  { tags: [CONTENT_TAG], revalidate: MAX_AGE },
);

export const cachedSection = unstable_cache(async (locale: Locale, prefix: string) => listSection(await getDb(), locale, prefix), ['content-section'], {
  tags: [CONTENT_TAG],
  revalidate: MAX_AGE,
});

// Computed for the moment of caching: the 60-second lifetime bounds how late a start or end shows.
export const cachedAnnouncements = unstable_cache(async (locale: Locale) => currentAnnouncements(await getDb(), locale), ['announcements'], {
  tags: [ANNOUNCEMENTS_TAG],
  revalidate: 60,
});

export const cachedLocations = unstable_cache(async () => listLocations(await getDb()), ['locations'], { tags: [LOCATIONS_TAG], revalidate: MAX_AGE });
