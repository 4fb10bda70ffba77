import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { config } from '@/lib/config';

export interface SmsProvider {
  readonly name: string;
  send(to: string, text: string): Promise<void>;
}

/** The embedded default: appends each SMS to a log in the outbox folder. */
export class LogSmsProvider implements SmsProvider {
  readonly name = 'log';
  async send(to: string, text: string) {
    const dir = config().outboxDir;
    await fs.mkdir(dir, { recursive: true });
    await fs.appendFile(path.join(dir, 'sms.log'), `${new Date().toISOString()}\t${to}\t${text.replace(/\s+/g, ' ')}\n`);
  }
}

/**
 * SMSAPI.pl's HTTP API (https://www.smsapi.pl/docs): POST /sms.do with a
 * bearer token; `format=json` answers with an error object on failure.
 */
export class SmsApiProvider implements SmsProvider {
  readonly name = 'smsapi';
  constructor(
    private readonly token: string,
    private readonly from: string | undefined,
    private readonly endpoint: string,
  ) {}

  async send(to: string, text: string) {
    const body = new URLSearchParams({ to: to.replace(/^\+/, ''), message: text, format: 'json', encoding: 'utf-8' });
    if (this.from) body.set('from', this.from);
    const res = await fetch(this.endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    const json = (await res.json().catch(() => ({}))) as { error?: number; message?: string };
    if (!res.ok || json.error) throw new Error(`SMSAPI refused the message: ${json.message ?? res.status}`);
  }
}

export function smsProvider(): SmsProvider {
  const cfg = config();
  if (cfg.SMS_PROVIDER === 'smsapi') {
    if (!cfg.SMSAPI_TOKEN) throw new Error('SMS_PROVIDER=smsapi needs SMSAPI_TOKEN');
    return new SmsApiProvider(cfg.SMSAPI_TOKEN, cfg.SMS_FROM, cfg.SMSAPI_URL);
  }
  return new LogSmsProvider();
}
