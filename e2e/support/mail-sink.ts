import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export const MAIL_DIR = path.resolve(process.env.E2E_MAIL_DIR ?? '.data/e2e-mail');

/** A real SMTP server; each message it receives is written to MAIL_DIR for the tests to read. */
export function startMailSink(port: number): Promise<SMTPServer> {
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAIL_DIR, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        fs.writeFileSync(path.join(MAIL_DIR, `${Date.now()}-${n++}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
