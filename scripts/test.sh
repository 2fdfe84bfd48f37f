#!/usr/bin/env bash
# Runs every test of Jin–Song Wars: formatting, vet, the unit, rule, loader,
# balance and UI tests (the UI ones under Xvfb), and the fuzz seed corpora.
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

echo "== go test (under Xvfb)"
xvfb-run -a -s "-screen 0 1920x1080x24" go test -count=1 -timeout 30m ./...
