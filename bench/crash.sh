#!/usr/bin/env bash
# Crash harness: kill -9 a run at random points of each phase, resume it with the same command, and check that
# the result is exactly what an uninterrupted run gives.
#
# usage: bench/crash.sh [--quick] [--trials-per-phase N] [--rows N] [--seed N] [--work DIR]
#   phases: first import, re-import, newer export (rows), clean files (the steps after the rows), report
#   --quick: one kill per phase on a small export (for CI)
#   REVIEWBATCH_CMD overrides the command (default: java -jar target/reviewbatch.jar)
#
# A clean run of the whole scenario (import A; import A again; import B, a newer export; report) is made first,
# its phase timings measured and printed, and the output folder saved before and after each command. A trial
# copies the "before" folder, starts the command, kills it (SIGKILL) at a random moment inside the phase's
# measured window (counted from the start for the imports and the report, from the end of the trial's own rows
# step, shown by its progress line, for the clean files), runs the same command again, and compares with the clean run's "after" folder:
# clean/*.csv (or reports/data/* for the report phase) byte for byte, and the run's summary (runs/N.json: status,
# per-file counts, totals, changes; timing left out). A run that ends before its kill is tried again with half the
# delay (up to 4 times), so nearly every trial is a real kill.
# Prints "K of N trials exact"; exits 0 only when K = N.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PY'
import argparse, filecmp, os, random, re, shlex, shutil, signal, subprocess, sys, tempfile, time

ap = argparse.ArgumentParser(prog="bench/crash.sh")
ap.add_argument("--quick", action="store_true")
ap.add_argument("--trials-per-phase", type=int, default=None)
ap.add_argument("--rows", type=int, default=None)
ap.add_argument("--seed", type=int, default=None)
ap.add_argument("--work", default=None)
args = ap.parse_args()
per_phase = args.trials_per_phase or (1 if args.quick else 4)
rows = args.rows or (1500 if args.quick else 3000)
seed = args.seed if args.seed is not None else int(time.time())
rng = random.Random(seed)
cmd = shlex.split(os.environ.get("REVIEWBATCH_CMD", "java -jar target/reviewbatch.jar"))
work = args.work or tempfile.mkdtemp(prefix="reviewbatch-crash-")
os.makedirs(work, exist_ok=True)
env = dict(os.environ)
env["JAVA_TOOL_OPTIONS"] = (env.get("JAVA_TOOL_OPTIONS", "") + " -Dreviewbatch.progress=true -Dreviewbatch.progress.millis=20").strip()
env.pop("REVIEWBATCH_DB_URL", None)
print(f"crash harness: {per_phase} kill(s) per phase, {rows} diary rows, seed {seed}, work {work}", flush=True)

# --- inputs: export A and a newer export B (a few ratings changed, rows added, rows removed)
A, B = os.path.join(work, "A"), os.path.join(work, "B")
subprocess.run([sys.executable, "bench/generate.py", str(rows), A], check=True)
shutil.rmtree(B, ignore_errors=True)
shutil.copytree(A, B)
with open(os.path.join(A, "diary.csv"), encoding="utf-8", newline="") as f:
    lines = f.read().split("\r\n")
header, body = lines[0], [l for l in lines[1:] if l]
edit = random.Random(7)
removed = set(edit.sample(range(len(body)), 5))
newer = []
for i, line in enumerate(body):
    if i in removed:
        continue
    if i % 997 == 3:  # change the rating (5th field; quoted titles hold commas, so edit from the right)
        parts = line.rsplit(",", 4)
        parts[1] = "4.5" if parts[1] != "4.5" else "2"
        line = ",".join(parts)
    newer.append(line)
for j in range(25):
    newer.append(f"2026-01-{1 + j:02d},Added Film {j},2024,https://boxd.it/new{j:04d},3.5,,,2026-01-{1 + j:02d}")
