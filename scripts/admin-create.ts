import { parseArgs } from 'node:util';
import { getDbHandle } from '@/db/client';
import { createAdminWithLink } from '@/lib/auth/admin-create';
import { config } from '@/lib/config';

const usage = 'Usage: npm run admin:create -- --email admin@office.gov.pl [--name "Jan Kowalski"]';

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email) {
    console.error(usage);
    process.exit(2);
  }
  const handle = await getDbHandle();
  try {
    const result = await createAdminWithLink(handle.db, { email: values.email, name: values.name }, config().appUrl);
    if (!result.ok) {
      console.error(result.code === 'email_taken' ? `An account with ${values.email} already exists; nothing changed.` : `Not a valid e-mail address: ${values.email}\n${usage}`);
      process.exitCode = 1;
      return;
    }
    console.log(`Admin account created for ${values.email} (no password yet).`);
    console.log('Open this link within 24 hours to set the password; it works once:');
    console.log(result.link);
  } finally {
    await handle.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
