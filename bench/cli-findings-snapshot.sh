#!/bin/bash
# The CLI's JSON findings on every test/fixtures/**/*.md (as notes) and every sentence file of
# test/fixtures/phrases (one paragraph per sentence), --today 2026-11-24, docs URLs made relative.
# Compare two builds: run it with each dist/cli.js into two folders and cmp the JSON files.
# usage: bench/cli-findings-snapshot.sh <cli.js> <outdir>
set -e
CLI=$(realpath $1); OUT=$2; mkdir -p $OUT
SRC=$(cd "$(dirname "$0")/.." && pwd)/test/fixtures
W=$(mktemp -d /tmp/liaison-snap-XXXX)
cd $SRC && find . -name '*.md' -not -path './phrases/probe*' | sort > $W/list
# copy the md fixtures into a tree (keeps relative paths)
while read f; do mkdir -p "$W/md/notes/$(dirname $f)"; cp "$f" "$W/md/notes/$f"; done < $W/list
# sentence files: label-stripped, one paragraph per sentence
for f in $(find phrases -name 'sentences*.txt' | sort); do
  d="$W/sent/notes/$(dirname $f)"; mkdir -p "$d"; b=$(basename $f .txt)
  sed -E 's/^[^|]*\| ?//' "$f" | grep -v '^#' | grep -v '^\s*$' | awk '{print; print ""}' > "$d/$b.md"
  # each sentence also alone? too many files; paragraphs suffice
done
cd $W/md && node $CLI lint --format json --today 2026-11-24 --jobs 1 . | sed "s#file://[^\"]*/docs/#DOCS/#" > $OUT/md.json 2>$OUT/md.err || true
cd $W/sent && node $CLI lint --format json --today 2026-11-24 --jobs 1 . | sed "s#file://[^\"]*/docs/#DOCS/#" > $OUT/sent.json 2>$OUT/sent.err || true
wc -c $OUT/*.json; sha256sum $OUT/*.json
rm -rf $W
