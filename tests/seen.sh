#!/bin/sh
# Memory across runs (SPEC §8, issue 19), end to end on real SQLite files
# in a temporary directory: --seen and --new over two nights, promotes
# within a run and from the database, --seen-keep, two runs at once on
# one database, runs killed with SIGKILL, files refused as databases, and
# README's cron recipe.
. "$(dirname "$0")/lib.sh"
E2E=$SRCDIR/tests/e2e
cd "$TMP" || exit 1

cat >article.txt <<'EOF'
Taipei bridge to close two lanes for repairs

The Taipei City Government said yesterday that the Zhongxiao Bridge will close two of its lanes for repairs from next Monday, in a project expected to last three months.

Commuters are advised to take the MRT or buses during rush hours, the Department of Transportation said, adding that extra services would be added on the Bannan Line.

The bridge, built in 1981, carries more than 100,000 vehicles a day across the Tamsui River.

A city official said the work had been planned for two years.
EOF
cat >blurb.txt <<'EOF'
BRIDGE WORK: Two lanes to close for three months The Taipei City Government said yesterday that the Zhongxiao Bridge will close two of its lanes for repairs from next Monday, in a
EOF
# A night's dump: e2e pages whose stories all have prose (a story under
# 3 prose words has no id and is never seen again, SPEC §8).
cat "$E2E/article-blurbs.in" "$E2E/wire.in" "$E2E/listing.in" \
	"$E2E/pasted.in" "$E2E/letters-page.in" >dump.txt

NIGHT1=1764644400       # 2025-12-02T03:00:00Z
NIGHT2=1764730800       # 2025-12-03T03:00:00Z
run_at() {      # run_at TIME ARGS...: storysift as of TIME
	t=$1; shift
	STORYSIFT_NOW=$t "$STORYSIFT" "$@"
}

lines() {       # lines FILE: how many lines
	wc -l <"$1" | tr -d ' '
}

# all_stored DB WHAT FILE...: the next night's --new run over FILEs
# prints nothing but stories that have no id (they are never the same,
# SPEC §8); else says that WHAT are missing and shows them.
all_stored() {
	db=$1 what=$2; shift 2
	run_at $NIGHT2 --seen="$db" --new -f json "$@" >left.json
	if grep -v '"id":"0000000000000000"' left.json | grep -q .; then
		echo "$what missing:"
		head -c 600 left.json; echo
		return 1
	fi
}

# --- --new over two nights -------------------------------------------
two_nights() {
	rm -f n.db*
	run_at $NIGHT1 --seen=n.db --new -f json dump.txt >first.json &&
	run_at $NIGHT2 --seen=n.db --new -f json dump.txt >second.json &&
	[ "$(lines first.json)" -gt 10 ] && [ ! -s second.json ] &&
	[ "$(lines first.json)" = "$("$STORYSIFT" -f json dump.txt | wc -l | tr -d ' ')" ]
}
ok "--new: the first night prints every story, the second nothing" two_nights

seen_field() {
	rm -f s.db*
	run_at $NIGHT1 --seen=s.db -f json dump.txt >first.json &&
	run_at $NIGHT2 --seen=s.db -f json dump.txt >second.json &&
	! grep -v '"seen":null' first.json &&
	[ "$(grep -c '"seen":"2025-12-02T03:00:00Z"' second.json)" = \
	  "$(lines second.json)" ] &&
	run_at $NIGHT2 --seen=s.db dump.txt | grep '^# story' >headers &&
	[ "$(grep -c ', seen 2025-12-02$' headers)" = "$(lines headers)" ] &&
	run_at $NIGHT2 --seen=s.db -f xml dump.txt |
		grep -c 'seen="2025-12-02T03:00:00Z">' >/dev/null
}
ok "--seen: seen is null on the first night, the first night's time after" \
	seen_field

# --- promotes -----------------------------------------------------------
id_of() {       # id_of FILE: the id of FILE's only story
	"$STORYSIFT" -f json "$1" | sed 's/.*"id":"\([0-9a-f]*\)".*/\1/'
}

promotes_in_run() {
	a=$(id_of article.txt) &&
	[ "$a" != 0000000000000000 ] &&
	cat article.txt blurb.txt >after.txt &&
	"$STORYSIFT" -f json after.txt >out.json &&
	sed -n 2p out.json | grep -q "\"kind\":\"blurb\".*\"promotes\":\"$a\"" &&
	"$STORYSIFT" -f json article.txt blurb.txt | sed -n 2p |
		grep -q "\"promotes\":\"$a\"" &&
	"$STORYSIFT" after.txt | grep -q '^# story 2: blurb, .*, promotes story 1$' &&
	"$STORYSIFT" article.txt blurb.txt |
		grep -q '^# story 1: blurb, .*, promotes article.txt:1$'
}
ok "promotes: a blurb after its article, in one file and in two" \
	promotes_in_run

