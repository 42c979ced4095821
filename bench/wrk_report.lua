-- Print wrk's results as one JSON line (requests/s, latency percentiles in ms, errors).
done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    io.write(string.format(
        '{"rps": %.1f, "p50": %.2f, "p95": %.2f, "p99": %.2f, "requests": %d, "errors": %d, "non2xx": %d}\n',
        summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.requests, errors, summary.errors.status))
end
