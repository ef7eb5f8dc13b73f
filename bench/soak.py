#!/usr/bin/python3
"""Soak run: the resident memory of soffice.bin over many rounds of
generate + recalculate + undo (issue 14, item 5). A benchmark, not a test.

One office, one document with N seeded employees (bench.py's data_file).
Each round dispatches vnd.dk.ligestat:GenerateKeyFigures, recalculates the
whole document, then takes the key-figure sheet away again (--mode undo: the
document's undo manager; --mode delete: removes the sheet by name), and
prints VmRSS of soffice.bin. At the end it clears the undo stack and prints
VmRSS once more.

With --heaptrack FILE the office proper runs under heaptrack (soffice.bin
alone; unopkg and the profile's first start do not); at the end the office
is killed with the document still open, so that heaptrack_print's "leaked"
is what the office held after the last round. Two recordings with different
--rounds, compared with `heaptrack_print --diff`, show who grows per round.
"""
import argparse
import os
import shutil
import stat
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import bench  # noqa: E402  (data_file, soffice_bin_pid, dispatch_key_figures)


def rss_mib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def key_figure_sheets(doc, before):
    return [name for name in doc.Sheets.ElementNames if name not in before]


def one_round(office, doc, mode):
    """Seconds of (generate, recalculate, take away)."""
    before = set(doc.Sheets.ElementNames)
    generate = bench.timed(lambda: bench.dispatch_key_figures(office, doc))
    added = key_figure_sheets(doc, before)
    if not added:
        raise SystemExit("the key-figure command made no sheet: is the .oxt built?")
    recalc = bench.timed(doc.calculateAll)

    def take_away():
        if mode == "undo":
            doc.getUndoManager().undo()
        else:
            for name in added:
                doc.Sheets.removeByName(name)
    away = bench.timed(take_away)
    if key_figure_sheets(doc, before):
        raise SystemExit("the key-figure sheet is still there after %s" % mode)
    return generate, recalc, away


def heaptrack_office(harness, output):
    """An Office whose soffice.bin (not unopkg, not the first start) runs under heaptrack."""
    wrapper_dir = tempfile.mkdtemp(prefix="ligestat-soak-")
    os.chmod(wrapper_dir, 0o755)
    wrapper = os.path.join(wrapper_dir, "soffice")
    soffice_bin = os.path.join(harness.PROGRAM_DIR, "soffice.bin")
    with open(wrapper, "w") as f:
        f.write('#!/bin/sh\nexec heaptrack -o "%s" "%s" "$@"\n' % (output, soffice_bin))
    os.chmod(wrapper, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)

    class HeaptrackOffice(harness.Office):
        def install_extension(self):
            super().install_extension()
            harness.SOFFICE = wrapper  # only the office started after this line

        def stop(self):
            # Killed, not closed: what heaptrack then reports as "leaked" is
            # everything the office still held at the end of the rounds.
            pid = bench.soffice_bin_pid(self)
            if pid is not None:
                os.kill(pid, 9)
            self.process.wait(timeout=1800)  # heaptrack finishes its file after the office exits
            super().stop()
            shutil.rmtree(wrapper_dir, ignore_errors=True)

    return HeaptrackOffice


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--mode", choices=("undo", "delete"), default="undo")
    parser.add_argument("--heaptrack", metavar="FILE", help="record soffice.bin with heaptrack into FILE")
    parser.add_argument("--data", default=None)
    args = parser.parse_args()
    os.environ.setdefault("LIGESTAT_OXT", os.path.join(args.build, "ligestat.oxt"))
    import office as harness  # noqa: E402  (reads LIGESTAT_OXT at import)
    harness.OXT = os.environ["LIGESTAT_OXT"]
    path = bench.data_file(args.data or os.path.join(args.build, "bench-data"), args.rows)

    office_class = harness.Office
    if args.heaptrack:
        out_dir = os.path.dirname(os.path.abspath(args.heaptrack))
        os.makedirs(out_dir, exist_ok=True)
        os.chmod(out_dir, 0o777)  # the office runs as nobody under root
        office_class = heaptrack_office(harness, os.path.abspath(args.heaptrack))

    print("load average: %s" % open("/proc/loadavg").read().strip())
    print("rows %d, rounds %d, mode %s" % (args.rows, args.rounds, args.mode), flush=True)
    with office_class() as office:
        # Not hidden: LibreOffice 7.4 crashes undoing a sheet insertion in a
        # hidden document (see addin/sheet_writer.cpp).
        doc = office.load(path, hidden=False)
        pid = bench.soffice_bin_pid(office)
        if pid is None:
            raise SystemExit("no soffice.bin found for this office")
        doc.calculateAll()
        series = [rss_mib(pid)]
        print("round  0  RSS %7.1f MiB  (loaded)" % series[0], flush=True)
        for round_number in range(1, args.rounds + 1):
            seconds = one_round(office, doc, args.mode)
            series.append(rss_mib(pid))
            print("round %2d  RSS %7.1f MiB  %+6.1f  (generate %.1f s, recalc %.1f s, %s %.1f s)" % (
                round_number, series[-1], series[-1] - series[-2], seconds[0], seconds[1], args.mode, seconds[2]),
                flush=True)
        doc.getUndoManager().clear()
        cleared = rss_mib(pid)
        print("undo stack cleared  RSS %7.1f MiB" % cleared, flush=True)
        rounds = max(args.rounds, 1)
        print("growth: %.1f MiB over %d rounds, %.1f MiB a round" % (
            series[-1] - series[0], args.rounds, (series[-1] - series[0]) / rounds))
        print("series: " + " ".join("%.0f" % v for v in series))
        if not args.heaptrack:
            doc.setModified(False)
            doc.close(True)
    print("load average: %s" % open("/proc/loadavg").read().strip())


if __name__ == "__main__":
    main()
