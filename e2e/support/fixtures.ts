import { test as base, expect } from '@playwright/test';

export { expect };
export type { Browser, Locator, Page } from '@playwright/test';

/** Every test fails if the browser reports a Content-Security-Policy violation on any page of its context. */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use, testInfo) => {
      const violations: string[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
        violations.push(text);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation?: (t: string) => void }).__reportCspViolation;
          report?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI}${e.sample ? ` (${e.sample})` : ''}`);
        });
      });
      // Violations before the init script runs (e.g. in the document head) still reach the console.
      const watch = (page: import('@playwright/test').Page) =>
        page.on('console', (msg) => {
          if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
        });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(violations);
      // A test that provokes a violation on purpose clears the list itself.
      if (!testInfo.annotations.some((a) => a.type === 'expected-csp-violation')) {
        expect(violations, 'Content-Security-Policy violations').toEqual([]);
      }
    },
    { auto: true },
  ],
});
