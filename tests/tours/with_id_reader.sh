#!/bin/sh
# Runs a render tour with a resident ID card reader and a platform beside it: the reference
# platform on loopback (plain http, allowed there) with its demo register and one case of his, and
# tools/demo_id_reader.py — a reader on a pseudo-terminal with the demo card (王大华) lying on it.
# The kiosk command comes last and gets a --config naming both.
#   with_id_reader.sh REFSERVER READER_SCRIPT WORK_DIR COMMAND...
set -eu
refserver=$1
reader=$2
work=$3
shift 3
rm -rf "$work"
mkdir -p "$work"
"$refserver" --token tour-token --data-dir "$work/refserver" >"$work/refserver.out" 2>&1 &
platform_pid=$!
python3 "$reader" "$work/id-reader" >"$work/id-reader.out" 2>&1 &
reader_pid=$!
trap 'kill "$platform_pid" "$reader_pid" 2>/dev/null || true' EXIT
port=""
for _ in $(seq 100); do
  port=$(head -n1 "$work/refserver.out" 2>/dev/null | grep -E '^[0-9]+$' || true)
  [ -n "$port" ] && [ -e "$work/id-reader" ] && break
  sleep 0.1
done
if [ -z "$port" ] || [ ! -e "$work/id-reader" ]; then
  echo "the platform or the reader did not start:" >&2
  cat "$work/refserver.out" "$work/id-reader.out" >&2
  exit 1
fi
# One case he filed earlier with his phone (the demo register joins 13800138000 to 王大华), as a
# kiosk files it: 查我本人的记录 shows it among his own.
python3 - "$port" <<'PY'
import sys, urllib.parse, urllib.request
form = urllib.parse.urlencode({"service_code": "streetlight", "description": "路灯不亮",
                               "address_string": "幸福里社区", "phone": "13800138000",
                               "kiosk_kind": "complaint", "kiosk_tracking_code": "2026111587"}).encode()
request = urllib.request.Request("http://127.0.0.1:%s/open311/v2/requests.json" % sys.argv[1], data=form,
                                 headers={"Authorization": "Bearer tour-token"})
urllib.request.urlopen(request, timeout=10).read()
PY
cat >"$work/tour.toml" <<TOML
[platform]
base_url = "http://127.0.0.1:$port/open311/v2"
device_token = "tour-token"
[id_card]
device = "$work/id-reader"
TOML
"$@" --config "$work/tour.toml"
