export declare const paperPoints: { A4: readonly [number, number]; A5: readonly [number, number] };
export declare function pdfPageSizes(bytes: Uint8Array | ArrayBuffer): [number, number][];
export declare function pdfPageCount(bytes: Uint8Array | ArrayBuffer): number;
export declare function paperName(size: readonly [number, number]): 'A4' | 'A5' | undefined;
export interface PrintTarget {
  locale: string;
  item: string;
  path: string;
}
export declare function printTargets(distDir: string): PrintTarget[];
export declare function pdfFile(root: string, target: Pick<PrintTarget, 'locale' | 'item'>): string;
export declare const printedFromName: string;
export declare function pageFingerprint(html: string | Uint8Array): string;
export declare function stalePdfs(root: string): string[];
