// Adds lock entries for platform binaries that the registry mirror used to write the lock does not
// carry (npm leaves them out, then `npm ci` refuses the lock). Each entry names its os/cpu, so npm
// installs it only on that platform, from the public registry. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const platform = (name) => {
  const tail = name.split('/').pop();
  const [, os, cpu, abi] =
    /(?:^|-)(android|darwin|linux|win32|windows|freebsd|wasm32)-?(arm64|x64|ia32|arm|wasi)?-?(gnu|musl|msvc)?$/.exec(
      tail,
    ) ?? [];
  if (!os) return undefined;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  return {
    os: [os === 'windows' ? 'win32' : os],
    cpu: [cpu],
    ...(abi === 'gnu' ? { libc: ['glibc'] } : abi === 'musl' ? { libc: ['musl'] } : {}),
  };
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const where = platform(dep);
    if (!where) continue;
    lock.packages[key] = { version, license: entry.license, optional: true, ...where };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: added ${added} platform entries`);
