#!/usr/bin/env bash
# Adds demo tutorial videos to a running demo server (scripts/run.sh calls it): two series with
# short videos made by ffmpeg's test sources (nothing binary lives in the repository), each with
# a thumbnail taken from a frame, uploaded and published through the admin API like an agency
# admin would. Does nothing when the server already has videos.
#   scripts/demo-videos.sh BASE_URL WORK_DIR
set -euo pipefail
base=$1
work=$2
command -v ffmpeg >/dev/null || { echo "demo-videos: ffmpeg is missing, no demo videos"; exit 0; }
mkdir -p "$work"

token=$(curl -fsS -H 'Content-Type: application/json' \
  -d '{"login":"admin@kundenportal.demo","password":"demo-passwort-2026"}' "$base/api/v1/auth/login" |
  sed 's/.*"token":"\([^"]*\)".*/\1/')
auth=(-H "Authorization: Bearer $token")
if curl -fsS "${auth[@]}" "$base/api/v1/admin/content/videos" | grep -q '"id"'; then
  exit 0
fi

json_id() { sed 's/.*"id":"\([^"]*\)".*/\1/'; }
series() {
  curl -fsS "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"title\":\"$1\",\"position\":$2}" "$base/api/v1/admin/content/series" | json_id
}
# video SERIES POSITION REQUIRED SECONDS LAVFI_SOURCE TITLE DESCRIPTION
video() {
  local file="$work/video-$2-$1.mp4" thumb="$work/video-$2-$1.jpg" id
  ffmpeg -loglevel error -y -f lavfi -i "$5=size=480x270:rate=25" -f lavfi -i "sine=frequency=330" \
    -t "$4" -c:v libx264 -preset veryfast -crf 30 -pix_fmt yuv420p -c:a aac -shortest "$file"
  ffmpeg -loglevel error -y -ss 1 -i "$file" -frames:v 1 -q:v 4 "$thumb"
  id=$(curl -fsS "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"title\":\"$6\",\"description\":\"$7\",\"series_id\":\"$1\",\"position\":$2,\"required\":$3}" \
    "$base/api/v1/admin/content/videos" | json_id)
  curl -fsS -o /dev/null "${auth[@]}" -X PUT -H 'Content-Type: video/mp4' --data-binary "@$file" \
    "$base/api/v1/admin/content/videos/$id/file"
  curl -fsS -o /dev/null "${auth[@]}" -X PUT -H 'Content-Type: image/jpeg' --data-binary "@$thumb" \
    "$base/api/v1/admin/content/videos/$id/thumbnail"
  curl -fsS -o /dev/null "${auth[@]}" -X POST "$base/api/v1/admin/content/videos/$id/publish"
  rm -f "$file" "$thumb" # the server keeps its own copy
}

onboarding=$(series "Onboarding" 1)
video "$onboarding" 1 true 40 testsrc2 "Willkommen bei Ihrer Agentur" \
  "Wer wir sind, wie die Zusammenarbeit abläuft und was Sie in den ersten Wochen erwartet."
video "$onboarding" 2 true 35 smptehdbars "So füllen Sie die Checkliste aus" \
  "Welche Angaben wir brauchen und warum: Zugänge, Zielgruppe, Angebot."
video "$onboarding" 3 true 30 mandelbrot "Ihr Dashboard lesen" \
  "Leads, Werbekosten, Klicks und Impressionen – und was die Zahlen bedeuten."
ads=$(series "Werbeanzeigen verstehen" 2)
video "$ads" 1 false 45 life "Wie eine Facebook-Kampagne entsteht" \
  "Vom Angebot über die Zielgruppe bis zur fertigen Anzeige."
video "$ads" 2 false 25 rgbtestsrc "Kosten pro Lead einordnen" \
  "Warum der günstigste Lead nicht immer der beste ist."
echo "demo-videos: 5 videos in 2 series published"
