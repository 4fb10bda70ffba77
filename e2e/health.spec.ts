import { expect, test } from '@playwright/test';

test('a load balancer sees the process live and the instance ready, with what was checked and nothing personal', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });

  const ready = await request.get('/api/ready');
  expect(ready.status()).toBe(200);
  expect(ready.headers()['cache-control']).toContain('no-store');
  const body = await ready.json();
  expect(body).toMatchObject({ ready: true, database: { ok: true }, migrations: { ok: true }, notifications: { ok: true } });
  expect(JSON.stringify(body)).not.toMatch(/@|recipient|password/i);
});
