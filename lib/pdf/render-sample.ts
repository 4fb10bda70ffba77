/**
 * Renders sample documents, in the order given, in this fresh process:
 * `node render-sample.mjs <out-dir> <id> [<id>…]` writes `<out-dir>/<position>-<id>.pdf`.
 * lib/pdf/cross-document.test.ts bundles it and compares renders across processes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sampleDocuments } from './sample-documents';

async function main() {
  const [out, ...ids] = process.argv.slice(2);
  if (!out || !ids.length) throw new Error('usage: render-sample <out-dir> <id> [<id>…]');
  const docs = sampleDocuments();
  for (const [i, id] of ids.entries()) {
    const doc = docs.find((d) => d.id === id);
    if (!doc) throw new Error(`unknown sample document ${id}`);
    fs.writeFileSync(path.join(out, `${i}-${id}.pdf`), await doc.render());
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
