'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { Notice } from '@/components/ui/notice';
import { useErrorMessage } from '@/components/ui/use-error-message';
import type { MessageParams } from '@/lib/errors/message';

/**
 * A configuration refusal may carry a count (`closed_day_has_reservations` with `{ count: 3 }`),
 * which a form's field-error mapping does not show; this wraps an action to show it translated.
 */
export function useRefusal() {
  const errorMessage = useErrorMessage();
  const [refused, setRefused] = useState<{ formError: string; params?: MessageParams } | null>(null);
  const wrap = <F extends (v: never) => Promise<ActionResult<object>>>(action: F): F =>
    (async (v: Parameters<F>[0]) => {
      setRefused(null);
      const r = await action(v);
      if (!r.ok && r.formError) {
        setRefused({ formError: r.formError, params: r.params });
        return { ok: false, fieldErrors: r.fieldErrors };
      }
      return r;
    }) as F;
  return { wrap, message: refused ? errorMessage(refused) : null, reset: () => setRefused(null) };
}

export function Refusal({ message }: { message: string | null }) {
  return message ? (
    <Notice kind="error" role="alert">
      {message}
    </Notice>
  ) : null;
}
