import type { BuildRun } from './timed-build';
import type { PageWeight } from './page-weight';

/** A build as the results keep it (without its log). */
export type BuildSummary = Omit<BuildRun, 'log'>;

/** The three builds of one site at one size, and what they produced. */
export interface SiteResult {
  cold: BuildSummary;
  warm: BuildSummary;
  edit: BuildSummary;
  /** Largest peak RSS of the three builds, in MB. */
  peakMb?: number;
  distBytes: number;
  htmlPages: number;
  /** Cold build time divided by HTML pages written. */
  msPerPage: number;
}

/** Results of one benchmark size. */
export interface SizeResult {
  posts: number;
  site: SiteResult & { article: PageWeight; phases: Record<string, number> };
  reference: SiteResult;
}

/** The machine a benchmark ran on. */
export interface Machine {
  /** Cores Node reports (`os.availableParallelism()`). */
  cores: number;
  /** Cores every build was pinned to (`--cores`), when fewer than all. */
  pinnedTo?: number;
  /** The 1, 5 and 15 minute load averages when the benchmark started (other work on the machine). */
  loadAverage: number[];
}
