export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}
export interface ScriptTag {
  src: string;
  module: boolean;
  async: boolean;
  defer: boolean;
}
export declare const budgets: { html: number; total: number; js: number };
export declare function gzipSize(bytes: Uint8Array | string): number;
export declare function attribute(tag: string, name: string): string | undefined;
export declare function assetFile(distDir: string, fromFile: string, url: string): string | undefined;
export declare function withStaticImports(distDir: string, file: string, seen?: Set<string>): Set<string>;
export declare function parseAssets(html: string): { stylesheets: string[]; scripts: ScriptTag[] };
export declare function isRenderBlocking(script: ScriptTag): boolean;
export declare function loadedFiles(distDir: string, htmlFile: string): { css: string[]; js: string[] };
export declare function pageWeight(distDir: string, htmlFile: string): PageWeight;
