export type ManifestRoute = { page: string; regex: string };
export type RoutesManifest = { staticRoutes?: ManifestRoute[]; dynamicRoutes?: ManifestRoute[] };
export declare const OTHER_ROUTE: 'other';
export declare const MAX_ROUTE_LABELS: number;
export declare function loadRoutesManifest(distDir: string): RoutesManifest | undefined;
export declare function pathOf(url: string | undefined): string;
export declare function createRouteLabeler(manifest: RoutesManifest | undefined, options?: { max?: number }): (url: string | undefined) => string;
