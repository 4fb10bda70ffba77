import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { MAIL_DIR } from './mail-sink';

async function all(): Promise<ParsedMail[]> {
  const files = fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).sort() : [];
  return Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(MAIL_DIR, f)))));
}

const recipient = (m: ParsedMail) => (Array.isArray(m.to) ? m.to.map((a) => a.text).join(',') : (m.to?.text ?? ''));

/** Waits until the SMTP sink has received a message for `to` (that matches `which`, if given) and returns the newest. */
export async function waitForMail(to: string, which: (m: ParsedMail) => boolean = () => true): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(async () => {
      found = (await all()).filter((m) => recipient(m).includes(to) && which(m)).at(-1);
      return Boolean(found);
    }, { timeout: 20_000, message: `an e-mail to ${to}` })
    .toBe(true);
  return found!;
}

export function linkIn(mail: ParsedMail): string {
  const link = /https?:\/\/\S+token=\S+/.exec(mail.text ?? '')?.[0];
  expect(link, 'a link with a token in the e-mail').toBeTruthy();
  return link!;
}
