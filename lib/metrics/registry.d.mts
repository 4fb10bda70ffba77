import type { Histogram, Metric, Registry } from 'prom-client';
export declare function metricsRegistry(): Registry;
export declare function metric<M extends Metric>(name: string, create: (registry: Registry) => M): M;
export declare const HTTP_REQUEST_DURATION: 'pobyt_http_request_duration_seconds';
export declare function httpRequestDuration(): Histogram<'route' | 'method' | 'status'>;
export declare function methodLabel(method: string | undefined): string;
