#!/usr/bin/env bash
# Installs what Jin–Song Wars needs on Debian, only where it is missing:
# Go (expected at /usr/local/go or on PATH) is not installed here; the X11,
# GL and Xvfb runtime libraries that Ebitengine loads are, and Debian's
# Chromium for the browser build's test ("web").
# Usage: scripts/deps.sh [run|test|web]
set -euo pipefail

want=(libgl1 libgl1-mesa-dri libx11-6 libxrandr2 libxi6 libxcursor1 libxinerama1 libxext6 libxrender1)
if [ "${1:-run}" = test ]; then
	want+=(xvfb xauth)
fi
if [ "${1:-run}" = web ]; then
	want=(chromium)
fi

missing=()
for p in "${want[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done
if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	sudo="sudo"
fi
echo "Installing system packages: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
