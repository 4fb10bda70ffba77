import { startMailSink } from './mail-sink';

export default async function globalSetup() {
  const server = await startMailSink(Number(process.env.E2E_SMTP_PORT ?? 2526));
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
