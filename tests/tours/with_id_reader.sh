#!/bin/sh
# Runs a render tour with a resident ID card reader and a platform beside it: the reference
# platform on loopback (plain http, allowed there) with its demo register, and
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
cat >"$work/tour.toml" <<TOML
[platform]
base_url = "http://127.0.0.1:$port/open311/v2"
device_token = "tour-token"
[id_card]
device = "$work/id-reader"
TOML
"$@" --config "$work/tour.toml"
