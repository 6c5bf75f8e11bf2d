/** Types of heap-growth.mjs (plain JavaScript: the CLI launcher loads it before TypeScript). */
export declare const HEAP_GROWING_PERCENT: number;
export declare function allowHeapLimit(): void;
export declare function limitHeapGrowth(percent?: number): void;
