export declare const BUILD_SOURCES: string[];
export declare function isBuildFresh(distDir: string, root?: string): boolean;
export declare function buildIfStale(options: {
  distDir: string;
  root?: string;
  env?: NodeJS.ProcessEnv;
  stdio?: "inherit" | "pipe";
}): boolean;
