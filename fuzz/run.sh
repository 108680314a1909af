#!/bin/sh
# fuzz/run.sh — build the libFuzzer harnesses with clang and run each for
# FUZZ_TIME seconds (default 60), in parallel up to FUZZ_JOBS (default 1).
#
#   fuzz/run.sh [HARNESS...]        harnesses: pipeline gloss (default both)
#
# Corpora live in fuzz/corpus/HARNESS (not committed); they are seeded from
# the project's own fixtures on the first run and grow from run to run.
# Crashes are written to fuzz/crashes/.  Exit status 1 when a harness
# found a crash, leak or sanitizer error.
set -eu
cd "$(dirname "$0")/.."
: "${CLANG:=clang}"
: "${FUZZ_TIME:=60}"
: "${FUZZ_JOBS:=1}"
out=fuzz/build
mkdir -p "$out" fuzz/crashes

# The command line (main.c, options.c) is not fuzzed here, and needs
# configure's config.h.  The --seen database's schema is generated here
# as the build generates it, since a build may have left none in src/.
srcs=$(ls src/*.c | grep -v -e '^src/main\.c$' -e '^src/options\.c$' \
	-e '^src/schema\.c$')
sh src/mkschema.sh src/schema.sql >"$out/schema.c"
srcs="$srcs $out/schema.c"
flags="-std=c11 -g -O1 -fsanitize=fuzzer,address,undefined
	-fno-sanitize-recover=all -D_POSIX_C_SOURCE=200809L -Isrc"

harnesses=${*:-pipeline gloss}
for h in $harnesses; do
	# shellcheck disable=SC2086 # flags and srcs are word lists
	"$CLANG" $flags -o "$out/fuzz_$h" "fuzz/fuzz_$h.c" $srcs -lunistring -lz \
		-lsqlite3
done

status=0
for h in $harnesses; do
	corpus=fuzz/corpus/$h
	if [ ! -d "$corpus" ]; then
		mkdir -p "$corpus"
		for f in tests/e2e/*.in samples/*.txt; do
			# The pipeline harness reads its options from byte 0.
			{ printf '\001'; cat "$f"; } >"$corpus/seed-$(basename "$f")"
		done
	fi
	echo "== fuzz_$h for ${FUZZ_TIME}s"
	if ! "$out/fuzz_$h" -max_total_time="$FUZZ_TIME" -max_len=65536 \
		-timeout=10 -rss_limit_mb=2048 -jobs="$FUZZ_JOBS" \
		-workers="$FUZZ_JOBS" -artifact_prefix=fuzz/crashes/ \
		-print_final_stats=1 "$corpus" 2>"$out/fuzz_$h.log"; then
		status=1
	fi
	grep -E '^(stat::|#[0-9]+.*DONE|==.*ERROR|SUMMARY)' "$out/fuzz_$h.log" \
		| tail -n 12 || true
	echo "corpus: $(ls "$corpus" | wc -l) files"
done
exit $status
