'use client';

import { useState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { Notice } from './notice';
import { useErrorMessage } from './use-error-message';

/**
 * A form that is one button: it runs a server action, hands a success on, and
 * shows a refusal in place of the explanation.
 */
export function ActionButtonForm<R extends object>({
  label,
  intro,
  action,
  onSuccess,
}: {
  label: string;
  intro: ReactNode;
  action: () => Promise<ActionResult<R>>;
  onSuccess: (result: { ok: true } & R) => void;
}) {
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      method="post"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const result = await action();
        setBusy(false);
        if (result.ok) onSuccess(result);
        else setError(errorMessage(result));
      }}
    >
      {error ? <Notice kind="error" role="alert">{error}</Notice> : <p>{intro}</p>}
      <button type="submit" className="button" disabled={busy}>
        {label}
      </button>
    </form>
  );
}
