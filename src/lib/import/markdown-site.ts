import type { ImportPlan } from './model';

export interface MarkdownOptions {
  siteUrl: string;
  reserved?: { posts?: Iterable<string> };
  progress?: (done: number, total: number) => void;
}

export function planMarkdown(_folder: string, _options: MarkdownOptions): ImportPlan {
  throw new Error('not yet');
}
