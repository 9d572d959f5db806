import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/ui/query-provider';
import { SiteHeader } from '@/components/ui/site-header';
import { SignInNotice } from '@/components/account/sign-in-notice';
import './globals.css';

export const metadata: Metadata = {
  title: 'Summitry',
  description: 'Diplomatic event calendar and tracker',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <QueryProvider>
          <SiteHeader />
          <main id="content" tabIndex={-1}>
            <SignInNotice />
            {children}
          </main>
        </QueryProvider>
      </body>
    </html>
  );
}
