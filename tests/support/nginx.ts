import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The nginx binary the deploy tests run (NGINX_PATH, or Debian's /usr/sbin/nginx). */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * Runs nginx in the foreground with `siteConf` (a `map` and `server` block) inside a minimal `http`
 * block; its pid file, logs and temporary files stay in `dir`. Resolves once `port` answers.
 */
export async function startNginx(dir: string, siteConf: string, port: number): Promise<{ stop: () => Promise<void> }> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(
      `No nginx at ${NGINX_PATH}. Install it (Debian/Ubuntu: sudo apt-get install -y nginx-light) or point NGINX_PATH at one.`,
    );
  }
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  writeFileSync(join(dir, 'quire.conf'), siteConf);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${dir}/tmp;`);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      'daemon off;',
      'events {}',
      'http {',
      `  include ${existsSync('/etc/nginx/mime.types') ? '/etc/nginx/mime.types' : 'mime.types'};`,
      '  access_log off;',
      ...temp.map((line) => `  ${line}`),
      `  include ${dir}/quire.conf;`,
      '}',
    ].join('\n'),
  );
  const child = spawn(NGINX_PATH, ['-e', 'stderr', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const until = Date.now() + 10_000;
  while (true) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > until) throw new Error(`nginx did not answer on port ${port}:\n${output}`);
    await sleep(100);
  }
  return {
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
