import type { GitHubConfig, LocalConfig } from '@keystatic/core';

/**
 * Chooses where the admin saves: local files by default, or a GitHub repository when
 * KEYSTATIC_STORAGE=github and KEYSTATIC_GITHUB_REPO=owner/name are set.
 */
export function storage(env: Record<string, string | undefined>): LocalConfig['storage'] | GitHubConfig['storage'] {
  if (env.KEYSTATIC_STORAGE !== 'github') return { kind: 'local' };
  const repo = env.KEYSTATIC_GITHUB_REPO ?? '';
  const [owner, name] = repo.split('/');
  if (!owner || !name) {
    throw new Error('KEYSTATIC_STORAGE=github needs KEYSTATIC_GITHUB_REPO=owner/name (the repository the admin commits to)');
  }
  return {
    kind: 'github',
    repo: { owner, name },
    branchPrefix: env.KEYSTATIC_BRANCH_PREFIX || undefined,
  };
}
