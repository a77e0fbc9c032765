export declare function sourceHash(parts: unknown[]): string;
export declare function pageSourceHash(data: { title: string; description: string; summary: string }, body: string): string;
export declare function serviceSourceHash(service: { offers: string; summary?: string; notice?: string; openingHours?: string; contacts?: { label: string; hours?: string }[] }): string;
