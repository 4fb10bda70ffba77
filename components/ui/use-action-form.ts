'use client';

import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/ui/use-error-message';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import type { SummaryItem } from './error-summary';
import { decodeMessage } from '@/lib/errors/message';

/**
 * react-hook-form wired to the form's zod schema (checked as each field is
 * left and on submit) and to a server action that checks the same schema
 * again. Errors are message keys, translated here.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R extends object>(opts: {
  schema: S;
  action: (values: z.input<S>) => Promise<ActionResult<R>>;
  defaultValues?: DefaultValues<z.input<S>>;
  idPrefix: string;
  onSuccess?: (result: { ok: true } & R) => void;
  /** The visible label of a field by its path: messages then name their field ("Sex: choose an option"). */
  fieldLabel?: (path: string) => string | undefined;
}) {
  const tv = useTranslations('validation');
  const errorMessage = useErrorMessage();
  const rhf = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(opts.schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    // Checked as each field is left; after a failed submit, as it is corrected.
    mode: 'onTouched',
    defaultValues: opts.defaultValues,
  });
  const form = rhf;
  const [formError, setFormError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);

  // A message is a key in `validation`, optionally with ICU parameters: `stays_overlap:{"other":1}`.
  // Anything else (a library's own English text) must never reach the page, let alone break it.
  const message = (raw: string | undefined) => {
    const decoded = decodeMessage(raw);
    return decoded && tv.has(decoded.code as never) ? tv(decoded.code as never, decoded.params as never) : tv('invalid');
  };
  const fieldId = (name: string) => `${opts.idPrefix}-${name.replace(/\./g, '-')}`;
  const errorOf = (name: string) => {
    const err = name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], form.formState.errors) as
      | { message?: string }
      | undefined;
    if (err?.message === undefined) return undefined;
    const label = opts.fieldLabel?.(name);
    return label ? tv('named', { field: label, message: message(err.message) }) : message(err.message);
  };

  // Every leaf error, nested ones (repeated items) included, in form order.
  const leaves: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    if ('message' in node && typeof (node as { message?: unknown }).message === 'string') {
      leaves.push(path);
      return;
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'root' && k !== 'ref') walk(v, path ? `${path}.${k}` : k);
  };
  walk(form.formState.errors, '');
  const summary: SummaryItem[] = leaves.map((k) => ({ fieldId: fieldId(k), message: errorOf(k) ?? '' }));

  const onSubmit = rhf.handleSubmit(
    async () => {
      setFormError(null);
      const result = await opts.action(form.getValues());
      if (result.ok) {
        opts.onSuccess?.(result);
        return;
      }
      for (const [name, code] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(name as Path<z.input<S>>, { type: 'server', message: code });
      }
      if (result.formError) setFormError(errorMessage(result));
      setFocusKey((k) => k + 1);
    },
    () => setFocusKey((k) => k + 1),
  );

  const bumpFocus = () => setFocusKey((k) => k + 1);
  return { form, onSubmit, summary, focusKey, formError, setFormError, bumpFocus, errorOf, fieldId };
}
