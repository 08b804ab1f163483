import { readdir, readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which package or project file a profiled function belongs to: `astro`, `satori`, `dist/.prerender/chunks`, `(node)`, `(idle)`. */
export function ownerOf(url: string, functionName = ''): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (modules) return modules[1]!;
  if (url.startsWith('node:')) return '(node)';
  const project = url.match(/\/(src\/[^?]+|dist\/[^?]+|\.prerender\/[^?]+)/);
  return project ? project[1]!.replace(/\/chunks\/.*$/, '/chunks') : url.replace(/^.*\//, '');
}

/** Self time in milliseconds per owner (see `ownerOf`), largest first, from one `.cpuprofile`. */
export function selfTimeByOwner(profile: CpuProfile): [string, number][] {
  const owner = new Map(
    profile.nodes.map((node) => [node.id, ownerOf(node.callFrame.url, node.callFrame.functionName)]),
  );
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const name = owner.get(id) ?? '?';
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals].map(([name, ms]) => [name, Math.round(ms)] as [string, number]).sort((a, b) => b[1] - a[1]);
}

/** Sums the self times of every `.cpuprofile` in a folder (one per thread a build ran). */
export async function profileSummary(dir: string): Promise<[string, number][]> {
  const totals = new Map<string, number>();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(await readFile(`${dir}/${file}`, 'utf8')) as CpuProfile;
    for (const [name, ms] of selfTimeByOwner(profile)) totals.set(name, (totals.get(name) ?? 0) + ms);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
