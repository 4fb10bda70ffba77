'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { resolveMissingDocumentAction } from '@/lib/cases/actions';
import { MissingDocumentForm } from './missing-document-form';

export function MissingDocumentItem({ caseId, doc }: { caseId: string; doc: { id: number; kind: string | null; title: string; remark: string | null } }) {
  const t = useTranslations('cases.staff');
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  return (
    <li className="card">
      <p>
        <strong>{doc.title}</strong>
      </p>
      {doc.remark ? <p>{doc.remark}</p> : null}
      <div className="actions">
        <button type="button" className="button button-secondary" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {t('editDocument', { title: doc.title })}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            await resolveMissingDocumentAction({ caseId, docId: doc.id });
            router.refresh();
          }}
        >
          {t('resolveDocument', { title: doc.title })}
        </button>
      </div>
      {editing ? <MissingDocumentForm caseId={caseId} doc={doc} onDone={() => setEditing(false)} /> : null}
    </li>
  );
}
