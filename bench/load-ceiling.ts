/**
 * What the load generator allows on this machine: a bare `node:http` server in this process
 * answers the interests bench's varied POSTs with fixed bytes of the results' size (after
 * reading and parsing each body) and GETs with fixed bytes of the pathway's size, loaded the
 * same way as the real routes. The ratio of the two is the best the POST/GET ratio could be
 * here if the server's answers cost nothing: the load generator shares the two cores and
 * spends more per POST (a body to send, a larger answer to read) than per GET.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { load, loadVariedPosts, type LoadResult } from './autocannon.ts';

export interface LoadCeiling {
  post: LoadResult;
  get: LoadResult;
  ratio: number;
}

export async function loadCeiling(
  bodies: readonly string[],
  sizes: { post: number; get: number },
  options: { connections: number; seconds: number; rounds: number },
): Promise<LoadCeiling> {
  const postAnswer = Buffer.alloc(sizes.post, 0x20);
  const getAnswer = Buffer.alloc(sizes.get, 0x20);
  const send = (res: http.ServerResponse, body: Buffer) => {
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
    });
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST') return send(res, getAnswer);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      send(res, postAnswer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    let post: LoadResult | undefined;
    let get: LoadResult | undefined;
    for (let round = 0; round < options.rounds; round++) {
      const p = await loadVariedPosts(url, bodies, options);
      const g = await load(url, options);
      if (!post || p.requestsPerSecond > post.requestsPerSecond) post = p;
      if (!get || g.requestsPerSecond > get.requestsPerSecond) get = g;
    }
    if (!post || !get) throw new Error('no load round ran');
    return { post, get, ratio: post.requestsPerSecond / get.requestsPerSecond };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
