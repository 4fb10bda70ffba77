import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

type Item = { label: string; value: string; change: { pathname: string; query: Record<string, string> } };

/** What has been chosen so far, each with a link back to change it. */
export async function ChoiceSummary({ items }: { items: Item[] }) {
  const t = await getTranslations('reservations.book');
  return (
    <dl className="answers">
      {items.map((i) => (
        <div className="answer-row" key={i.label}>
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
          <dd>
            <Link href={i.change}>
              {t('change')}
              <span className="visually-hidden"> {i.label}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
