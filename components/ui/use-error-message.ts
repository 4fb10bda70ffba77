'use client';

import { useTranslations } from 'next-intl';

/** The one mapping from an action's error code to a translated message; unknown codes get the generic one. */
export function useErrorMessage() {
  const te = useTranslations('errors');
  return (code: string | undefined | null) => (code && te.has(code as never) ? te(code as never) : te('unexpected'));
}
