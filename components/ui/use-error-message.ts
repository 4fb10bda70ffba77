'use client';

import { useTranslations } from 'next-intl';
import type { MessageParams } from '@/lib/errors/message';

/** A refused action's result, or just its code. */
type Refused = string | null | undefined | { formError?: string; params?: MessageParams };

/**
 * The one mapping from an action's error (code and parameters, lib/errors/message.ts)
 * to a translated message; unknown codes get the generic one.
 */
export function useErrorMessage() {
  const te = useTranslations('errors');
  return (error: Refused, params?: MessageParams) => {
    const code = typeof error === 'object' && error ? error.formError : error;
    const values = params ?? (typeof error === 'object' && error ? error.params : undefined);
    return code && te.has(code as never) ? te(code as never, values as never) : te('unexpected');
  };
}
