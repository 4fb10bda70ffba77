import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { requireRole } from '@/lib/auth/session';
import { getPage, listVersions } from '@/lib/content/pages';
import { PageEditor } from '@/components/content/page-editor';
import { RestoreVersionButton } from '@/components/content/restore-version-button';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.content'))('editTitle') };
}

type Props = { searchParams: Promise<{ slug?: string; locale?: string }> };

export default async function EditContentPage({ searchParams }: Props) {
  await requireRole(['admin'], '/staff/content');
  const { slug, locale } = await searchParams;
  if (!slug || !locale || !(routing.locales as readonly string[]).includes(locale)) notFound();
  const db = await getDb();
  const page = await getPage(db, locale as Locale, slug);
  // A missing translation starts from the Polish text.
  const source = page ?? (await getPage(db, routing.defaultLocale, slug));
  if (!source) notFound();
  const versions = page ? await listVersions(db, page.id) : [];
  const t = await getTranslations('staff.content');
  const tl = await getTranslations('localeSwitcher');
  const format = await getFormatter();
  return (
    <>
      <p>
        <Link href="/staff/content">{t('title')}</Link>
      </p>
      <h1>
        {t('editHeading', { page: slug, language: tl(`names.${locale as Locale}`) })}
      </h1>
      {!page ? <p className="notice">{t('newTranslation')}</p> : null}
      <PageEditor slug={slug} locale={locale as Locale} title={source.title} description={source.description} body={source.body} version={page?.version ?? 0} />
      {versions.length ? (
        <section aria-labelledby="versions-title">
          <h2 id="versions-title">{t('versions')}</h2>
          <TableWrap labelledBy="versions-title">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('version')}</th>
                  <th scope="col">{t('savedAt')}</th>
                  <th scope="col">{t('author')}</th>
                  <th scope="col">{t('pageTitle')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.version}>
                    <td>{v.version}</td>
                    <td>{format.dateTime(v.createdAt, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                    <td>{v.author ?? t('seeded')}</td>
                    <td>{v.title}</td>
                    <td>{v.version === page?.version ? t('current') : <RestoreVersionButton slug={slug} locale={locale} version={v.version} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}
    </>
  );
}
