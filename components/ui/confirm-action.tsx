'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { Notice } from './notice';
import { useErrorMessage } from './use-error-message';

/**
 * An action that cannot be undone, in two steps: the first button only asks;
 * "yes" (warning-styled, focused) runs it, "no" goes back having done nothing.
 */
export function ConfirmAction<R extends object>({
  intro,
  label,
  question,
  yes,
  no,
  action,
  onSuccess,
}: {
  intro?: ReactNode;
  label: string;
  question: ReactNode;
  yes: string;
  no: string;
  action: () => Promise<ActionResult<R>>;
  onSuccess: (result: { ok: true } & R) => void;
}) {
  const errorMessage = useErrorMessage();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  const againRef = useRef<HTMLButtonElement>(null);
  const [returned, setReturned] = useState(false);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
    else if (returned) againRef.current?.focus();
  }, [asking, returned]);

  if (!asking) {
    return (
      <>
        {intro ? <p>{intro}</p> : null}
        <button ref={againRef} type="button" className="button button-secondary" onClick={() => setAsking(true)}>
          {label}
        </button>
      </>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>
        <strong>{question}</strong>
      </p>
      {error ? <Notice kind="error" role="alert">{error}</Notice> : null}
      <div className="actions">
        <button
          ref={yesRef}
          type="button"
          className="button button-warning"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            const r = await action();
            setBusy(false);
            if (r.ok) {
              setAsking(false);
              onSuccess(r);
            } else setError(errorMessage(r));
          }}
        >
          {yes}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setAsking(false);
            setReturned(true);
          }}
        >
          {no}
        </button>
      </div>
    </div>
  );
}