with open(os.path.join(B, "diary.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("\r\n".join([header] + newer) + "\r\n")

STEPS = [("first import", ["import", A]), ("re-import", ["import", A]), ("newer export", ["import", B]),
         ("report", ["report"])]
PHASES = [("first import", 0, "rows"), ("re-import", 1, "rows"), ("newer export", 2, "rows"),
          ("clean files", 2, "after-rows"), ("report", 3, "all")]

def run(step, out, kill_at=None):
    """Runs one command; with kill_at = (window, delay) SIGKILLs it that many seconds into the window.
    Returns (exit code or 'killed', stdout, timings: start->rows end, start->end, killed?)."""
    argv = cmd + step + ["--out", out]
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    rows_start, rows_end = [None], [None]
    stdout_parts = []
    import threading
    def read_err():
        buf = b""
        while True:
            c = p.stderr.read(1)
            if not c:
                return
            if c in b"\r\n" and rows_start[0] is None and re.search(rb"rows/s", buf):
                rows_start[0] = time.monotonic() - t0  # the first progress line: the rows step is under way
            if c == b"\n" and re.search(rb"rows/s", buf):
                rows_end[0] = time.monotonic() - t0  # the progress line ends when the rows step ends
            buf = b"" if c in b"\r\n" else buf + c
    def read_out():
        stdout_parts.append(p.stdout.read())
    te, to = threading.Thread(target=read_err), threading.Thread(target=read_out)
    te.start(); to.start()
    killed = False
    if kill_at:
        window, delay = kill_at
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and p.poll() is None:
            now = time.monotonic() - t0
            if window == "after-rows":
                if rows_end[0] is not None and now >= rows_end[0] + delay:
                    break
            elif now >= delay:
                break
            time.sleep(0.005)
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
            killed = True
    code = p.wait(timeout=900)
    te.join(); to.join()
    return ("killed" if killed else code), b"".join(stdout_parts).decode("utf-8", "replace"), (rows_start[0], rows_end[0]), time.monotonic() - t0, killed

def compared(folder_a, folder_b, sub):
    """The data files of sub that differ. Hidden files are bookkeeping, not data: clean/.reviewbatch-run names the
    run whose store the files show, and a kill during the report (after the run completed) makes the same command
    a new run that carries every file and names itself there, with byte-identical clean files."""
    a, b = os.path.join(folder_a, sub), os.path.join(folder_b, sub)
    names = sorted(n for n in set(os.listdir(a)) | set(os.listdir(b)) if not n.startswith("."))
    return [n for n in names if not (os.path.exists(os.path.join(a, n)) and os.path.exists(os.path.join(b, n))
                                      and filecmp.cmp(os.path.join(a, n), os.path.join(b, n), shallow=False))]

# --- the clean run: timings and the folders before/after each command
ref = os.path.join(work, "ref")
shutil.rmtree(ref, ignore_errors=True)
os.makedirs(ref)
snap = lambda k, when: os.path.join(work, f"snap-{k}-{when}")
timings = []
for k, (name, step) in enumerate(STEPS):
    shutil.rmtree(snap(k, "before"), ignore_errors=True)
    shutil.copytree(ref, snap(k, "before"))
    code, out, (rows_start, rows_end), total, _ = run(step, ref)
    if code != 0:
        sys.exit(f"the clean run of '{name}' failed with exit code {code}:\n{out}")
    shutil.rmtree(snap(k, "after"), ignore_errors=True)
    shutil.copytree(ref, snap(k, "after"))
    timings.append((rows_start, rows_end, total))
    print(f"  clean run: {name:<13} {total:6.1f} s" + (f" (rows from {rows_start:.1f} s to {rows_end:.1f} s)" if rows_end else ""), flush=True)

def summaries(k):
    """The run summaries the clean run's command k wrote (runs/N.json of its run)."""
    before = set(os.listdir(os.path.join(snap(k, "before"), "runs"))) if os.path.isdir(os.path.join(snap(k, "before"), "runs")) else set()
    return sorted(set(os.listdir(os.path.join(snap(k, "after"), "runs"))) - before) if os.path.isdir(os.path.join(snap(k, "after"), "runs")) else []

def summary(path):
    """A run summary's counts and changes; timing (elapsed_seconds, the per-phase seconds) and the output folder's
    path left out."""
    import json
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {key: value for key, value in data.items() if key not in ("elapsed_seconds", "phases", "rejects_file")}

# --- trials
exact = trials = 0
for phase, k, window in PHASES:
    rows_start, rows_end, total = timings[k]
    for t in range(per_phase):
        if window == "rows":  # from the start: start-up, the input check and the rows (progress shows only per chunk)
            lo, hi = 0.5, (rows_end or total)
        elif window == "after-rows":
            lo, hi = 0.0, max(0.1, total - (rows_end or 0))
        else:
            lo, hi = 0.5, total
        delay = rng.uniform(min(lo, hi * 0.5), hi * 0.95)
        trial = os.path.join(work, "trial")
        for attempt in range(4):  # a run faster than the measured one may end before the kill: kill sooner
            shutil.rmtree(trial, ignore_errors=True)
            shutil.copytree(snap(k, "before"), trial)
            first, _, _, _, killed = run(STEPS[k][1], trial, (window, delay))
            if killed:
                break
            delay /= 2
        code, out, _, secs, _ = run(STEPS[k][1], trial)
        problems = []
        if code != 0:
            problems.append(f"resume exit {code}")
        sub = "reports/data" if STEPS[k][1][0] == "report" else "clean"
        differing = compared(snap(k, "after"), trial, sub) if code == 0 else []
        if differing:
            problems.append(f"{sub} differs: {', '.join(differing)}")
        for name in summaries(k):
            if summary(os.path.join(snap(k, "after"), "runs", name)) != summary(os.path.join(trial, "runs", name)):
                problems.append(f"run summary runs/{name} differs")
        trials += 1
        exact += not problems
        how = (f"killed {delay:5.2f} s " + {"after-rows": "after the rows"}.get(window, "after start")
               if killed else "ended before the kill")
        print(f"  trial {trials:2}: {phase:<13} {how:<32} resume {secs:5.1f} s  "
              + ("exact" if not problems else "NOT EXACT: " + "; ".join(problems)), flush=True)
        if problems:
            keep = os.path.join(work, f"failed-trial-{trials}")
            shutil.rmtree(keep, ignore_errors=True)
            shutil.copytree(trial, keep)
print(f"{exact} of {trials} trials exact")
sys.exit(0 if exact == trials else 1)
PY
