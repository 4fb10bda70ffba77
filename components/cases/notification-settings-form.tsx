'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { updateNotificationSettingsAction } from '@/lib/cases/actions';
import { Notice } from '@/components/ui/notice';

export function NotificationSettingsForm(props: { caseId?: string; sms: boolean; email: boolean; hasPhone: boolean; hasEmail: boolean }) {
  const t = useTranslations('cases.holder');
  const [sms, setSms] = useState(props.sms);
  const [email, setEmail] = useState(props.email);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState(false);
  return (
    <form
      method="post"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        const r = await updateNotificationSettingsAction({ caseId: props.caseId, sms, email });
        setError(!r.ok);
        setSaved(r.ok);
      }}
    >
      <fieldset className="field">
        <legend>{t('notificationsLegend')}</legend>
        {props.hasPhone ? (
          <div className="choice">
            <input type="checkbox" id="notify-sms" checked={sms} onChange={(e) => setSms(e.target.checked)} />
            <label htmlFor="notify-sms">{t('notifySms')}</label>
          </div>
        ) : null}
        {props.hasEmail ? (
          <div className="choice">
            <input type="checkbox" id="notify-email" checked={email} onChange={(e) => setEmail(e.target.checked)} />
            <label htmlFor="notify-email">{t('notifyEmail')}</label>
          </div>
        ) : null}
        {!props.hasPhone && !props.hasEmail ? <p>{t('noContact')}</p> : null}
      </fieldset>
      {saved ? <Notice kind="success" role="status">{t('settingsSaved')}</Notice> : null}
      {error ? <Notice kind="error" role="alert">{t('settingsError')}</Notice> : null}
      {props.hasPhone || props.hasEmail ? (
        <button type="submit" className="button">
          {t('saveSettings')}
        </button>
      ) : null}
    </form>
  );
}
