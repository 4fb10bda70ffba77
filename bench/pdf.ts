import { FORM_DEFINITIONS } from '@/lib/forms/definitions';
import { contentHash } from '@/lib/forms/engine/canonical';
import { renderApplicationPdf } from '@/lib/forms/pdf';
import { form01Fixture } from '@/lib/forms/fixtures/form-01';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Renders the temporary residence PDF `runs` times in this process: latency and peak memory. */
export async function benchPdf(runs = 50) {
  const def = FORM_DEFINITIONS.get(1)!;
  const input = { def, code: 'W-7K3F-9Q2M', version: 1, locale: 'uk' as const, data: form01Fixture, contentHash: contentHash(1, form01Fixture) };
  await renderApplicationPdf(input); // warm-up: font loading and JIT
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = (await renderApplicationPdf(input)).length;
    times.push(performance.now() - t0);
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  times.sort((a, b) => a - b);
  return { runs, p50: percentile(times, 50), p95: percentile(times, 95), peakRssMb: peak / 1024 / 1024, bytes };
}
