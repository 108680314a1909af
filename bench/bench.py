"""Benchmark storysift against cat and wc -w on the same feed, same run.

usage: bench.py STORYSIFT [FLOOR [RUNS]]

Builds bench/data/feed-{16,64,256}.txt with makefeed.py (once), then:
- on the 256 MiB feed, times cat, wc -w and storysift in each format
  (text, json, xml, --glossary), RUNS times each (default 5), and prints the
  median MB/s, the ratio to cat and to wc -w, the median CPU seconds (user
  + system: above the wall time when storysift's second thread works) and
  the peak resident memory (GNU time's %M, the largest of the runs);
- times storysift --format=json on 16, 64 and 256 MiB to show that time
  grows linearly and memory stays flat;
- with FLOOR (bench/floor, built by make bench and make check), times in the same run the
  least work a text filter of storysift's kind must do, one step more each
  time: find the lines, write them, check their UTF-8, count their words;
- times --seen (SPEC §8) on the 256 MiB feed against json in the same
  run: into a fresh database, and a second run over the same feed into
  the database the first left; prints the database's size per distinct
  story it holds, and -u's peak memory;
- splits the 256 MiB feed into 8 files and compares one storysift over all
  of them with GNU parallel running one per file (if parallel exists).
Every command reads a file and writes to /dev/null.
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TIME = "/usr/bin/time"

def feed(mib):
    path = os.path.join(DATA, "feed-%d.txt" % mib)
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        subprocess.run([sys.executable, os.path.join(HERE, "makefeed.py"),
                        str(mib), path], check=True)
    return path

def run(cmd, runs, before=None):
    """Median wall seconds, median CPU seconds (0 without GNU time) and the
    largest peak RSS (KiB) of cmd; before() runs, untimed, before each."""
    secs, cpu, rss = [], [0.0], 0
    with tempfile.NamedTemporaryFile() as t:
        for _ in range(runs):
            if before:
                before()
            full = cmd
            if os.access(TIME, os.X_OK):
                full = [TIME, "-f", "%M %U %S", "-o", t.name] + cmd
            with open(os.devnull, "wb") as null:
                start = time.perf_counter()
                # stderr kept for a failure only: floor prints its counts
                done = subprocess.run(full, stdout=null,
                                      stderr=subprocess.PIPE)
                secs.append(time.perf_counter() - start)
            if done.returncode != 0:
                sys.stderr.buffer.write(done.stderr)
                sys.exit("%s: exit status %d" % (cmd[0], done.returncode))
            if os.access(TIME, os.X_OK):
                m, u, s = open(t.name).read().split()[-3:]
                rss = max(rss, int(m))
                cpu.append(float(u) + float(s))
    return statistics.median(secs), statistics.median(cpu[1:] or cpu), rss

FLOOR_STEPS = [("lines", "find the lines"), ("write", "+ write them"),
               ("check", "+ check UTF-8"), ("words", "+ count words")]

def main(binary, floor, runs):
    big = feed(256)
    size = os.path.getsize(big) / 1e6
    rows = []
    commands = [("cat", ["cat", big]), ("wc -w", ["wc", "-w", big]),
                ("storysift (text)", [binary, big]),
                ("storysift -f json", [binary, "-f", "json", big]),
                ("storysift -f xml", [binary, "-f", "xml", big]),
                ("storysift --glossary", [binary, "--glossary", big])]
    if floor:
        commands += [("floor: " + what, [floor, step, big])
                     for step, what in FLOOR_STEPS]
    seen_dir = tempfile.mkdtemp(prefix="storysift-bench-")
    db = os.path.join(seen_dir, "seen.db")
    first = os.path.join(seen_dir, "first.db")

    def fresh():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)

    def as_first_left():
        fresh()
        shutil.copyfile(first, db)

    seen = [binary, "--seen=" + db, "-f", "json", big]
    commands += [("storysift -u -f json", [binary, "-u", "-f", "json", big]),
                 ("storysift --seen (fresh db) -f json", seen, fresh),
                 ("storysift --seen (second run) -f json", seen,
                  as_first_left)]
    for name, cmd, *before in commands:
        if name.startswith("storysift --seen (second"):
            fresh()
            subprocess.run(seen, stdout=subprocess.DEVNULL, check=True)
            shutil.copyfile(db, first)
        secs, cpu, rss = run(cmd, runs, before[0] if before else None)
        rows.append((name, secs, size / secs, cpu, rss))
    cat, wc = rows[0][2], rows[1][2]
    print("256 MiB feed (%.0f MB), median of %d runs, output to /dev/null"
          % (size, runs))
    print()
    print("| command | median s | MB/s | × cat | × wc -w | CPU s | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, secs, mbs, cpu, rss in rows:
        print("| %s | %.3f | %.0f | %.3f | %.2f | %.2f | %.1f MiB |"
              % (name, secs, mbs, mbs / cat, mbs / wc, cpu, rss / 1024))
    print()
    speed = {name: mbs for name, _, mbs, _, _ in rows}
    json_mbs = speed["storysift -f json"]
    for name in ("storysift --seen (fresh db) -f json",
                 "storysift --seen (second run) -f json"):
        print("%s: %.2f× the throughput of storysift -f json"
              % (name, speed[name] / json_mbs))
    import sqlite3
    con = sqlite3.connect(first)
    stories = con.execute("SELECT count(*) FROM story").fetchone()[0]
    con.close()
    print("database after one run: %d distinct stories, %d bytes, %.0f "
          "bytes per story" % (stories, os.path.getsize(first),
                               os.path.getsize(first) / max(stories, 1)))
    shutil.rmtree(seen_dir)
    print()
    print("| storysift -f json | median s | MB/s | peak RSS |")
    print("|---|---:|---:|---:|")
    base = None
    for mib in (16, 64, 256):
        path = feed(mib)
        secs, _, rss = run([binary, "-f", "json", path], runs)
        base = base or secs
        print("| %d MiB | %.3f (%.1f× 16 MiB) | %.0f | %.1f MiB |"
              % (mib, secs, secs / base, os.path.getsize(path) / 1e6 / secs,
                 rss / 1024))
    parallel = shutil.which("parallel")
    parts = os.path.join(DATA, "parts")
    if not os.path.isdir(parts):
        os.makedirs(parts)
        subprocess.run(["split", "-n", "l/8", "-d", big,
                        os.path.join(parts, "feed-")], check=True)
    files = sorted(os.path.join(parts, f) for f in os.listdir(parts))
    print()
    one, _, _ = run([binary, "-f", "json"] + files, runs)
    print("8 files of 32 MiB: one storysift %.3f s" % one, end="")
    if parallel:
        par, _, _ = run([parallel, "--will-cite", binary, "--format=json",
                         ":::"] + files, runs)
        print("; parallel storysift --format=json ::: feeds/* %.3f s "
              "(%.2f× the speed of one, on %d cores)"
              % (par, one / par, os.cpu_count()))
    else:
        print("; GNU parallel not installed (apt-get install parallel)")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None,
         int(sys.argv[3]) if len(sys.argv) > 3 else 5)
