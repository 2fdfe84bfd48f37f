#!/usr/bin/env bash
# Opens Jin–Song Wars, installing the system libraries Ebitengine needs if
# they are missing. Arguments go to the game (e.g. "play caishi-1161").
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
scripts/deps.sh run
go build -o bin/jinsong ./cmd/jinsong
exec bin/jinsong "$@"