blurb_first() {
	cat blurb.txt article.txt >before.txt &&
	"$STORYSIFT" -f json before.txt >out.json &&
	head -n 1 out.json | grep -q '"kind":"blurb".*"promotes":null' &&
	"$STORYSIFT" -u -f json before.txt | grep -c . | grep -qx 2
}
ok "promotes: a blurb before its article stays null; -u prints both" \
	blurb_first

promotes_from_database() {
	rm -f p.db*
	a=$(id_of article.txt) &&
	run_at $NIGHT1 --seen=p.db -f json article.txt >/dev/null &&
	run_at $NIGHT2 --seen=p.db -f json blurb.txt >out.json &&
	grep -q "\"promotes\":\"$a\",\"seen\":\"2025-12-02T03:00:00Z\"" out.json &&
	run_at $NIGHT2 --seen=p.db blurb.txt |
		grep -q "^# story 1: blurb, .*, promotes $a, seen 2025-12-02\$" &&
	run_at $NIGHT2 --seen=p.db --new blurb.txt >new.txt && [ ! -s new.txt ]
}
ok "promotes: a blurb whose article is in last night's database" \
	promotes_from_database

unique() {
	"$STORYSIFT" dump.txt | grep -c '^# story' >once &&
	"$STORYSIFT" -u dump.txt dump.txt | grep -c '^# story' >twice &&
	cmp -s once twice &&
	"$STORYSIFT" -u article.txt blurb.txt >out.txt &&
	[ "$(grep -c '^# story' out.txt)" = 1 ]
}
ok "-u: a dump read twice prints once; a blurb after its article is dropped" \
	unique

keep_days() {
	rm -f k.db*
	run_at $NIGHT1 --seen=k.db article.txt >/dev/null &&
	# 89 days on, still seen; 91 days after that, forgotten.
	run_at $((NIGHT1 + 89 * 86400)) --seen=k.db --new article.txt >a.txt &&
	[ ! -s a.txt ] &&
	run_at $((NIGHT1 + 180 * 86400)) --seen=k.db --seen-keep=90 --new \
		article.txt >b.txt &&
	grep -q '^# story 1: article' b.txt
}
ok "--seen-keep: a story not seen for more than DAYS days is forgotten" \
	keep_days

