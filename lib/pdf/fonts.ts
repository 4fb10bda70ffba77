import 'server-only';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

// Helvetica has no Polish or Cyrillic letters; DejaVu Sans has both and is embedded (subset) in each PDF.
const dir = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
let registered = false;

export const PDF_FONT = 'DejaVuSans';

export function registerPdfFonts() {
  if (registered) return;
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: path.join(dir, 'DejaVuSans.ttf') },
      { src: path.join(dir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  // Long unbroken strings (links, codes) would otherwise be hyphenated at random.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
