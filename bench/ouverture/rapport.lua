-- One JSON line per run (kind, connections, requests/s, errors, p50/p99 in ms), read by run.sh.
-- A 2xx or 3xx is a success (every form answers with a redirect); wrk counts any other status in errors.status.
done = function(summary, latency, requests)
  local e = summary.errors
  local erreurs = e.connect + e.read + e.write + e.timeout + e.status
  local secondes = summary.duration / 1e6
  io.write(string.format('{"kind":"%s","connections":%s,"requests":%d,"rps":%.1f,"errors":%d,"status_errors":%d,"p50_ms":%.1f,"p99_ms":%.1f,"max_ms":%.1f}\n',
    os.getenv("BENCH_KIND"), os.getenv("BENCH_CONNECTIONS"), summary.requests, summary.requests / secondes,
    erreurs, e.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
