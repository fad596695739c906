#!/usr/bin/env bash
# Install the Debian packages Qt needs (and, for tests, Xvfb and xrandr), only those missing.
# usage: .ci/sysdeps.sh run|test|bench     Fast (no apt) when everything is already there.
set -euo pipefail
what=${1:-run}
# Qt's own libraries (offscreen and xcb platforms), see README "Why these packages".
pkgs=(libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libdbus-1-3
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
      libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libx11-xcb1 libxcb-xinerama0
      fonts-dejavu-core python3-venv)
if [ "$what" = test ] || [ "$what" = bench ]; then
  # a real X server with two monitors for the hot-plug tests; poppler for reading PDFs back
  pkgs+=(xvfb x11-xserver-utils xdotool poppler-utils)
fi
if [ "$what" = bench ]; then
  # the yardstick: pdfpc (a presenter console for PDFs) with a session bus; python3-xlib to watch it paint
  pkgs+=(pdf-presenter-console dbus-daemon python3-xlib)
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "sysdeps: not a Debian system; install Qt's libraries with your package manager" >&2
  exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "sysdeps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "sysdeps: please run as root: apt-get install -y ${missing[*]}" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
