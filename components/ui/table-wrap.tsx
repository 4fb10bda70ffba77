import type { ReactNode } from 'react';

type Name = { label: string; labelledBy?: undefined } | { labelledBy: string; label?: undefined };

/**
 * A table that may be wider than the screen. A region that scrolls must be
 * reachable by keyboard and named for screen readers (WCAG 2.1.1 and 4.1.2;
 * axe's scrollable-region-focusable), so the wrapper is a named, focusable region.
 */
export function TableWrap({ children, label, labelledBy }: Name & { children?: ReactNode }) {
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
