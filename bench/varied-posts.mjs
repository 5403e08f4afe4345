// Runs autocannon POSTing a different JSON body on each request, from a file of bodies (a JSON
// array of strings), so that no cache can answer the load; prints its JSON.
// Arguments: URL, connections, seconds, bodies file.
//
// The bodies are shared out among the connections, each of which sends its own share in turn,
// every request prepared once before the load starts: autocannon's per-request setupRequest
// rebuilt each request as it went (about 100 µs of the load generator's time per request, on
// the two cores it shares with the server), which charged the generator's work to the POST.
// Every body is still sent, and none again until all the others have been.
import fs from 'node:fs';
import autocannon from 'autocannon';

const [url, connections, seconds, bodiesFile] = process.argv.slice(2);
const bodies = JSON.parse(fs.readFileSync(bodiesFile, 'utf8'));
const share = Math.ceil(bodies.length / Number(connections));
const post = (body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
let clients = 0;
const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  requests: [post(bodies[0])],
  setupClient: (client) => {
    const first = (clients++ * share) % bodies.length;
    client.setRequests(bodies.slice(first, first + share).map(post));
  },
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    total: result.requests.total,
  }),
);
