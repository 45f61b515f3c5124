#!/usr/bin/env bash
# Server throughput benchmark: requests/s of the real routes under wrk, each printed as a ratio
# to GET /healthz measured in the same run on the same machine (so figures from different
# machines compare), and /healthz and /api/v1/me once more as ratios to nginx answering a fixed
# body (the transport limit of this machine). Not a test: run it on demand after a build
# (KP_BUILD_TYPE=Release ./scripts/build.sh for figures worth comparing). nginx is installed on
# first use if it is missing.
#   tests/bench/server_throughput.sh [seconds per route, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-5}
binary=${KP_BUILD_DIR:-build}/server/kundenportal-server
command -v wrk >/dev/null || { echo "wrk is missing: ./scripts/install-deps.sh installs it"; exit 1; }

work=$(mktemp -d)
server_pid=
nginx_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; rm -rf "$work"' EXIT
cat > "$work/server.ini" <<INI
[server]
port = 0
data_dir = $work/data
[security]
login_max_failures = 1000
ip_max_failures = 100000
ip_max_attempts = 100000
register_per_hour = 100000
INI
echo "benchmark admin password" | "$binary" --config "$work/server.ini" --create-admin admin@bench.test >/dev/null 2>&1
"$binary" --config "$work/server.ini" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/server.log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 0.1
done
base="http://127.0.0.1:$port"
token=$(curl -fsS -H 'Content-Type: application/json' \
  -d '{"login":"admin@bench.test","password":"benchmark admin password"}' "$base/api/v1/auth/login" |
  sed 's/.*"token":"\([^"]*\)".*/\1/')
for i in $(seq 50); do   # a realistic approval queue
  curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"kunde$i@bench.test\",\"password\":\"benchmark password\",\"name\":\"Kunde $i\",\"company\":\"Firma $i\"}" \
    "$base/api/v1/auth/register"
done

cat > "$work/login.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"login":"admin@bench.test","password":"benchmark admin password"}'
LUA

rate() {   # prints requests/s of one wrk run; fails when any answer was not 2xx
  local out; out=$(wrk -t2 -c"${connections:-16}" -d"${duration}s" "$@")
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers in: $*" >&2; grep "Non-2xx" <<<"$out" >&2; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
baseline=$(rate "$base/healthz")
printf '%-44s %10s %8s\n' "route" "req/s" "ratio"
printf '%-44s %10.0f %8.2f\n' "GET /healthz (baseline)" "$baseline" 1
report() {
  local name=$1; shift
  local value; value=$(rate "$@")
  printf '%-44s %10.0f %8.3f\n' "$name" "$value" "$(echo "$value / $baseline" | bc -l)"
}
report "GET /api/v1/me (token check)" -H "Authorization: Bearer $token" "$base/api/v1/me"
report "GET /api/v1/admin/accounts (50 pending)" -H "Authorization: Bearer $token" "$base/api/v1/admin/accounts?status=pending"
# As many connections as the server hashes at once (hash_concurrency): more would be told 429.
connections=2 report "POST /api/v1/auth/login (argon2id, by design)" -s "$work/login.lua" "$base/api/v1/auth/login"

# The transport limit: nginx (one worker per core) answering /healthz's body from memory, and
# like the server writing one access log line per request.
if ! command -v nginx >/dev/null && [ -x /usr/sbin/nginx ]; then PATH=$PATH:/usr/sbin; fi
if ! command -v nginx >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing nginx for the baseline" >&2
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $sudo apt-get install -y -qq --no-install-recommends nginx-light >/dev/null ||
    DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $sudo apt-get install -y -qq --no-install-recommends nginx >/dev/null
  PATH=$PATH:/usr/sbin
fi
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
body=$(curl -fsS "$base/healthz")
mkdir -p "$work/nginx"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$nginx_port;
    location / { default_type application/json; return 200 '$body'; }
  }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 50); do curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port/" 2>/dev/null && break; sleep 0.1; done
nginx_rate=$(rate "http://127.0.0.1:$nginx_port/healthz")
echo
printf '%-44s %10s %8s\n' "against nginx, fixed body" "req/s" "ratio"
printf '%-44s %10.0f %8.2f\n' "nginx GET /healthz (baseline)" "$nginx_rate" 1
baseline=$nginx_rate
report "GET /healthz" "$base/healthz"
report "GET /api/v1/me (token check)" -H "Authorization: Bearer $token" "$base/api/v1/me"
