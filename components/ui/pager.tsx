import { Link } from '@/i18n/navigation';

type Props = {
  pathname: string;
  page: number;
  pages: number;
  /** The list's filters for page n, so paging keeps them. */
  query: (page: number) => Record<string, string>;
  labels: { nav: string; previous: string; next: string; pageOf: string };
};

/** Previous / "page n of m" / next under a paged list; nothing when everything fits on one page. */
export function Pager({ pathname, page, pages, query, labels }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.nav}>
      <ul className="actions" style={{ listStyle: 'none', padding: 0 }}>
        {page > 1 ? (
          <li>
            <Link href={{ pathname, query: query(page - 1) }}>{labels.previous}</Link>
          </li>
        ) : null}
        <li>{labels.pageOf}</li>
        {page < pages ? (
          <li>
            <Link href={{ pathname, query: query(page + 1) }}>{labels.next}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
