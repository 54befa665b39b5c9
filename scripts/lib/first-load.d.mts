export interface FirstLoad {
  route: string;
  scripts: number;
  raw: number;
  gzip: number;
  files: { src: string; raw: number; gzip: number }[];
}
export function firstLoadJs(baseUrl: string, route: string): Promise<FirstLoad>;
