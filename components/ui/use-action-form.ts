'use client';

import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import type { SummaryItem } from './error-summary';

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
}) {
  const tv = useTranslations('validation');
  const te = useTranslations('errors');
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(opts.schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    mode: 'onTouched',
    defaultValues: opts.defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);

  const message = (code: string | undefined) => (code && tv.has(code as never) ? tv(code as never) : tv('invalid'));
  const fieldId = (name: string) => `${opts.idPrefix}-${name}`;
  const errorOf = (name: Path<z.input<S>>) => {
    const err = name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], form.formState.errors) as
      | { message?: string }
      | undefined;
    return err ? message(err.message) : undefined;
  };

  const summary: SummaryItem[] = Object.keys(form.formState.errors)
    .filter((k) => k !== 'root')
    .map((k) => ({ fieldId: fieldId(k), message: errorOf(k as Path<z.input<S>>) ?? '' }));

  const onSubmit = form.handleSubmit(
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
      if (result.formError) setFormError(te.has(result.formError as never) ? te(result.formError as never) : te('unexpected'));
      setFocusKey((k) => k + 1);
    },
    () => setFocusKey((k) => k + 1),
  );

  return { form, onSubmit, summary, focusKey, formError, setFormError, errorOf, fieldId };
}
