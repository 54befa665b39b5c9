import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { inter, jetbrainsMono } from './fonts';
import { SiteHeader } from '@/components/site/site-header';
import { SiteFooter } from '@/components/site/site-footer';
import { themeBootScript } from '@/components/site/theme-boot';
import { codeLangBootScript } from '@/components/lesson/code-lang';
import { StorageNotice } from '@/components/progress/storage-notice';
import './globals.css';
import './base.css';
import './styles/lesson.css';
import './styles/code.css';
import './styles/content.css';
import './styles/print-and-layout.css';

export const metadata: Metadata = {
  title: { default: 'Hotpath — measure the performance bugs AI writes', template: '%s — Hotpath' },
  description:
    'An interactive course on performance bugs in AI-generated code: run the slow version, measure it, fix it, prove it.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121316' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${inter.variable} ${jetbrainsMono.variable}`} suppressHydrationWarning>
      <head>
        {/* Sets data-theme and data-code-lang before first paint: no flash and no layout shift. */}
        <script dangerouslySetInnerHTML={{ __html: themeBootScript + codeLangBootScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          <StorageNotice />
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
