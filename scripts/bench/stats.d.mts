export declare const KB: number;
export declare function median(values: number[]): number;
export declare function quantile(values: number[], q: number): number;
export declare function kb(bytes: number): string;
export declare function mb(bytes: number): string;
export declare function ms(value: number): string;
export declare function goalMark(met: boolean): string;
