import type { ReactNode } from 'react';

export function Notice({ kind = 'info', children, role }: { kind?: 'info' | 'success' | 'error'; children: ReactNode; role?: 'status' | 'alert' }) {
  return (
    <div className={`notice${kind === 'info' ? '' : ` notice-${kind}`}`} role={role}>
      {children}
    </div>
  );
}
