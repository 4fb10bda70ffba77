import { expect, test, type Page } from './support/fixtures';
import pl from '../messages/pl.json';
import uk from '../messages/uk.json';
import { fillMessage, hydrated, signInAs, signOut } from './support/session';
import { linkIn, waitForMail } from './support/mail';
import { expectNoAxeViolations } from './support/axe';


/** The newest e-mail to `to` with this subject (earlier ones to the same address are skipped). */
async function mailWithSubject(to: string, subject: string) {
  let found: Awaited<ReturnType<typeof waitForMail>> | undefined;
  await expect
    .poll(async () => {
      found = await waitForMail(to);
      return found.subject;
    }, { timeout: 30_000, message: `an e-mail “${subject}” to ${to}` })
    .toBe(subject);
  return found!;
}


async function proofOfWorkDone(page: Page, done: string) {
  await expect(page.getByRole('status').filter({ hasText: done })).toBeVisible({ timeout: 45_000 });
}

test('a visitor writes a complaint in Ukrainian, confirms by e-mail, a clerk assigns and answers, the visitor reads the answer', async ({ page }) => {
  test.setTimeout(180_000);
  const email = `olha-${Date.now()}@example.com`;
  // Markup and a script typed by the sender must come back as the characters typed.
  const message = 'Моя заява чекає вже пів року. <b>Чому?</b> <script>window.pwned=1</script> **не markdown**';

  await page.goto('/uk/enquiries');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: uk.enquiries.title })).toBeVisible();
  await expect(page.getByText(uk.enquiries.deadlineRule)).toBeVisible();
  await expectNoAxeViolations(page);

  // Missing consent: a translated error, nothing sent.
  await page.getByRole('radio', { name: new RegExp(`^${uk.enquiries.kinds.complaint.replace(/[()]/g, '\\$&')}`) }).check();
  await page.getByLabel(uk.enquiries.form.topic).selectOption('temporary-residence');
  await page.getByLabel(uk.enquiries.form.message).fill(message);
  await page.getByLabel(uk.enquiries.form.email).fill(email);
  await proofOfWorkDone(page, uk.pow.done);
  await page.getByRole('button', { name: uk.enquiries.form.submit }).click();
  await expect(page.getByRole('alert').filter({ hasText: uk.validation.consent_required })).toBeVisible();

  // The one checkbox on the form: its label holds a link to the privacy notice.
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: uk.enquiries.form.submit }).click();
  await expect(page.getByRole('heading', { name: uk.enquiries.sent.title })).toBeVisible();
  await expect(page.getByText(fillMessage(uk.enquiries.sent.checkEmail, { email }))).toBeVisible();

  // The confirmation e-mail, in Ukrainian, with no message text in it.
  const confirmMail = await mailWithSubject(email, uk.enquiries.emails.confirm.subject);
  expect(confirmMail.text).not.toContain('пів року');
  await page.goto(linkIn(confirmMail));
  await hydrated(page);
  await page.getByRole('button', { name: uk.enquiries.view.confirmButton }).click();
  const heading = page.getByRole('heading', { level: 1, name: /Z-\d{4}-\d{6}/ });
  await expect(heading).toBeVisible();
  const number = /Z-\d{4}-\d{6}/.exec((await heading.textContent()) ?? '')![0];
  await expect(page.getByText(uk.enquiries.statuses.new, { exact: true })).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.locator('main b', { hasText: 'Чому?' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A clerk finds it in the inbox, assigns it to herself and answers.
  await signInAs(page, 'clerk@pobyt.test', 'Clerk-Demo-2026');
  await page.goto('/pl/staff/enquiries?kind=complaint&locale=uk');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: pl.staffEnquiries.title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: number }).click();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: fillMessage(pl.staffEnquiries.itemHeading, { number }) })).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();
  await page.getByRole('button', { name: pl.staffEnquiries.assign, exact: true }).click();
  await expect(page.getByText(pl.enquiries.statuses.assigned, { exact: true })).toBeVisible();
  await page.getByLabel(pl.staffEnquiries.noteLabel).fill('Sprawdzić opóźnienie opinii Straży Granicznej');
  await page.getByRole('button', { name: pl.staffEnquiries.addNote }).click();
  await expect(page.getByText('Sprawdzić opóźnienie opinii Straży Granicznej')).toBeVisible();
  const answer = 'Dzień dobry, sprawa czeka na opinię Straży Granicznej. Decyzja w ciągu 30 dni.';
  await page.getByLabel(pl.staffEnquiries.replyLabel).fill(answer);
  await page.getByRole('button', { name: pl.staffEnquiries.sendReply }).click();
  await expect(page.getByText(pl.enquiries.statuses.answered, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  // The sender gets an e-mail in Ukrainian that a reply is waiting (not the reply itself), and reads it on the page.
  const replyMail = await mailWithSubject(email, uk.enquiries.emails.reply.subject);
  expect(replyMail.text).not.toContain('Straży');
  await page.goto(linkIn(replyMail));
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: fillMessage(uk.enquiries.view.heading, { number }) })).toBeVisible();
  await expect(page.getByText(uk.enquiries.statuses.answered, { exact: true })).toBeVisible();
  await expect(page.getByText(answer)).toBeVisible();
  // Internal notes never reach the sender.
  await expect(page.getByText('Sprawdzić opóźnienie')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Writing again reopens it.
  await page.getByLabel(uk.enquiries.view.writeAgainLabel).fill('Дякую! А коли буде карта?');
  await page.getByRole('button', { name: uk.enquiries.view.writeAgainSubmit }).click();
  await expect(page.getByText(uk.enquiries.statuses.reopened, { exact: true })).toBeVisible();

  // Another item's link: nothing is shown.
  await page.goto(linkIn(replyMail).replace(/token=[^&\s]+/, 'token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
  await expect(page.getByText(uk.enquiries.view.linkInvalid)).toBeVisible();
  await expect(page.getByText(message)).toHaveCount(0);
});

test('the register of complaints and motions downloads as CSV for staff only', async ({ page, request }) => {
  const refused = await request.get('/api/staff/enquiries/register?from=2026-01-01&to=2026-12-31');
  expect(refused.status()).toBe(403);
  await signInAs(page, 'clerk@pobyt.test', 'Clerk-Demo-2026');
  await page.goto('/pl/staff/enquiries');
  await hydrated(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: pl.staffEnquiries.download }).click();
  const file = await download;
  const fs = await import('node:fs');
  const csv = fs.readFileSync((await file.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(`"${pl.staffEnquiries.csv.number}","${pl.staffEnquiries.csv.kind}"`);
});
