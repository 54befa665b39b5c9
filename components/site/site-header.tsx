import Link from 'next/link';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand" aria-label="Hotpath home">
          <span className="brand-mark" aria-hidden="true">
            ▲
          </span>
          <span className="brand-text">Hotpath</span>
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <Link href="/lessons/performance-bugs-in-ai-generated-code">Lesson</Link>
            </li>
            <li>
              <Link href="/lessons/performance-bugs-in-ai-generated-code/quiz">Quiz</Link>
            </li>
            <li>
              <Link href="/playground">Playground</Link>
            </li>
            <li>
              <Link href="/progress">Progress</Link>
            </li>
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
