import type { ReactNode } from 'react';

/** A section of a profile page, named by its heading for screen readers (`aria-labelledby`). */
export function TitledSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
