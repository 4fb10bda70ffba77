import 'server-only';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

// Helvetica has no Polish or Cyrillic letters; DejaVu Sans has both and is embedded (subset) in each PDF.
const dir = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

export const PDF_FONT = 'DejaVuSans';

let hyphenation = false;

/**
 * Gives the next document its own DejaVu font objects. react-pdf keeps one fontkit
 * font per registered source for the whole process, and fontkit caches every glyph
 * it decodes together with the characters it was decoded for. Embedding a subset
 * decodes the parts of composite glyphs by glyph id alone: DejaVu builds Cyrillic
 * М, О, Н, Х from Latin M, O, H, X, so after a Cyrillic document those Latin glyphs
 * sit in the cache with no characters, and the next document's layout drops them
 * ("iejsce" for "Miejsce"). See diegomura/react-pdf#3404. A fresh font is cheap: the
 * file is read from the page cache and fontkit decodes tables lazily.
 * Call only through renderPdf (lib/pdf/render.tsx), which renders one document at a time.
 */
export function freshPdfFonts() {
  // Font.register appends to a family and the first match wins, so drop the old sources first.
  delete Font.getRegisteredFonts()[PDF_FONT];
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: path.join(dir, 'DejaVuSans.ttf') },
      { src: path.join(dir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  if (!hyphenation) {
    // Long unbroken strings (links, codes) would otherwise be hyphenated at random.
    Font.registerHyphenationCallback((word) => [word]);
    hyphenation = true;
  }
}
