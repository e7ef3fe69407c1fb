#!/bin/sh
# packaging/kiosk-session as systemd runs it: the kiosk's exit status reaches systemd although
# xinit drops it. A stand-in xinit does what xinit 1.4 does — runs the client with the arguments
# before `--`, starts no real X, and exits 0 whatever the client returned (or 1 when its server
# cannot start) — and a stand-in kiosk exits with the status asked for.
set -u
session=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/state"
cat >"$work/bin/xinit" <<'SH'
#!/bin/sh
[ -n "${XINIT_FAILS:-}" ] && exit 1
client=$1; shift
args=""
for a in "$@"; do
  [ "$a" = "--" ] && break
  args="$args $a"
done
# shellcheck disable=SC2086
"$client" $args
exit 0
SH
cat >"$work/bin/kiosk" <<'SH'
#!/bin/sh
echo "$*" >"$STATE_DIRECTORY/kiosk-args"
echo "${GLIBC_TUNABLES:-}" >"$STATE_DIRECTORY/kiosk-tunables"
exit "$KIOSK_STATUS"
SH
chmod 755 "$work/bin/xinit" "$work/bin/kiosk"
failures=0
check() {  # expected status, kiosk's status, [XINIT_FAILS]
  status=$(PATH="$work/bin:$PATH" STATE_DIRECTORY="$work/state" KIOSK_PROGRAM="$work/bin/kiosk" \
    KIOSK_STATUS=$2 XINIT_FAILS=${3:-} "$session" --config /etc/k.toml -- :0 vt7 -nocursor; echo $?)
  if [ "$status" != "$1" ]; then
    echo "FAIL: the kiosk exited $2${3:+ (xinit failing)}: the session exited $status, not $1"
    failures=$((failures + 1))
  fi
}
check 4 4      # 退出程序: the service stays stopped
check 75 75    # a restart asked for
check 0 0
check 139 139  # a crash (SIGSEGV)
check 1 0 yes  # X never started: xinit's own status
args=$(cat "$work/state/kiosk-args" 2>/dev/null)
[ "$args" = "--config /etc/k.toml" ] || { echo "FAIL: the kiosk got '$args'"; failures=$((failures + 1)); }
# The allocator's settings reach the kiosk; an operator's own (a drop-in's Environment=) win.
tunables=$(cat "$work/state/kiosk-tunables" 2>/dev/null)
case $tunables in
glibc.malloc.hugetlb=1*) ;;
*) echo "FAIL: the kiosk ran with GLIBC_TUNABLES='$tunables'"; failures=$((failures + 1)) ;;
esac
PATH="$work/bin:$PATH" STATE_DIRECTORY="$work/state" KIOSK_PROGRAM="$work/bin/kiosk" KIOSK_STATUS=0 \
  GLIBC_TUNABLES=glibc.malloc.arena_max=1 "$session" -- :0 >/dev/null
tunables=$(cat "$work/state/kiosk-tunables" 2>/dev/null)
[ "$tunables" = glibc.malloc.arena_max=1 ] || { echo "FAIL: the operator's GLIBC_TUNABLES became '$tunables'"; failures=$((failures + 1)); }
PATH="$work/bin:$PATH" STATE_DIRECTORY="$work/state" KIOSK_PROGRAM="$work/bin/kiosk" KIOSK_STATUS=0 \
  GLIBC_TUNABLES= "$session" -- :0 >/dev/null
tunables=$(cat "$work/state/kiosk-tunables" 2>/dev/null)
[ -z "$tunables" ] || { echo "FAIL: an empty GLIBC_TUNABLES (the allocator's defaults) became '$tunables'"; failures=$((failures + 1)); }
[ ! -e "$work/state/session-exit-status" ] || { echo "FAIL: the status file was left"; failures=$((failures + 1)); }
[ "$failures" = 0 ] && echo "kiosk-session: every exit status reached systemd"
exit "$failures"
