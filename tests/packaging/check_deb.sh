#!/usr/bin/env bash
# Builds the .deb from this build folder (cpack) and checks it as an operator's machine would get
# it: the files in their places, the config a conffile, the user made at install, the systemd
# unit restarting and watching the kiosk, and the packaged binary finding its packaged assets.
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
  ./usr/share/yidiantong-kiosk/assets/demo/announcements.json ./etc/yidiantong-kiosk/kiosk.toml \
  ./lib/systemd/system/yidiantong-kiosk.service ./usr/share/doc/yidiantong-kiosk/operator.md; do
  grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in fonts-noto-cjk libglfw3 libcurl4 libsqlite3 libzxing libsystemd0 adduser; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
dpkg-deb -e "$deb" "$work/control"
grep -qx /etc/yidiantong-kiosk/kiosk.toml "$work/control/conffiles" || fail "the config is not a conffile"
grep -q "adduser --system" "$work/control/postinst" || fail "postinst does not make the kiosk user"

dpkg-deb -x "$deb" "$work/root"
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
xvfb-run -a -s "-screen 0 1280x720x24" "$work/root/usr/bin/kiosk" --config "$work/root/etc/yidiantong-kiosk/kiosk.toml" \
  --script "$work/check.tour" --size 1280x720 --data-dir "$work/data" >"$work/run.log" 2>&1 ||
  { cat "$work/run.log"; fail "the packaged kiosk did not start on its packaged assets"; }
grep -q "root/usr/share/yidiantong-kiosk/assets" "$work/run.log" || { cat "$work/run.log"; fail "assets not from the package"; }
echo "package checks passed"
