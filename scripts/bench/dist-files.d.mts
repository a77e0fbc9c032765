export declare function htmlPages(distDir: string): string[];
export declare function urlPath(distDir: string, file: string): string;
export declare function directorySize(dir: string): number;
export declare function builtLocales(distDir: string): string[];
