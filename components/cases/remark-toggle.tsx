'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';

/** The (!) button: a real button that opens the remark in place and says so to screen readers. */
export function RemarkToggle({ document, remark }: { document: string; remark: string }) {
  const t = useTranslations('cases.holder');
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button type="button" className="remark-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">(!)</span>
        <span className="visually-hidden">{t('remarkFor', { document })}</span>
      </button>
      <div id={id} hidden={!open} className="remark">
        {remark}
      </div>
    </>
  );
}
