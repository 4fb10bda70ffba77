import { expect, type Page } from '@playwright/test';
import pl from '../../messages/pl.json';
import { polishHolidays } from '../../lib/calendar/holidays';
import { hydrated } from './session';

const A = pl.reservationsAdmin;

/**
 * As an admin (on `admin`'s page): opens `service` at `location` all day on `day`,
 * released already (a holiday on that day is reopened first), so that a visit can be booked and checked in now.
 */
export async function openAllDay(admin: Page, day: string, location: { name: string }, service: { name: string }) {
  const holiday = polishHolidays(Number(day.slice(0, 4))).find((h) => h.date === day);
  if (holiday) {
    await admin.goto('/pl/staff/reservations/config/closed-days');
    await hydrated(admin);
    await admin.getByRole('row').filter({ hasText: holiday.name }).getByRole('button').click();
    await expect(admin.getByRole('row').filter({ hasText: holiday.name })).toHaveCount(0);
  }
  await admin.goto('/pl/staff/reservations/config/schedules');
  await hydrated(admin);
  const form = admin.getByRole('form', { name: A.schedules.create });
  await form.getByLabel(A.schedules.location).selectOption({ label: location.name });
  await form.getByLabel(A.schedules.service).selectOption({ label: service.name });
  await form.getByLabel(A.schedules.kindDate).check();
  await form.getByLabel(A.schedules.date, { exact: true }).fill(day);
  await form.getByLabel(A.schedules.opensAt).fill('00:00');
  await form.getByLabel(A.schedules.closesAt).fill('23:59');
  await form.getByLabel(A.schedules.slotMinutes).fill('15');
  await form.getByLabel(A.schedules.capacity).fill('2');
  await form.getByLabel(A.schedules.releaseDaysBefore).fill('28');
  await form.getByRole('button', { name: A.schedules.create }).click();
  await expect(admin.getByRole('status').filter({ hasText: A.schedules.saved })).toBeVisible();
}

/** As the applicant on `page`: books the first free time of `day` for one visitor, as a person would; returns the reservation code. */
export async function bookFirstTime(
  page: Page,
  day: string,
  location: { slug: string },
  service: { slug: string },
  visitor: { givenName: string; familyName: string; birthDate: string; passportPrefix: string },
): Promise<string> {
  const v = pl.reservations.visitor;
  await page.goto(`/pl/account/reservations/new?location=${location.slug}&service=${service.slug}&month=${day.slice(0, 7)}&day=${day}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(pl.reservations.book.chooseTime);
  await page.locator('.time-list a').first().click();
  await hydrated(page);
  await page.getByLabel(v.givenName, { exact: true }).fill(visitor.givenName);
  await page.getByLabel(v.familyName, { exact: true }).fill(visitor.familyName);
  await page.getByLabel(v.birthDate, { exact: true }).fill(visitor.birthDate);
  await page.getByLabel(v.passportNumber, { exact: true }).fill(`${visitor.passportPrefix}${String(Date.now()).slice(-7)}`);
  await expect(page.locator('[data-pow-state="done"]')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: v.confirm }).click();
  await expect(page.getByRole('heading', { name: pl.reservations.details.bookedTitle })).toBeVisible();
  return (await page.locator('.reservation-code').textContent())!.trim();
}
