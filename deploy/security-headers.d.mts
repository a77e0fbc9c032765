export declare const contentSecurityPolicy: string;
export declare const securityHeaders: Record<string, string>;
export declare const cacheRules: { pattern: string; cacheControl: string }[];
export declare function cacheControlFor(pathname: string): string;
export declare function headersFile(): string;
