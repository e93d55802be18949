-- wrk script: POST a GeefPersoon SOAP request straight to the backend (the "direct" baseline).
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=UTF-8"
wrk.headers["SOAPAction"] = '""'
local f = io.open(os.getenv("BENCH_SOAP_REQUEST"), "r")
wrk.body = f:read("*a")
f:close()

done = function(summary, latency, requests)
  io.write(string.format("p50_us=%d p90_us=%d p99_us=%d\n", latency:percentile(50), latency:percentile(90), latency:percentile(99)))
end
