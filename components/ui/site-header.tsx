import Link from 'next/link';
import { AccountMenu } from '../account/account-menu';

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Summitry
      </Link>
      <nav aria-label="Main">
        <Link href="/">Timeline</Link>
        <Link href="/ingest">From an article</Link>
        <Link href="/events/new">New event</Link>
        <Link href="/people">People</Link>
        <Link href="/countries">Countries</Link>
        <Link href="/organisations">Organisations</Link>
        <Link href="/clashes">Clashes</Link>
        <Link href="/changes">What changed</Link>
        <Link href="/feeds">Feeds</Link>
        <Link href="/daybook">Tomorrow</Link>
        <Link href="/daybook?days=7">Next 7 days</Link>
      </nav>
      <AccountMenu />
    </header>
  );
}
