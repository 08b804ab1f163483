/** Options of `npm run bench`. */
export interface BenchOptions {
  /** Numbers of synthetic posts, one benchmark run each (default: 100). */
  sizes: number[];
  /** Exit with 1 when a budget is not met (default: off, the table says pass or fail either way). */
  strict: boolean;
  /** Keep the sandboxes under `.cache/bench/` afterwards (default: removed). */
  keep: boolean;
  /** Pin every build to this many cores (`taskset`), to see what the extra cores buy (default: all). */
  cores?: number;
}

/** Reads `--posts 250,1000,4000`, `--cores N`, `--strict` and `--keep`; anything else is an error naming the usage. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = { sizes: [100], strict: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    if (name === '--posts') {
      const value = inline ?? argv[++i] ?? '';
      const sizes = value.split(',').map((s) => Number(s.trim()));
      if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
        throw new Error(`--posts: "${value}" is not a list of post counts (write e.g. --posts 250,1000)`);
      }
      options.sizes = sizes;
    } else if (name === '--cores') {
      const value = inline ?? argv[++i] ?? '';
      const cores = Number(value);
      if (!Number.isInteger(cores) || cores < 1) throw new Error(`--cores: "${value}" is not a number of cores`);
      options.cores = cores;
    } else if (arg === '--strict') options.strict = true;
    else if (arg === '--keep') options.keep = true;
    else
      throw new Error(
        `unknown option "${arg}" (usage: npm run bench -- [--posts 250,1000,4000] [--cores N] [--strict] [--keep])`,
      );
  }
  return options;
}
