'use client';

import { SessionProvider } from 'next-auth/react';
import { useEffect, type ReactNode } from 'react';

export function Providers({ children }: { children: ReactNode }) {
  // Lets end-to-end tests (and styles) know the forms are interactive.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return <SessionProvider refetchOnWindowFocus={false}>{children}</SessionProvider>;
}
