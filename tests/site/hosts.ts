// Real web servers (Debian's nginx, Apache and Caddy) serving dist/ on loopback with the
// configuration files the build wrote, so the headers every host sends are tested, not assumed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Host {
  naam: string;
  origin: string;
  stop(): Promise<void>;
}

async function vrijePoort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  const poort = (server.address() as { port: number }).port;
  await new Promise((klaar) => server.close(klaar));
  return poort;
}

/** Waits until the server answers on the port (or gives up with what it printed). */
async function wachtOp(proces: ChildProcess, origin: string, uitvoer: () => string): Promise<void> {
  for (let poging = 0; poging < 100; poging += 1) {
    if (proces.exitCode !== null) throw new Error(`server stopte: ${uitvoer()}`);
    try {
      await fetch(origin, { signal: AbortSignal.timeout(500) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`server antwoordde niet op ${origin}: ${uitvoer()}`);
}

async function start(naam: string, commando: string, argumenten: string[], poort: number, env: NodeJS.ProcessEnv = {}): Promise<Host> {
  const proces = spawn(commando, argumenten, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let uitvoer = '';
  proces.stdout?.on('data', (d) => (uitvoer += d));
  proces.stderr?.on('data', (d) => (uitvoer += d));
  const origin = `http://127.0.0.1:${poort}`;
  await wachtOp(proces, origin, () => uitvoer);
  return {
    naam,
    origin,
    async stop() {
      if (proces.exitCode !== null) return;
      const gestopt = new Promise((klaar) => proces.once('exit', klaar));
      proces.kill('SIGTERM');
      await gestopt;
    },
  };
}

/** nginx with the build's dist/_hosting/nginx.conf included, or (metHeaders false) a bare file server. */
export async function startNginx(dist: string, metHeaders = true): Promise<Host> {
  const map = mkdtempSync(join(tmpdir(), 'nginx-'));
  const poort = await vrijePoort();
  const conf = join(map, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off; master_process off; pid ${map}/nginx.pid; error_log stderr;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${map}; proxy_temp_path ${map}; fastcgi_temp_path ${map}; uwsgi_temp_path ${map}; scgi_temp_path ${map};
  server {
    listen 127.0.0.1:${poort};
    root ${dist};
    ${metHeaders ? `include ${dist}/_hosting/nginx.conf;` : ''}
  }
}
`,
  );
  return start('nginx', '/usr/sbin/nginx', ['-c', conf, '-p', map], poort);
}

/** Apache with dist/.htaccess honoured (AllowOverride All), mod_headers and mod_deflate loaded. */
export async function startApache(dist: string): Promise<Host> {
  const map = mkdtempSync(join(tmpdir(), 'apache-'));
  const poort = await vrijePoort();
  // filter and deflate: on by default in Debian's Apache, and what .htaccess compresses with.
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'filter', 'deflate']
    .map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`)
    .join('\n');
  const conf = join(map, 'httpd.conf');
  writeFileSync(
    conf,
    `${modules}
ServerRoot ${map}
ServerName localhost
Listen 127.0.0.1:${poort}
PidFile ${map}/httpd.pid
ErrorLog ${map}/error.log
User www-data
Group www-data
TypesConfig /etc/mime.types
DocumentRoot ${dist}
<Directory ${dist}>
  AllowOverride All
  Require all granted
</Directory>
`,
  );
  // Apache refuses to serve as root: its workers run as www-data, so dist/ must be world-readable (it is).
  return start('Apache', '/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], poort, { APACHE_RUN_DIR: map, APACHE_LOCK_DIR: map });
}

/** Caddy with the build's dist/_hosting/Caddyfile imported; no admin endpoint, no HTTPS, no state outside a temp folder. */
export async function startCaddy(dist: string): Promise<Host> {
  const map = mkdtempSync(join(tmpdir(), 'caddy-'));
  mkdirSync(join(map, 'data'));
  const poort = await vrijePoort();
  const conf = join(map, 'Caddyfile');
  writeFileSync(
    conf,
    `{
\tadmin off
\tauto_https off
}
http://127.0.0.1:${poort} {
\troot * ${dist}
\timport ${dist}/_hosting/Caddyfile
}
`,
  );
  return start('Caddy', '/usr/bin/caddy', ['run', '--config', conf, '--adapter', 'caddyfile'], poort, {
    XDG_DATA_HOME: join(map, 'data'),
    XDG_CONFIG_HOME: map,
    HOME: map,
  });
}
