'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';

/** The (!) button: a real button that says in words what it opens (for everyone, not only screen readers) and opens the remark in place. */
export function RemarkToggle({ document, remark, clerkWords }: { document: string; remark: string; clerkWords: string }) {
  const t = useTranslations('cases.holder');
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button type="button" className="remark-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">(!)</span> {open ? t('remarkHide') : t('remarkShow')}
        <span className="visually-hidden">: {document}</span>
      </button>
      <div id={id} hidden={!open} className="remark">
        <span lang="pl">{remark}</span> <small>{clerkWords}</small>
      </div>
    </>
  );
}
