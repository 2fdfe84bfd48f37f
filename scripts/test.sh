#!/usr/bin/env bash
# Runs every test of Jin–Song Wars: formatting, vet, the unit, rule, loader,
# balance and UI tests (the UI ones under Xvfb), the fuzz seed corpora, and
# the browser build in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"

scripts/deps.sh test

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$unformatted" ]; then
	echo "not gofmt-formatted:" >&2
	echo "$unformatted" >&2
	exit 1
fi

echo "== go vet"
go vet ./...

echo "== the headless build (go build -tags headless ./cmd/jinsong): no window, no Ebitengine"
go vet -tags headless ./cmd/jinsong
if go list -deps -tags headless ./cmd/jinsong | grep -q '^github.com/hajimehoshi/ebiten'; then
	echo "the headless build links Ebitengine:" >&2
	go list -deps -tags headless ./cmd/jinsong | grep '^github.com/hajimehoshi/ebiten' >&2
	exit 1
fi
go test -count=1 -tags headless ./cmd/jinsong

echo "== go test (under Xvfb)"
xvfb-run -a -s "-screen 0 1920x1080x24" go test -count=1 -timeout 30m ./...

echo "== the browser build in headless Chromium (web/test/e2e.mjs)"
scripts/deps.sh web
GOOS=js GOARCH=wasm go vet ./...
bash scripts/web.sh build
(cd web/test && npm ci --no-audit --no-fund --loglevel=error)
node --test-reporter=spec web/test/e2e.mjs
