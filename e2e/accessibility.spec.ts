import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

const locales = ['pl', 'en', 'ru', 'uk'] as const;
// One page of every public type.
const pages = [
  '',
  '/sign-in',
  '/register',
  '/services',
  '/services/temporary-residence',
  '/forms',
  '/forms/1',
  '/legal-acts',
  '/locations',
  '/case-stages',
  '/contact',
  '/accessibility',
  '/search?q=karta',
  '/case/sign-in',
];

for (const locale of locales) {
  test(`no axe violations on the public pages in ${locale}`, async ({ page }) => {
    for (const path of pages) {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}

test('the page works at 360 px width without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/pl', '/pl/register', '/uk/locations', '/ru/services/permanent-residence', '/pl/legal-acts']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});

test('a keyboard user can skip to the content', async ({ page }) => {
  await page.goto('/pl');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Przejdź do treści' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
