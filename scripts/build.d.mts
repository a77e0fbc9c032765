export declare const requiredOutputs: string[];
export declare function buildAtomically(options: { outDir: string; build: (stagingDir: string) => Promise<void> }): Promise<void>;
export declare function astroBuild(outDir: string): Promise<void>;
export declare function distDir(): string;
