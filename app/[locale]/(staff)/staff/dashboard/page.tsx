import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/session';
import { dashboardStats } from '@/lib/cases/list';
import { BarChart } from '@/components/staff/dashboard/bar-chart';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cases.dashboard'))('title') };
}

export default async function DashboardPage() {
  await requireRole(['clerk', 'admin'], '/staff/dashboard');
  const stats = await dashboardStats(await getDb());
  const t = await getTranslations('cases.dashboard');
  const ts = await getTranslations('stages');
  const format = await getFormatter();
  const perStage = stats.perStage.map((s) => ({ label: ts(`list.${s.stage}.name`), value: s.cases }));
  const avg = stats.averageDays.map((s) => ({ label: ts(`list.${s.stage}.name`), value: s.days, spans: s.spans }));
  return (
    <>
      <h1>{t('title')}</h1>
      <dl className="facts">
        <dt>{t('open')}</dt>
        <dd>{stats.open}</dd>
        <dt>{t('overdue')}</dt>
        <dd>{stats.overdue}</dd>
      </dl>
      <section aria-labelledby="per-stage">
        <h2 id="per-stage">{t('perStage')}</h2>
        <BarChart title={t('perStage')} data={perStage} />
        <TableWrap label={t('perStage')}>
          <table>
            <caption className="visually-hidden">{t('perStage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stage')}</th>
                <th scope="col">{t('cases')}</th>
              </tr>
            </thead>
            <tbody>
              {perStage.map((s) => (
                <tr key={s.label}>
                  <th scope="row">{s.label}</th>
                  <td>{s.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
      <section aria-labelledby="avg-days">
        <h2 id="avg-days">{t('averageDays')}</h2>
        <BarChart title={t('averageDays')} data={avg} />
        <TableWrap label={t('averageDays')}>
          <table>
            <caption className="visually-hidden">{t('averageDays')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stage')}</th>
                <th scope="col">{t('days')}</th>
                <th scope="col">{t('spans')}</th>
              </tr>
            </thead>
            <tbody>
              {avg.map((s) => (
                <tr key={s.label}>
                  <th scope="row">{s.label}</th>
                  <td>{format.number(s.value, { maximumFractionDigits: 1 })}</td>
                  <td>{s.spans}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
    </>
  );
}
