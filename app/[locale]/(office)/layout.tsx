import type { ReactNode } from 'react';
import styles from '@/components/queue/office.module.css';

/** Office devices (kiosk, display board): the whole screen, without the site's header and footer. */
export default function OfficeLayout({ children }: { children: ReactNode }) {
  return <div className={styles.screen}>{children}</div>;
}
