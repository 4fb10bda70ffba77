export async function register() {
  // Migrate on server start (not during `next build`, which never calls this).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDbHandle } = await import('./db/client');
    await getDbHandle();
  }
}
