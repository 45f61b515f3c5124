#pragma once

namespace kp::server {

// The server's log lines: "2026-12-04T09:00:00.000Z info kp.http: GET /healthz 200 0.3ms", the
// time in UTC (no time zone lookup per line: glibc re-reads /etc/localtime for every local time,
// a file system call per request), one write per line, so lines of parallel requests never mix.
void installServerLogFormat();

} // namespace kp::server
