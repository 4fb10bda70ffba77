'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { solveChallenge, type Challenge } from '@/lib/security/pow-solver';

type Props = {
  /** What the solution pays for; the server refuses it for anything else. */
  action: 'booking' | 'enquiry' | 'account';
  /** Receives the solution to send with the form, or null while none is ready. */
  onChange: (payload: string | null) => void;
  /** Change it after each submit: a solution is spent once, so a new one is solved. */
  round?: number;
};

/**
 * Self-hosted proof of work instead of a CAPTCHA: no puzzle for the person, no
 * third party, works by keyboard and with a screen reader. The browser solves
 * it in the background while the form is filled in.
 */
export function ProofOfWork({ action, onChange, round = 0 }: Props) {
  const t = useTranslations('pow');
  const [attempt, setAttempt] = useState(0);
  const key = `${round}:${attempt}`;
  // Which run the result belongs to: a new round shows "working" until its own result arrives.
  const [result, setResult] = useState<{ key: string; state: 'done' | 'failed' } | null>(null);
  const state = result?.key === key ? result.state : 'working';

  useEffect(() => {
    const ctrl = new AbortController();
    onChange(null);
    solveAndReport(action, ctrl.signal, (payload) => {
      setResult({ key, state: payload ? 'done' : 'failed' });
      onChange(payload);
    });
    return () => ctrl.abort();
  }, [action, key, onChange]);

  return (
    <div className="pow" data-pow-state={state}>
      <p role="status">{t(state)}</p>
      {state === 'failed' ? (
        <button type="button" className="button-secondary" onClick={() => setAttempt((a) => a + 1)}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}

function solveAndReport(action: Props['action'], signal: AbortSignal, report: (payload: string | null) => void) {
  fetch(`/api/pow?for=${action}`, { cache: 'no-store', signal })
    .then((r) => (r.ok ? (r.json() as Promise<Challenge>) : Promise.reject(new Error(String(r.status)))))
    .then((c) => solveChallenge(c, signal))
    .then((payload) => !signal.aborted && report(payload))
    .catch(() => !signal.aborted && report(null));
}
