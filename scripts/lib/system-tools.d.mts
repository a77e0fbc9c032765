export declare const chromiumArgs: string[];
export declare function findChromium(): string | undefined;
export declare function findNginx(): string | undefined;
export declare function aptInstall(packages: string[]): void;
export declare function ensureTool(options: { name: string; find: () => string | undefined; debianPackages: string[]; advice: string }): string;
export declare function mayInstallSystemPackages(env?: Record<string, string | undefined>): boolean;
