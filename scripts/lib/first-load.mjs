// First-load JavaScript of a page: every <script src> in the server-rendered HTML, gzip-compressed
// (zlib level 9), summed, except nomodule polyfills. This is what a browser must fetch before the page is interactive; chunks that
// load later through dynamic import() (Monaco, the chart, the runner) are not included.
import { gzipSync } from 'node:zlib';

export async function firstLoadJs(baseUrl, route) {
  const html = await (await fetch(new URL(route, baseUrl))).text();
  // nomodule scripts (legacy polyfills) are skipped by every browser that runs modules.
  const srcs = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1] + m[3]))
    .map((m) => m[2]);
  const unique = [...new Set(srcs)];
  let raw = 0;
  let gzip = 0;
  const files = [];
  for (const src of unique) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    const gz = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += gz;
    files.push({ src, raw: body.length, gzip: gz });
  }
  return { route, scripts: unique.length, raw, gzip, files };
}
