import { describe, expect, it } from 'vitest';
import { storage } from '../../src/keystatic/storage';

describe('admin storage choice', () => {
  it('saves to local files by default', () => {
    expect(storage({})).toEqual({ kind: 'local' });
  });

  it('commits to GitHub when configured', () => {
    expect(
      storage({
        PUBLIC_KEYSTATIC_STORAGE: 'github',
        PUBLIC_KEYSTATIC_GITHUB_REPO: 'acme/site',
        PUBLIC_KEYSTATIC_BRANCH_PREFIX: 'content/',
      }),
    ).toEqual({ kind: 'github', repo: { owner: 'acme', name: 'site' }, branchPrefix: 'content/' });
  });

  it('refuses GitHub storage without a repository, saying which variable to set', () => {
    expect(() => storage({ PUBLIC_KEYSTATIC_STORAGE: 'github' })).toThrow(
      'PUBLIC_KEYSTATIC_STORAGE=github needs PUBLIC_KEYSTATIC_GITHUB_REPO=owner/name',
    );
  });
});
