import { Agent, request } from 'undici';

export type LoadResult = { url: string; requests: number; errors: number; rps: number; p50: number; p95: number; p99: number };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** `connections` clients request `url` back to back for `seconds`; latencies in milliseconds. */
export async function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const agent = new Agent({ connections, pipelining: 1, keepAliveTimeout: 10_000 });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          const res = await request(url, { dispatcher: agent });
          await res.body.dump();
          if (res.statusCode !== 200) errors++;
          else latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  await agent.close();
  latencies.sort((a, b) => a - b);
  return { url, requests: latencies.length, errors, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}
