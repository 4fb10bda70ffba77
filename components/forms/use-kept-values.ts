'use client';

import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

type Kept = { base: string; values: FieldValues };

/**
 * What was typed in a section survives a language switch or a reload in the same tab: it is
 * kept in sessionStorage (gone when the tab closes, removed once saved) and brought back only
 * while the saved section is still the one it was typed over (`base`, the last save's time).
 */
export function useKeptValues(key: string, base: string, form: UseFormReturn<FieldValues>) {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let kept: Kept | null = null;
    try {
      kept = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Kept | null;
    } catch {
      kept = null;
    }
    if (kept && kept.base === base && kept.values && typeof kept.values === 'object') {
      form.reset(kept.values, { keepDefaultValues: true });
      // Restoring after the first render is the point: the server cannot know what the tab kept.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
    } else if (kept) {
      sessionStorage.removeItem(key);
    }
    const sub = form.watch((values) => {
      try {
        sessionStorage.setItem(key, JSON.stringify({ base, values } satisfies Kept));
      } catch {
        // Storage full or blocked: the form still works, only the safety net is missing.
      }
    });
    return () => sub.unsubscribe();
  }, [key, base, form]);
  return { restored, forget: () => sessionStorage.removeItem(key) };
}
