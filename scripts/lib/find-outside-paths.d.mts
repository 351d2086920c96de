export declare function isCheckedSource(file: string): boolean;
export declare function findOutsidePaths(file: string, text: string): string[];
