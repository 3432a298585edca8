#!/usr/bin/env bash
# The committed bundle is what users run: after a build, dist/ must be exactly what git has.
# `git status --porcelain` with all untracked files catches a chunk the build added (untracked),
# one it no longer writes (deleted) and one it changed; `git diff` alone misses the first.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
changes="$(git status --porcelain --untracked-files=all -- dist)"
if [ -n "$changes" ]; then
  printf '%s\n' "$changes"
  echo "dist/ is stale: run npm run build and commit dist/ (including added and removed files)" >&2
  exit 1
fi
