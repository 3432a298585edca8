#!/usr/bin/env bash
# Prints the CHANGELOG.md section of a version (`scripts/release-notes.sh 1.2.3`), without its
# heading: the body of the GitHub release. Fails when the changelog has no such section.
set -euo pipefail
version="${1#v}"
notes="$(awk -v v="$version" '
  /^## \[/ { inside = index($0, "## [" v "]") == 1; next }
  /^\[[^]]+\]: / { next }
  inside' "${2:-CHANGELOG.md}")"
if [ -z "${notes//[[:space:]]/}" ]; then
  echo "CHANGELOG.md has no section \"## [$version]\": add it before tagging v$version" >&2
  exit 1
fi
printf '%s\n' "$notes"
