#!/usr/bin/env bash
# The README's run command: installs dependencies, builds, starts the server with demo data on
# 127.0.0.1:8080 (or $KP_PORT) and opens the desktop app against it. Without a display it
# leaves the server running and says how to reach it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
build_dir=${KP_BUILD_DIR:-build}

port=${KP_PORT:-8080}
demo_dir=${KP_DEMO_DIR:-$PWD/run-demo}
mkdir -p "$demo_dir"
cat > "$demo_dir/server.ini" <<INI
; Demo configuration written by scripts/run.sh; see installer/kundenportal-server.ini for every key.
[server]
port = $port
data_dir = $demo_dir/data
INI

if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
  echo "run: a server already answers on port $port; using it"
else
  nohup "$build_dir/server/kundenportal-server" --config "$demo_dir/server.ini" --seed-demo \
    >"$demo_dir/server.log" 2>&1 &
  echo $! > "$demo_dir/server.pid"
  for _ in $(seq 50); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$demo_dir/server.log"; exit 1; }
fi
# Tutorial videos for the demo (made by ffmpeg at first start, uploaded like an admin would).
./scripts/demo-videos.sh "http://127.0.0.1:$port" "$demo_dir/videos"

cat <<MSG
Kundenportal server: http://127.0.0.1:$port   (log: $demo_dir/server.log)
Demo logins (password demo-passwort-2026):
  admin@kundenportal.demo   agency admin, three registrations wait for approval
  kunde@kundenportal.demo   an approved customer
Stop the server: kill \$(cat $demo_dir/server.pid)
MSG

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here: start the app on a desktop with"
  echo "  $build_dir/client/kundenportal --server http://<this host>:$port"
  echo "(the server listens on 127.0.0.1 only; reach it through ssh -L $port:127.0.0.1:$port)"
  exit 0
fi
exec "$build_dir/client/kundenportal" --server "http://127.0.0.1:$port"
