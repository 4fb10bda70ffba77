import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Redirects `/` by Accept-Language (falling back to Polish) and keeps the locale prefix.
export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
