import { describe, expect, it } from 'vitest';

// Loads astro.config.mjs with every integration it imports (seconds), so it is not a unit test. The body
// rules themselves are tested in tests/unit/body-rules.test.ts.

describe('the build configuration', () => {
  it('runs the content-is-data plugin in the MDX pipeline', async () => {
    const config = (await import('../../astro.config.mjs')).default as {
      markdown?: { processor?: { options?: { mdastPlugins?: { name?: string }[] } } };
    };
    const plugins = config.markdown?.processor?.options?.mdastPlugins ?? [];
    expect(plugins.map((p) => p.name)).toContain('quire:content-is-data');
  });
});
