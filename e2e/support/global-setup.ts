import { startMailSink } from './mail-sink';
import { oidcPort, startOidcProvider } from './oidc-provider';

export default async function globalSetup() {
  const server = await startMailSink(Number(process.env.E2E_SMTP_PORT ?? 2526));
  const oidc = await startOidcProvider({ port: oidcPort(), appUrl: `http://localhost:${process.env.E2E_PORT ?? 3100}` });
  return async () => {
    await oidc.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
