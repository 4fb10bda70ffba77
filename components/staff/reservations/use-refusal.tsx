'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/result';
import { Notice } from '@/components/ui/notice';

/**
 * A configuration refusal may carry a count (`closed_day_has_reservations:{"count":3}`),
 * which the shared error mapping cannot show; this wraps an action to show it translated.
 */
export function useRefusal() {
  const te = useTranslations('errors');
  const [raw, setRaw] = useState<string | null>(null);
  const wrap = <F extends (v: never) => Promise<ActionResult<object>>>(action: F): F =>
    (async (v: Parameters<F>[0]) => {
      setRaw(null);
      const r = await action(v);
      if (!r.ok && r.formError) {
        setRaw(r.formError);
        return { ok: false, fieldErrors: r.fieldErrors };
      }
      return r;
    }) as F;
  let message: string | null = null;
  if (raw) {
    const at = raw.indexOf(':');
    const code = at < 0 ? raw : raw.slice(0, at);
    const params = at < 0 ? undefined : (JSON.parse(raw.slice(at + 1)) as Record<string, number>);
    message = te.has(code as never) ? te(code as never, params as never) : te('unexpected');
  }
  return { wrap, message, reset: () => setRaw(null) };
}

export function Refusal({ message }: { message: string | null }) {
  return message ? (
    <Notice kind="error" role="alert">
      {message}
    </Notice>
  ) : null;
}
