import 'server-only';
import type { ReactElement, ReactNode } from 'react';
import { Document, renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import type { Locale } from '@/i18n/routing';
import { freshPdfFonts } from './fonts';

/** What every printed document says about itself: PDF /Title and /Lang (screen readers, search, the viewer's title bar). */
export type PdfMeta = { title: string; language: Locale; author: string; subject?: string };

/** The root of every printed document: react-pdf's Document with the metadata no PDF may lack. */
export function PdfDocument({ title, language, author, subject, children }: PdfMeta & { children: ReactNode }) {
  return (
    <Document title={title} language={language} author={author} subject={subject} creator="Pobyt" producer="Pobyt">
      {children}
    </Document>
  );
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * The one way to render a PDF. Documents are rendered one at a time, each with its
 * own font objects (see freshPdfFonts): react-pdf's font store is global, and
 * interleaved renders would share, and spoil, each other's glyph state. Rendering is
 * CPU-bound on one thread, so the queue costs no throughput.
 */
export function renderPdf(document: ReactElement<DocumentProps>): Promise<Buffer> {
  const turn = queue.then(() => {
    freshPdfFonts();
    return renderToBuffer(document);
  });
  // The next document waits for this one, whether it succeeds or fails.
  queue = turn.catch(() => undefined);
  return turn;
}
