export declare const contentSecurityPolicy: string;
export declare const metaContentSecurityPolicy: string;
export declare const securityHeaders: Record<string, string>;
export declare const longCache: string;
export declare const noStore: string;
export declare const cdnCache: string;
export declare function cachingFor(pathname: string): Record<string, string>;
export declare function headersFile(topLevel: string[]): string;
