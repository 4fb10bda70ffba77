'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import type { ActionResult } from '@/lib/actions/result';
import { Notice } from '@/components/ui/notice';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { setStaffDisabledAction, setStaffRoleAction } from './actions';

type Role = 'clerk' | 'reception' | 'admin';
type Outcome = { kind: 'success' | 'error'; text: string } | null;

/**
 * Disable or enable one staff account and change its role; disabling asks once more, since it ends
 * the person's sessions. The controls name the account through `describedBy` (the row's e-mail cell),
 * not in their labels, so "Inspektor" the role never matches "Inspektor Demo" the person.
 */
export function StaffAccountControls({ userId, name, role, disabled, describedBy }: { userId: string; name: string; role: Role; disabled: boolean; describedBy: string }) {
  const t = useTranslations('staff.users');
  const tr = useTranslations('roles');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [newRole, setNewRole] = useState<Role>(role);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // The question replaces the button: keyboard focus follows it there and back.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function run(action: () => Promise<ActionResult>, success: string) {
    setBusy(true);
    const r = await action();
    setBusy(false);
    setConfirming(false);
    setOutcome(r.ok ? { kind: 'success', text: success } : { kind: 'error', text: errorMessage(r) });
    if (r.ok) router.refresh();
  }

  const roleId = `role-${userId}`;
  return (
    <div className="staff-account-controls">
      {outcome ? (
        <Notice kind={outcome.kind} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </Notice>
      ) : null}
      <form
        method="post"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => setStaffRoleAction({ userId, role: newRole }), t('roleChanged', { name, role: tr(newRole) }));
        }}
      >
        <label htmlFor={roleId}>{t('newRole')}</label>{' '}
        <select id={roleId} className="input" aria-describedby={describedBy} value={newRole} onChange={(e) => setNewRole(e.target.value as Role)}>
          {(['clerk', 'reception', 'admin'] as const).map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </select>{' '}
        <button type="submit" className="button button-secondary" disabled={busy || newRole === role} aria-describedby={describedBy}>
          {t('changeRole')}
        </button>
      </form>
      {disabled ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          aria-describedby={describedBy}
          onClick={() => void run(() => setStaffDisabledAction({ userId, disabled: false }), t('enabledDone', { name }))}
        >
          {t('enable')}
        </button>
      ) : confirming ? (
        <div>
          <p id={`confirm-${userId}`}>{t('confirmDisable', { name })}</p>
          <button
            ref={confirmRef}
            type="button"
            className="button"
            aria-describedby={`confirm-${userId}`}
            disabled={busy}
            onClick={() => void run(() => setStaffDisabledAction({ userId, disabled: true }), t('disabledDone', { name }))}
          >
            {t('confirmDisableYes')}
          </button>{' '}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setConfirming(false);
              requestAnimationFrame(() => toggleRef.current?.focus());
            }}
          >
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button ref={toggleRef} type="button" className="button button-secondary" aria-describedby={describedBy} onClick={() => setConfirming(true)}>
          {t('disable')}
        </button>
      )}
    </div>
  );
}
