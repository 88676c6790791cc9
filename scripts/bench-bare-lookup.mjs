// The "bare" side of `npm run bench`'s throughput ratio: a plain node:http server doing the same work as the API's
// postcode route (decode the path, look the postcode up in the same data, JSON-encode the same answer, gzip or
// brotli it when asked from 1 KB as the API does), without a framework, validation, rate limits, security headers or logs.
// So the ratio measures what the API's own layers cost, not the cost of looking a postcode up.
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { loadElectoralData } from '@solidarity-widgets/data';

const port = Number(process.argv[2]);
const data = loadElectoralData();
const PREFIX = '/v1/postcodes/';

createServer((req, res) => {
  const url = req.url ?? '/';
  if (!url.startsWith(PREFIX)) {
    res.writeHead(404).end();
    return;
  }
  const result = data.lookupPostcode(decodeURIComponent(url.slice(PREFIX.length)));
  const body = JSON.stringify(result.ok ? result.value : { error: { code: result.code, message: result.message } });
  const accept = req.headers['accept-encoding'] ?? '';
  const headers = { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' };
  if (body.length >= 1024 && /\bbr\b/.test(accept)) {
    res.writeHead(result.ok ? 200 : 404, { ...headers, 'content-encoding': 'br' });
    res.end(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }));
  } else if (body.length >= 1024 && /\bgzip\b/.test(accept)) {
    res.writeHead(result.ok ? 200 : 404, { ...headers, 'content-encoding': 'gzip' });
    res.end(gzipSync(body));
  } else {
    res.writeHead(result.ok ? 200 : 404, headers);
    res.end(body);
  }
}).listen(port, '127.0.0.1', () => console.log('{"ready":true}'));
