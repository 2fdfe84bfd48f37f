#!/usr/bin/env bash
# Builds Jin–Song Wars for the browser into web/dist and serves it on
# localhost. web/dist is a static site (index.html, wasm_exec.js from the
# installed Go, jinsong.wasm, build.json): copy it to any static web host.
#
# Usage: scripts/web.sh            build, then serve on http://localhost:8080/
#        scripts/web.sh serve PORT build, then serve on another port
#        scripts/web.sh build      only build
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"

mode=${1:-serve}
port=${2:-8080}
out=web/dist

case "$mode" in
build | serve) ;;
*)
	echo "usage: scripts/web.sh [build | serve [PORT]]" >&2
	exit 2
	;;
esac

mkdir -p "$out"
echo "== building $out (GOOS=js GOARCH=wasm)"
GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o "$out/jinsong.wasm.tmp" ./cmd/jinsong-web
mv "$out/jinsong.wasm.tmp" "$out/jinsong.wasm"
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" "$out/wasm_exec.js"
cp web/index.html "$out/index.html"
size=$(wc -c <"$out/jinsong.wasm")
gz=$(gzip -6 -c "$out/jinsong.wasm" | wc -c)
hash=$(sha256sum "$out/jinsong.wasm" | cut -c1-12)
# The page reads the .wasm's name (with a version, so caches notice a new
# build) and its size (for the progress bar when the server compresses).
printf '{"wasm": "jinsong.wasm?v=%s", "size": %d, "gzip": %d}\n' "$hash" "$size" "$gz" >"$out/build.json"
awk -v s="$size" -v g="$gz" 'BEGIN { printf "   jinsong.wasm: %.1f MB (%.1f MB gzip-compressed)\n", s / 1048576, g / 1048576 }'

if [ "$mode" = build ]; then
	exit 0
fi
if ! command -v python3 >/dev/null; then
	echo "python3 is not installed: serve $out with any static web server." >&2
	exit 1
fi
echo "== serving $out on http://localhost:$port/ (Ctrl+C stops)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$out"
