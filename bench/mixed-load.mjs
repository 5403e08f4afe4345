// Runs autocannon over several paths in turn (one process, for a mixed load); prints its JSON.
// Arguments: base URL, connections, seconds, then the paths.
import autocannon from 'autocannon';

const [base, connections, seconds, ...paths] = process.argv.slice(2);
const result = await autocannon({
  url: base,
  connections: Number(connections),
  duration: Number(seconds),
  requests: paths.map((path) => ({ method: 'GET', path })),
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  }),
);
