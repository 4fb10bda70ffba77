import Link from 'next/link';

// Only for paths outside any locale that the proxy did not redirect (static-looking paths).
export default function GlobalNotFound() {
  return (
    <html lang="pl">
      <body>
        <main id="main">
          <h1>Nie znaleziono strony</h1>
          <p lang="en">Page not found.</p>
          <p>
            <Link href="/">Pobyt</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
