import type { ReactNode } from 'react';

/**
 * An index page (people, countries, organisations): a search form that works without script, how
 * many match, and the list, or a line saying nothing matches.
 */
export function DirectoryIndex(props: { title: string; action: string; label: string; placeholder: string; q: string; count: number; noun: [string, string]; empty: string; children: ReactNode }) {
  const { title, action, label, placeholder, q, count, noun, empty, children } = props;
  const inputId = `${action.slice(1)}-q`;
  return (
    <div className="profile">
      <h1>{title}</h1>
      <form role="search" action={action} className="directory-search">
        <label htmlFor={inputId}>{label}</label>
        <input id={inputId} name="q" type="search" defaultValue={q} placeholder={placeholder} />
        <button type="submit">Search</button>
      </form>
      <p className="count">
        {count} {count === 1 ? noun[0] : noun[1]}
        {q && ` matching “${q}”`}
      </p>
      {count === 0 ? <p className="muted">{empty}</p> : <ul className="directory">{children}</ul>}
    </div>
  );
}
