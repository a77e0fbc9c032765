export function earlyScript(): { code: string; path: string };
