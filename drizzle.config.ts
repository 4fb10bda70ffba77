import { defineConfig } from 'drizzle-kit';

// Generation only needs the schema; migrations are applied by scripts/migrate.ts and on server start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
