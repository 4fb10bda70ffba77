import { expect, test, type Page } from './support/fixtures';
import pl from '../messages/pl.json';
import en from '../messages/en.json';
import ru from '../messages/ru.json';
import uk from '../messages/uk.json';
import { contentTitle } from './support/content';
import { expectNoAxeViolations } from './support/axe';

const messages = { pl, en, ru, uk } as const;

for (const [locale, m] of Object.entries(messages)) {
  test(`a visitor goes from the home page to a service card and its form in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.getByRole('link', { name: m.home.tiles.caseNeeds.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.services.title);
    await page.getByRole('link', { name: contentTitle(locale, 'services/permanent-residence') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentTitle(locale, 'services/permanent-residence'));
    await page.getByRole('link', { name: m.services.formLink.replace('{number}', '3') }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/forms/3$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Wniosek o udzielenie zezwolenia na pobyt stały').first()).toBeVisible();
  });
}

async function search(page: Page, locale: 'pl' | 'uk', words: string) {
  await page.goto(`/${locale}/search`);
  await page.getByRole('searchbox', { name: messages[locale].search.label }).fill(words);
  await page.getByRole('button', { name: messages[locale].search.submit }).click();
  const first = page.getByRole('main').getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText(contentTitle(locale, 'services/permanent-residence'));
  await expect(first.locator('mark').first()).toBeVisible();
}

test('search finds the permanent residence card by a word from it, in Polish and Ukrainian', async ({ page }) => {
  await search(page, 'pl', 'pobytu stałego');
  await search(page, 'uk', 'постійне проживання');
});

test('reading works with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'pl-PL' });
  const page = await context.newPage();
  await page.goto('/pl/services/temporary-residence');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentTitle('pl', 'services/temporary-residence'));
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/services\/temporary-residence$/);
  await page.goto('/uk/search?q=%D0%BA%D0%B0%D1%80%D1%82%D0%B0');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  await context.close();
});

test('an admin edits a page, the public page shows it at once, and restoring brings the old text back', async ({ page }) => {
  const original = contentTitle('pl', 'organisation');
  await page.goto('/pl/sign-in');
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
  await page.getByLabel(pl.auth.signIn.email).fill('admin@pobyt.test');
  await page.getByLabel(pl.auth.signIn.password).fill('Admin-Demo-2026!');
  await page.getByRole('button', { name: pl.auth.signIn.submit }).click();
  // Staff land in the staff panel.
  await expect(page.getByRole('heading', { name: pl.staff.title, level: 1 })).toBeVisible();

  // Warm the public page's cache first, so the test shows that saving refreshes it.
  await page.goto('/pl/organisation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(original);

  await page.goto('/pl/staff/content');
  await page.getByRole('link', { name: pl.staff.content.editIn.replace('{page}', 'organisation').replace('{language}', 'Polski') }).click();
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
  const marker = `Dyżur telefoniczny ${Date.now()}`;
  await page.getByLabel(pl.staff.content.pageTitle).fill(`Organizacja – ${marker}`);
  await page.getByLabel(pl.staff.content.body).fill(`## ${marker}\n\nNowy akapit **ważny**.\n\n<script>window.pwned=1</script>`);
  await expect(page.getByRole('region', { name: pl.staff.content.preview }).getByRole('heading', { name: marker })).toBeVisible();
  await page.getByRole('button', { name: pl.staff.content.save }).click();
  await expect(page.getByRole('status')).toContainText(pl.staff.content.saved.replace('{version}', '2'));
  await expectNoAxeViolations(page);

  await page.goto('/pl/organisation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Organizacja – ${marker}`);
  await expect(page.getByRole('heading', { level: 2, name: marker })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  await page.goto('/pl/staff/content/edit?slug=organisation&locale=pl');
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
  await page.getByRole('button', { name: pl.staff.content.restore.replace('{version}', '1') }).click();
  await expect(page.getByRole('cell', { name: '3', exact: true })).toBeVisible();

  await page.goto('/pl/organisation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(original);
});

test('an admin publishes an announcement that the home page shows', async ({ page }) => {
  await page.goto('/pl/sign-in');
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
  await page.getByLabel(pl.auth.signIn.email).fill('admin@pobyt.test');
  await page.getByLabel(pl.auth.signIn.password).fill('Admin-Demo-2026!');
  await page.getByRole('button', { name: pl.auth.signIn.submit }).click();
  // Staff land in the staff panel.
  await expect(page.getByRole('heading', { name: pl.staff.title, level: 1 })).toBeVisible();
  await page.goto('/pl/staff/announcements');
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
  const title = `Zmiana godzin ${Date.now()}`;
  const polish = page.getByRole('group', { name: 'Polski' });
  await polish.getByLabel(pl.staff.announcements.titleField).fill(title);
  await polish.getByLabel(pl.staff.announcements.bodyField).fill('W piątek urząd czynny do 14:00.');
  await page.getByLabel(pl.staff.announcements.validFrom).fill('2020-01-01T08:00');
  await page.getByLabel(pl.staff.announcements.validTo).fill('2099-01-01T08:00');
  await page.getByRole('button', { name: pl.staff.announcements.publish }).click();
  await expect(page.getByRole('cell', { name: title, exact: true })).toBeVisible();
  await page.goto('/en');
  const section = page.getByRole('region', { name: en.home.announcementsTitle });
  await expect(section.getByRole('heading', { name: title })).toBeVisible();
});

test('on a phone the header folds its menu away and opens it by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/uk');
  const header = page.locator('body > header, header').first();
  const box = await header.boundingBox();
  expect(box!.height, 'header height at 360 px').toBeLessThan(220);
  await expect(page.getByRole('link', { name: uk.nav.forms })).toBeHidden();
  const menu = page.getByText(uk.nav.menu, { exact: true });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: uk.nav.forms })).toBeVisible();
  await expect(page.getByRole('link', { name: uk.nav.signIn })).toBeVisible();
  await expectNoAxeViolations(page);
  // Wide screens keep the menu open and show no "Menu" button.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByText(uk.nav.menu, { exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: uk.nav.forms })).toBeVisible();
});
