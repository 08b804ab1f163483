import type { GitHubConfig, LocalConfig } from '@keystatic/core';

/**
 * Chooses where the admin saves: local files by default, or a GitHub repository when
 * PUBLIC_KEYSTATIC_STORAGE=github and PUBLIC_KEYSTATIC_GITHUB_REPO=owner/name are set
 * (PUBLIC_KEYSTATIC_BRANCH_PREFIX optionally limits the branches the admin shows).
 */
export function storage(env: Record<string, string | undefined>): LocalConfig['storage'] | GitHubConfig['storage'] {
  if (env.PUBLIC_KEYSTATIC_STORAGE !== 'github') return { kind: 'local' };
  const repo = env.PUBLIC_KEYSTATIC_GITHUB_REPO ?? '';
  const [owner, name] = repo.split('/');
  if (!owner || !name) {
    throw new Error(
      'PUBLIC_KEYSTATIC_STORAGE=github needs PUBLIC_KEYSTATIC_GITHUB_REPO=owner/name (the repository the admin commits to)',
    );
  }
  return {
    kind: 'github',
    repo: { owner, name },
    branchPrefix: env.PUBLIC_KEYSTATIC_BRANCH_PREFIX || undefined,
  };
}
