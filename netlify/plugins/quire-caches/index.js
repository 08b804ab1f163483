// Keeps Quire's caches (.cache/: Astro's incremental build, the share images, the after-build records)
// between Netlify builds with Netlify's cache utility, so a deploy after an edit renders and draws only
// what changed. The build log's `[quire:caches] warm` line shows that it worked.
const CACHES = ['.cache'];

export const onPreBuild = async ({ utils }) => {
  const restored = await utils.cache.restore(CACHES);
  console.log(restored ? 'quire-caches: restored .cache/ from the last build' : 'quire-caches: no cache yet');
};

export const onPostBuild = async ({ utils }) => {
  await utils.cache.save(CACHES);
  console.log('quire-caches: saved .cache/ for the next build');
};
