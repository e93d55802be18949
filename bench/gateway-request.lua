-- wrk script: GET a person through the gateway with a bearer token and an entity, as an HR application does.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["X-Entity"] = os.getenv("BENCH_ENTITY")

done = function(summary, latency, requests)
  io.write(string.format("p50_us=%d p90_us=%d p99_us=%d\n", latency:percentile(50), latency:percentile(90), latency:percentile(99)))
end
