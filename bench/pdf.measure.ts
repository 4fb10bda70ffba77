import { it } from 'vitest';
import { benchPdf } from './pdf';

it('renders the temporary residence application PDF', async () => {
  const r = await benchPdf(50);
  console.log(
    `\nPDF (form 1, ${r.runs} renders): p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, peak RSS ${r.peakRssMb.toFixed(0)} MB, ${(r.bytes / 1024).toFixed(0)} KB per PDF\n`,
  );
});
