#!/bin/sh
# End to end: run the binary on every tests/e2e/NAME.in (with the options in
# NAME.args, if any) and compare the whole output with NAME.txt (text
# format), NAME.json (json format) and NAME.xml (xml format).  json and xml
# run once with the reading and analysis threads and once in a single
# thread (STORYSIFT_THREADS), so both paths are held to the same output on
# any machine.
. "$(dirname "$0")/lib.sh"
cd "$SRCDIR/tests/e2e" || exit 1

same() {        # same EXPECTED ARGS...
	expected=$1; shift
	"$STORYSIFT" "$@" >"$TMP/got" && diff -u "$expected" "$TMP/got"
}

same_in() {     # same_in THREADS EXPECTED ARGS...
	threads=$1 expected=$2; shift 2
	STORYSIFT_THREADS=$threads "$STORYSIFT" "$@" >"$TMP/got" &&
		diff -u "$expected" "$TMP/got"
}

for input in *.in; do
	name=${input%.in}
	args=
	[ -f "$name.args" ] && args=$(cat "$name.args")
	# shellcheck disable=SC2086 # the args file holds several options
	[ -f "$name.txt" ] && ok "$name: text" same "$name.txt" $args "$input"
	for threads in 1 3; do
		# shellcheck disable=SC2086
		[ -f "$name.json" ] && ok "$name: json, $threads thread(s)" \
			same_in "$threads" "$name.json" $args --format=json "$input"
		# shellcheck disable=SC2086
		[ -f "$name.xml" ] && ok "$name: xml, $threads thread(s)" \
			same_in "$threads" "$name.xml" $args --format=xml "$input"
	done
done
# Standard input is the file `-`, and story numbers restart in each file.
ok "stdin is named -" sh -c '"$0" --format=json <wire.in | grep -q "^{\"file\":\"-\",\"story\":1,"' "$STORYSIFT"
ok "numbers restart per file" sh -c '[ "$("$0" --format=json wire.in wire.in | grep -c "\"story\":1,")" = 2 ]' "$STORYSIFT"
done_testing
