#!/usr/bin/env bash
# Builds the .deb from this build folder (cpack) and checks it as an operator's machine would get
# it: lintian clean, the files in their places, no conffile (the operator's settings are written by
# postinst, once), the user made at install, the maintainer scripts' service handling, the systemd
# unit restarting and watching the kiosk, and the packaged binary finding its packaged assets.
# (scripts/package-check installs, upgrades and purges it in a clean Debian 12 with piuparts.)
# Usage: check_deb.sh <build dir> <work dir>
set -euo pipefail
build=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/yidiantong-kiosk_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

fail() { echo "FAIL: $*"; exit 1; }
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/kiosk ./usr/share/yidiantong-kiosk/assets/i18n/zh-CN.toml \
  ./usr/share/yidiantong-kiosk/assets/demo/announcements.json ./usr/share/yidiantong-kiosk/kiosk.toml.reference \
  ./lib/systemd/system/yidiantong-kiosk.service ./usr/share/doc/yidiantong-kiosk/operator.md \
  ./usr/share/doc/yidiantong-kiosk/copyright ./usr/share/doc/yidiantong-kiosk/changelog.gz \
  ./usr/share/man/man1/kiosk.1.gz; do
  grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done
! grep -q " ./etc/" <<<"$contents" || fail "the package ships a file in /etc (an upgrade would ask about it)"
# lintian at its default level, as Debian checks a package.
if ! lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1; then cat "$work/lintian.log"; fail "lintian"; fi
depends=$(dpkg-deb -f "$deb" Depends)
for dep in fonts-noto-cjk libglfw3 libcurl4 libsqlite3 libzxing libsystemd0 adduser; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
dpkg-deb -e "$deb" "$work/control"
[ ! -e "$work/control/conffiles" ] || fail "the package has conffiles: $(cat "$work/control/conffiles")"
grep -q "adduser --system" "$work/control/postinst" || fail "postinst does not make the kiosk user"
grep -q "deb-systemd-helper enable" "$work/control/postinst" || fail "postinst does not enable the service"
grep -q "deb-systemd-invoke try-restart" "$work/control/postinst" || fail "postinst does not restart on upgrade"
grep -q "deb-systemd-invoke stop" "$work/control/prerm" || fail "prerm does not stop the service"
grep -q "deluser" "$work/control/postrm" || fail "postrm does not remove the user on purge"

dpkg-deb -x "$deb" "$work/root"
# The man page is the README's option table, every option of it, and man reads it without a warning.
manpage="$work/root/usr/share/man/man1/kiosk.1.gz"
man --warnings -E UTF-8 -l "$manpage" >"$work/man.txt" 2>"$work/man.log" || fail "man: $(cat "$work/man.log")"
[ ! -s "$work/man.log" ] || fail "man warns: $(cat "$work/man.log")"
for option in $(grep -o '^| `--[a-z-]*' "$(dirname "$0")/../../README.md" | sed 's/^| `//'); do
  grep -q -- "$option" "$work/man.txt" || fail "kiosk(1) lacks $option"
done
unit="$work/root/lib/systemd/system/yidiantong-kiosk.service"
for line in Type=notify Restart=always WatchdogSec=180 NotifyAccess=all RestartPreventExitStatus=4 User=kiosk; do
  grep -qx "$line" "$unit" || fail "the unit lacks $line"
done
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify "$unit" 2>"$work/verify.log" || true
  if grep -q "Unknown key\|Invalid" "$work/verify.log"; then cat "$work/verify.log"; fail "systemd-analyze"; fi
fi

# The packaged kiosk, run from where it was unpacked, finds the packaged assets (not this checkout's).
cat >"$work/check.tour" <<'TOUR'
expect screen attract
expect text 轻触屏幕开始
TOUR
"$work/root/usr/bin/kiosk" --version
xvfb-run -a -s "-screen 0 1280x720x24" "$work/root/usr/bin/kiosk" --config "$work/root/usr/share/yidiantong-kiosk/kiosk.toml.reference" \
  --script "$work/check.tour" --size 1280x720 --data-dir "$work/data" >"$work/run.log" 2>&1 ||
  { cat "$work/run.log"; fail "the packaged kiosk did not start on its packaged assets"; }
grep -q "root/usr/share/yidiantong-kiosk/assets" "$work/run.log" || { cat "$work/run.log"; fail "assets not from the package"; }
echo "package checks passed"
