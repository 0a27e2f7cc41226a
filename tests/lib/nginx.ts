import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { join, resolve } from "node:path";
import { tempDir } from "./temp-dir.ts";

/** Debian's nginx (package nginx-light); NGINX_PATH picks another. */
export const NGINX_PATH = process.env["NGINX_PATH"] ?? "/usr/sbin/nginx";

const DEPLOY = "deploy/nginx";
/** The subpath and folder deploy/nginx/archive-subpath.conf is written for. */
const SHIPPED_SUBPATH = "/archive";
const SHIPPED_ALIAS = "alias /srv/archive/dist/;";

export interface RunningNginx {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** What nginx wrote to its error log so far. */
  errorLog(): string;
  stop(): Promise<void>;
}

/**
 * The shipped configuration for a build made for `base`, with only the
 * lines a deployer edits changed: the port nginx listens on, the folder it
 * serves and, under a subpath, the subpath. Everything else is the file
 * as shipped, so a test of it is a test of what a deployer installs.
 */
export function shippedConfig(dir: string, base: string, port: number): string {
  const listen = `listen 127.0.0.1:${port};`;
  if (base === "/") {
    const text = readFileSync(join(DEPLOY, "archive.conf"), "utf8");
    return replaceOnce(replaceOnce(text, "listen 80;", listen), "root /srv/archive/dist;", `root ${dir};`);
  }
  const subpath = base.replace(/\/$/, "");
  const text = replaceOnce(
    readFileSync(join(DEPLOY, "archive-subpath.conf"), "utf8"),
    SHIPPED_ALIAS,
    `alias ${dir}/;`,
  );
  // Only in directives: the comments keep the shipped example.
  const locations = text.replace(/^(\s*(?:location|error_page|return)\b.*)$/gm, (line) =>
    line.replaceAll(new RegExp(`${SHIPPED_SUBPATH}(?=[/ ;])`, "g"), subpath),
  );
  // Included inside a site's own server block, as the file's comments say.
  return `server {\n    ${listen}\n    server_name localhost;\n${locations}\n}\n`;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`the shipped nginx config must contain "${from}" once`);
  return text.replace(from, () => to);
}

/**
 * A small wrapper, as Debian's /etc/nginx/nginx.conf is around a site: the
 * MIME map and default type, conf.d/ then the site inside `http`, with
 * every path nginx writes (pid, logs, temporary files) in the test's own
 * folder. One process, in the
 * foreground, so it runs as an ordinary user and stops with its test.
 */
function wrapperConfig(prefix: string): string {
  const temp = (name: string) => join(prefix, "temp", name);
  return [
    "daemon off;",
    "master_process off;",
    `pid ${join(prefix, "nginx.pid")};`,
    `error_log ${join(prefix, "error.log")} warn;`,
    "events { worker_connections 64; }",
    "http {",
    "    include /etc/nginx/mime.types;",
    "    default_type application/octet-stream;",
    "    access_log off;",
    `    client_body_temp_path ${temp("client_body")};`,
    `    proxy_temp_path ${temp("proxy")};`,
    `    fastcgi_temp_path ${temp("fastcgi")};`,
    `    uwsgi_temp_path ${temp("uwsgi")};`,
    `    scgi_temp_path ${temp("scgi")};`,
    "    include conf.d/*.conf;",
    "    include archive.conf;",
    "}",
    "",
  ].join("\n");
}

/** Runs Debian's nginx with the shipped configuration for `dir`, a build made for `base`. */
export async function startNginx(dir: string, base: string): Promise<RunningNginx> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(
      `nginx is not installed at ${NGINX_PATH}: install Debian's nginx-light ` +
        "(sudo apt-get install nginx-light; .ci/run does this on CI), or set NGINX_PATH",
    );
  }
  const prefix = tempDir("nginx");
  mkdirSync(join(prefix, "snippets"));
  mkdirSync(join(prefix, "conf.d"));
  mkdirSync(join(prefix, "temp"));
  // `include snippets/…` and `conf.d/…` resolve beside the main config, as in /etc/nginx/.
  copyFileSync(
    join(DEPLOY, "archive-security-headers.conf"),
    join(prefix, "snippets/archive-security-headers.conf"),
  );
  copyFileSync(
    join(DEPLOY, "archive-content-security-policy.conf"),
    join(prefix, "conf.d/archive-content-security-policy.conf"),
  );
  const port = await freePort();
  writeFileSync(join(prefix, "archive.conf"), shippedConfig(resolve(dir), base, port));
  writeFileSync(join(prefix, "nginx.conf"), wrapperConfig(prefix));
  const errorLogPath = join(prefix, "error.log");
  const errorLog = () => (existsSync(errorLogPath) ? readFileSync(errorLogPath, "utf8") : "");

  const child = spawn(
    NGINX_PATH,
    ["-p", `${prefix}/`, "-c", join(prefix, "nginx.conf"), "-e", errorLogPath],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await untilListening(port, exited);
  } catch (error) {
    child.kill();
    throw new Error(`nginx did not start: ${(error as Error).message}\n${stderr}${errorLog()}`, {
      cause: error,
    });
  }
  return { origin, errorLog, stop: () => stop(child, exited) };
}

async function stop(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGQUIT");
  await exited;
}

/** A port nothing listens on now: the system picks it, then lets it go for nginx. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function untilListening(port: number, exited: Promise<number | null>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let tries = 0; tries < 100; tries++) {
    if (gone) throw new Error("nginx exited");
    if (await accepts(port)) return;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`nothing listens on port ${port} after 5 s`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}
