'use client';

import { useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { ActionResult } from '@/lib/actions/result';
import { Refusal, useRefusal } from './use-refusal';

/** A one-button form that removes one configuration row; its label names what it removes. */
export function RemoveButton({ id, label, action }: { id: number; label: string; action: (input: { id: number }) => Promise<ActionResult<object>> }) {
  const router = useRouter();
  const refusal = useRefusal();
  const [busy, setBusy] = useState(false);
  const run = refusal.wrap(action);
  return (
    <form
      method="post"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const r = await run({ id });
        setBusy(false);
        if (r.ok) router.refresh();
      }}
    >
      <Refusal message={refusal.message} />
      <button type="submit" className="button button-secondary" disabled={busy}>
        {label}
      </button>
    </form>
  );
}
