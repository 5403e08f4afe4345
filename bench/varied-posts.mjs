// Runs autocannon POSTing a different JSON body on each request, in turn from a file of bodies
// (a JSON array of strings), so that no cache can answer the load; prints its JSON.
// Arguments: URL, connections, seconds, bodies file.
import fs from 'node:fs';
import autocannon from 'autocannon';

const [url, connections, seconds, bodiesFile] = process.argv.slice(2);
const bodies = JSON.parse(fs.readFileSync(bodiesFile, 'utf8'));
let next = 0;
const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
    },
  ],
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  }),
);