# --- two runs at once -------------------------------------------------
mkdir -p many
i=0
for f in "$E2E"/*.in; do
	i=$((i + 1))
	# A line of its own makes each copy's stories distinct enough: the
	# stories themselves repeat across the two runs' files on purpose.
	cp "$f" "many/$i.txt"
done

concurrent() {
	round=1
	while [ $round -le 20 ]; do
		rm -f c.db*
		run_at $NIGHT1 --seen=c.db -f json many/*.txt >a.json 2>a.err &
		pa=$!
		run_at $NIGHT1 --seen=c.db -f json dump.txt article.txt \
			blurb.txt >b.json 2>b.err &
		pb=$!
		wait $pa || { echo "round $round: first run failed"; cat a.err; return 1; }
		wait $pb || { echo "round $round: second run failed"; cat b.err; return 1; }
		# Every story either run printed is in the database now.
		all_stored c.db "round $round: stories" many/*.txt dump.txt \
			article.txt || return 1
		round=$((round + 1))
	done
}
ok "two runs at once on one database, 20 rounds: both exit 0, no story lost" \
	concurrent

# --- killed runs -------------------------------------------------------
mkdir -p night
i=0
while [ $i -lt 40 ]; do
	i=$((i + 1))
	n=$(printf '%02d' $i)
	for copy in 1 2 3 4 5; do cat "$E2E"/*.in; done >"night/$n.txt"
	# Each file's own story, so that each file adds to the database.
	printf '\nThe council of ward %s met for the %s time this year to discuss the budget of district number %s.\n' \
		"$n" "$n" "$n" >>"night/$n.txt"
done

integrity() {   # integrity DB: PRAGMA integrity_check says ok
	"$PYTHON3" -c '
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
r = con.execute("PRAGMA integrity_check").fetchall()
sys.exit(0 if r == [("ok",)] else (print(r) or 1))' "$1"
}

now_ms() {
	"$PYTHON3" -c 'import time; print(int(time.time() * 1000))'
}

killed() {
	# How long a whole run takes here (valgrind or not), so that the
	# kills fall all over it: the fastest of three, for a first run slowed
	# by a cold cache or a busy machine would put most kills after the
	# end of the runs that follow it.
	whole='' tries=0
	while [ $tries -lt 3 ]; do
		rm -f kill.db*
		start=$(now_ms)
		run_at $NIGHT1 --seen=kill.db -H night/*.txt >/dev/null ||
			return 1
		ms=$(( $(now_ms) - start ))
		if [ -z "$whole" ] || [ "$ms" -lt "$whole" ]; then
			whole=$ms
		fi
		tries=$((tries + 1))
	done
	echo "a whole run: $whole ms (the fastest of three)"
	round=1 cut=0 checked=0
	while [ $round -le 20 ]; do
		rm -f kill.db*
		# exec, so that $! is storysift itself: killing a subshell that
		# runs it would leave it running, writing to the database and
		# to out.txt while the checks below read them.
		(STORYSIFT_NOW=$NIGHT1 exec "$STORYSIFT" --seen=kill.db -H \
			night/*.txt >out.txt 2>err.txt) &
		pid=$!
		# At a random point of the run.
		sleep "$(awk -v r=$round -v w="$whole" \
			'BEGIN { srand(r); printf "%.3f", rand() * w / 1000 }')"
		kill -9 $pid 2>/dev/null
		wait $pid 2>/dev/null
		grep -q '^# night/40\.txt' out.txt || cut=$((cut + 1))
		[ -f kill.db ] || { round=$((round + 1)); continue; }
		integrity kill.db || { echo "round $round: integrity_check failed"; return 1; }
		# A file is finished once the next file's output has started:
		# its stories were committed before that file was read.
		last=$(grep -o '^# night/[0-9]*\.txt' out.txt | tail -n 1 |
		       sed 's/^# //')
		# No output yet (stdout is buffered): no file is known finished.
		finished=
		[ -n "$last" ] && for f in night/*.txt; do
			[ "$f" = "$last" ] && break
			finished="$finished $f"
		done
		if [ -n "$finished" ]; then
			checked=$((checked + 1))
			# shellcheck disable=SC2086 # file names without spaces
			all_stored kill.db "round $round: a finished file's stories" \
				$finished ||
				return 1
		fi
		round=$((round + 1))
	done
	echo "$cut of 20 runs killed before their last file," \
		"$checked with files finished"
	[ $cut -ge 5 ] && [ $checked -ge 5 ]
}
ok "kill -9 at random points, 20 rounds: integrity ok, finished files kept" \
	killed

# --- files that are not a storysift database -------------------------
refused() {     # refused FILE: exit 2, one line, the file unchanged
	before=$(cksum <"$1")
	"$STORYSIFT" --seen="$1" dump.txt >out.txt 2>err.txt
	status=$?
	after=$(cksum <"$1")
	cat err.txt
	[ $status = 2 ] && [ ! -s out.txt ] && [ "$(lines err.txt)" = 1 ] &&
	grep -q "^storysift: $1: " err.txt && [ "$before" = "$after" ]
}

printf 'Not a database, just a note.\n' >text.db
ok "--seen: a text file is refused, unchanged" refused text.db
: >empty.db
ok "--seen: an empty file is refused, unchanged" refused empty.db
"$STORYSIFT" --seen=ro.db article.txt >/dev/null
chmod 444 ro.db
ok "--seen: a read-only database is refused, unchanged (even as root)" \
	refused ro.db
"$STORYSIFT" --seen=newer.db article.txt >/dev/null
"$PYTHON3" -c '
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA user_version = 999")
con.commit()
con.execute("PRAGMA journal_mode = DELETE")
con.close()' newer.db
ok "--seen: a database with a newer schema is refused, unchanged" \
	refused newer.db
"$PYTHON3" -c '
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("CREATE TABLE t (x)")
con.commit()
con.close()' other.db
ok "--seen: another program's SQLite database is refused, unchanged" \
	refused other.db

usage() {
	"$STORYSIFT" --new dump.txt 2>err.txt
	[ $? = 2 ] && grep -q -- '--new needs --seen' err.txt &&
	"$STORYSIFT" --seen-keep=5 dump.txt 2>err.txt
	[ $? = 2 ] && grep -q -- '--seen-keep needs --seen' err.txt &&
	"$STORYSIFT" --seen=x.db --seen-keep=five dump.txt 2>err.txt
	[ $? = 2 ] && grep -q "invalid --seen-keep value 'five'" err.txt
}
ok "--new and --seen-keep need --seen; a bad DAYS is a usage error" usage

# --- README's cron recipe ---------------------------------------------
cron_recipe() {
	mkdir -p home/.cache &&
	cmd=$(grep -o 'storysift --seen=~/.cache/storysift.db --new -f json dump.txt >> new.jsonl' \
		"$SRCDIR/README" | head -n 1) &&
	[ -n "$cmd" ] &&
	PATH=$(dirname "$STORYSIFT"):$PATH HOME=$TMP/home sh -c "$cmd" &&
	first=$(lines new.jsonl) &&
	PATH=$(dirname "$STORYSIFT"):$PATH HOME=$TMP/home sh -c "$cmd" &&
	[ "$first" -gt 0 ] && [ "$(lines new.jsonl)" = "$first" ] &&
	[ -f home/.cache/storysift.db ]
}
ok "README's cron recipe: the second run appends nothing" cron_recipe

done_testing
