import { useTranslations } from 'next-intl';

export type WaitingRow = { serviceId: number; letter: string; name: { text: string; lang?: string }; waiting: number };

/** How many people wait per service: on the board and at the desk alike. */
export function WaitingTable({ id, title, rows }: { id: string; title: string; rows: WaitingRow[] }) {
  const t = useTranslations('queue.board');
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('service')}</th>
            <th scope="col">{t('count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.serviceId}>
              <th scope="row">
                {r.letter} – <span lang={r.name.lang}>{r.name.text}</span>
              </th>
              <td>{r.waiting}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
