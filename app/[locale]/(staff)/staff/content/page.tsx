import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { requireRole } from '@/lib/auth/session';
import { listAllPages } from '@/lib/content/pages';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.content'))('title') };
}

export default async function ContentListPage() {
  await requireRole(['admin'], '/staff/content');
  const t = await getTranslations('staff.content');
  const tl = await getTranslations('localeSwitcher');
  const format = await getFormatter();
  const pages = await listAllPages(await getDb());
  const slugs = [...new Set(pages.map((p) => p.slug))];
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <TableWrap label={t('title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('page')}</th>
              {routing.locales.map((l) => (
                <th scope="col" key={l}>
                  {tl(`names.${l}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slugs.map((slug) => (
              <tr key={slug}>
                <th scope="row">{slug}</th>
                {routing.locales.map((l) => {
                  const p = pages.find((x) => x.slug === slug && x.locale === l);
                  return (
                    <td key={l}>
                      <Link href={{ pathname: '/staff/content/edit', query: { slug, locale: l } }} aria-label={t(p ? 'editIn' : 'createIn', { page: slug, language: tl(`names.${l}`) })}>
                        {p ? t('edit') : t('create')}
                      </Link>
                      {p ? (
                        <>
                          <br />
                          <small>{t('versionAt', { version: p.version, date: format.dateTime(p.updatedAt, { dateStyle: 'short' }) })}</small>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
