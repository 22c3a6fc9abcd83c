// Running bundles in headless Chromium (Debian's /usr/bin/chromium) with playwright-core:
// a loopback HTTP server on an ephemeral port serves the directory, each bundle runs in
// a fresh page that imports it as an ES module with its output sent to callbacks
// (globalThis.erltsBundleOptions, docs/bundle.md) and waits for its exit status.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface BrowserRun {
  out: string;
  err: string;
  status: number;
  pageErrors: string[];
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json', '.html': 'text/html', '.css': 'text/css' };

/** A static server for `dir` on 127.0.0.1 (closed by the caller). */
export async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) {
      res.statusCode = 403;
      res.end();
      return;
    }
    readFile(file).then(
      (b) => {
        res.setHeader('content-type', TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
        res.end(b);
      },
      () => {
        res.statusCode = 404;
        res.end(path === '/' ? '<!doctype html><title>erlts</title>' : '');
      },
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${addr.port}` };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 60_000 });
}

/** Runs each bundle of `dir` in its own page; the results by name. */
export async function runInChromium(dir: string, runs: { name: string; file: string; args: string[] }[]): Promise<Map<string, BrowserRun>> {
  const { server, url } = await serve(dir);
  const browser = await launch();
  const out = new Map<string, BrowserRun>();
  try {
    for (const r of runs) {
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${url}/`);
      // A string, not a function: vitest rewrites import() in this file's functions.
      const res = (await page.evaluate(`(async () => {
        let o = '', e = '';
        globalThis.erltsBundleOptions = { stdout: (s) => (o += s), stderr: (s) => (e += s), console: false, args: ${JSON.stringify(r.args)} };
        await import(${JSON.stringify(`/${r.file}`)});
        const status = await globalThis.erltsBundle.status;
        return { out: o, err: e, status };
      })()`)) as { out: string; err: string; status: number };
      out.set(r.name, { ...res, pageErrors });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

/** Serves `dir`, evaluates `code` (an async expression, as a string) in a fresh page
 * and returns its value and the page's uncaught errors. */
export async function evaluateInChromium<T>(dir: string, code: string): Promise<{ value: T; pageErrors: string[] }> {
  const { server, url } = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${url}/`);
    const value = (await page.evaluate(code)) as T;
    return { value, pageErrors };
  } finally {
    await browser.close();
    server.close();
  }
}
