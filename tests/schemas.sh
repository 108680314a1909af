#!/bin/sh
# The schemas shipped in schema/ (issue 18) hold for what storysift writes:
# the output of every corpus file (../shared/corpus/dev and dev-real), every
# e2e input (with its NAME.args) and every hostile input (hostile.py) is,
# in xml (plain, --glosses=strip, --keep=blurb), valid against
# storysift.rng (xmllint), and in json valid against storysift.schema.json
# (python3-jsonschema).  The character data of each <story> is the json
# text of the same story, blank lines aside, and with --glosses=strip the
# text format's lines of it (schemas.py).  A tool that is missing skips
# the checks that need it.
# shellcheck disable=SC2086 # $args holds several options
. "$(dirname "$0")/lib.sh"
command -v "$PYTHON3" >/dev/null 2>&1 || skip_all "python3 not found"
S=$STORYSIFT
RNG=$SRCDIR/schema/storysift.rng
JSCHEMA=$SRCDIR/schema/storysift.schema.json
P=$SRCDIR/tests/schemas.py
no_xmllint=
command -v xmllint >/dev/null 2>&1 || no_xmllint="xmllint not found (libxml2-utils)"
no_jsonschema=
"$PYTHON3" -c 'import jsonschema' >/dev/null 2>&1 ||
	no_jsonschema="python3 jsonschema not found (python3-jsonschema)"
T=
command -v timeout >/dev/null 2>&1 && T="timeout 300"

rng_valid() {   # rng_valid DESCRIPTION FILE
	if [ -n "$no_xmllint" ]; then
		skip "$1" "$no_xmllint"
	else
		ok "$1" xmllint --noout --relaxng "$RNG" "$2"
	fi
}

# Every check on one run's worth of input: NAME, the options, the files.
check() {       # check NAME ARGS FILE...
	name=$1 args=$2; shift 2
	ok "$name: every format runs" sh -c '
		S=$1 T=$2 args=$3 dir=$4; shift 4
		for f in "-f json" "-f xml" "-f xml -g strip" "--no-headers -g strip" \
			"-f xml -k blurb"; do
			$T "$S" -q $args $f "$@" >"$dir/$(echo "$f" | tr -d " -")" 2>/dev/null
			st=$?
			[ $st -le 1 ] || { echo "$f: exit status $st"; exit 1; }
		done' sh "$S" "$T" "$args" "$TMP" "$@"
	if [ -n "$no_jsonschema" ]; then
		skip "$name: json valid against storysift.schema.json" "$no_jsonschema"
	else
		ok "$name: json valid against storysift.schema.json" \
			"$PYTHON3" "$P" json "$JSCHEMA" "$TMP/fjson"
	fi
	rng_valid "$name: xml valid against storysift.rng" "$TMP/fxml"
	rng_valid "$name: xml --glosses=strip valid" "$TMP/fxmlgstrip"
	rng_valid "$name: xml --keep=blurb valid" "$TMP/fxmlkblurb"
	case " $args " in
	*" --glosses=strip "*)
		skip "$name: each story's character data is its json text" \
			"--glosses=strip: compared with the text format" ;;
	*)
		ok "$name: each story's character data is its json text" \
			"$PYTHON3" "$P" same "$TMP/fjson" "$TMP/fxml" ;;
	esac
	ok "$name: with --glosses=strip, the text format's lines" \
		"$PYTHON3" "$P" stripped "$TMP/noheadersgstrip" "$TMP/fxmlgstrip"
}

ok "storysift.rng is well-formed RELAX NG" sh -c \
	'[ -n "$2" ] && exit 0; echo "<storysift/>" | xmllint --noout --relaxng "$1" -' \
	sh "$RNG" "$no_xmllint"
corpus=$SRCDIR/../shared/corpus
for dir in "$corpus/dev" "$corpus/dev-real"; do
	[ -d "$dir" ] || { skip "${dir##*/}: schemas" "no $dir"; continue; }
	check "corpus/${dir##*/}" "" "$dir"/*.txt
done

for input in "$SRCDIR"/tests/e2e/*.in; do
	name=${input##*/}
	name=${name%.in}
	args=
	[ -f "${input%.in}.args" ] && args=$(cat "${input%.in}.args")
	case " $args " in
	*" --glossary "*|*" -c "*|*" --count "*) continue ;;   # no stories
	esac
	check "e2e/$name" "$args" "$input"
done

# Under valgrind the hostile inputs take many minutes, and hostile.sh runs
# them there already; the sanitizer build runs these checks on them.
if [ -n "${STORYSIFT_VALGRIND:-}" ]; then
	skip "hostile: schemas and character data" "under valgrind"
	done_testing
fi
mkdir "$TMP/in" || exit 1
if cases=$("$PYTHON3" "$SRCDIR/tests/hostile.py" make "$TMP/in"); then
	files=
	for c in $cases; do files="$files $TMP/in/$c"; done
	check "hostile" "" $files
	# Lines cut at --max-story: one element still holds all of a line.
	ok "hostile --max-story=1M: every format runs" sh -c '
		$1 "$2" -q --max-story=1M -f json $4 >"$3/fjson" 2>/dev/null
		[ $? -le 1 ] || exit 1
		$1 "$2" -q --max-story=1M -f xml $4 >"$3/fxml" 2>/dev/null
		[ $? -le 1 ]' sh "$T" "$S" "$TMP" "$files"
	rng_valid "hostile --max-story=1M: xml valid" "$TMP/fxml"
	ok "hostile --max-story=1M: each story's character data is its json text" \
		"$PYTHON3" "$P" same "$TMP/fjson" "$TMP/fxml"
else
	ok "hostile.py made the inputs" false
fi
done_testing
