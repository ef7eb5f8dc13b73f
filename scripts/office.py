"""A real LibreOffice for integration tests.

Starts `soffice` headless (or under Xvfb for the sidebar) with a fresh private
profile, installs the built .oxt with `unopkg`, and connects over a socket
on 127.0.0.1 (a named pipe is per user: root could not reach nobody's). Under root (CI), the office and unopkg run as the unprivileged user
`nobody`, because unopkg refuses per-user installs as root.
"""
import contextlib
import fcntl
import glob
import os
import pwd
import random
import shutil
import subprocess
import tempfile
import time
import socket
import sys

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

PROGRAM_DIR = os.environ.get("LO_PROGRAM_DIR", "/usr/lib/libreoffice/program")
SOFFICE = os.path.join(PROGRAM_DIR, "soffice")
UNOPKG = os.path.join(PROGRAM_DIR, "unopkg")
OXT = os.environ.get("LIGESTAT_OXT", "")
# The sanitizer runtime to preload into soffice when the .oxt was built with
# AddressSanitizer (the integration.* tests set it, tests/integration/CMakeLists.txt). Only soffice gets it:
# unopkg and the gpg tools the office starts must run without it (gpgconf
# hangs at exit with LeakSanitizer on, so leak checking is off: the office's
# own exit-time leaks are not ours to report anyway).
SANITIZER_PRELOAD = os.environ.get("LIGESTAT_OFFICE_PRELOAD", "")

# Cell error codes as XCell.getError() reports them.
ERR_ILLEGAL_ARGUMENT = 502   # Err:502
ERR_NO_VALUE = 519           # #VALUE!
ERR_NOT_AVAILABLE = 32767    # #N/A
ERR_ILLEGAL_PARAMETER = 504  # Err:504 (an error cell in a range argument)


def props(**values):
    """A tuple of PropertyValue, as the UNO API wants its options."""
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        out.append(p)
    return tuple(out)


# Ports for the offices' sockets: below Linux's ephemeral range
# (/proc/sys/net/ipv4/ip_local_port_range starts at 32768), so no client
# socket of another test can hold one by chance between our choice and the
# office's bind. Each office holds an flock on its port's file while it
# lives (the kernel drops it when the process ends), so two tests running at
# once never pick the same port. CI once failed that way: a test with the
# port of another test's office closed that office's documents and ended it.
PORT_RANGE = range(21000, 32000)
PORT_LOCKS = os.path.join(tempfile.gettempdir(), "ligestat-office-ports")


def _reserve_port():
    """(port, lock file) of a port no other office of ours holds and nothing listens on."""
    os.makedirs(PORT_LOCKS, mode=0o1777, exist_ok=True)
    for port in random.sample(PORT_RANGE, 200):
        lock = open(os.path.join(PORT_LOCKS, "%d.lock" % port), "a")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock.close()
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port, lock
            except OSError:
                pass
        lock.close()
    raise RuntimeError("no free port for the office in %s" % PORT_RANGE)


def _as_unprivileged():
    """The command prefix that drops root to nobody (no prefix otherwise)."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


class Office:
    """One office process with its own profile; use as a context manager."""

    def __init__(self, language="en-US", gui=False, oxt=None):
        self.language = language
        self.gui = gui
        self.oxt = oxt if oxt is not None else OXT
        self.workdir = tempfile.mkdtemp(prefix="ligestat-office-")
        os.chmod(self.workdir, 0o777)
        self.profile_url = "file://" + os.path.join(self.workdir, "profile")
        self.port, self._port_lock = _reserve_port()
        self.process = None
        self.xvfb = None
        self.display = None
        self.context = None
        self.desktop = None
        self._own_files()

    # ---- process life -----------------------------------------------------
    def _own_files(self):
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            for root, dirs, files in os.walk(self.workdir):
                for name in dirs + files:
                    with contextlib.suppress(FileNotFoundError):
                        os.chown(os.path.join(root, name), nobody.pw_uid, nobody.pw_gid)
            os.chown(self.workdir, nobody.pw_uid, nobody.pw_gid)

    def _env(self, office=False):
        env = dict(os.environ)
        env.pop("LD_PRELOAD", None)
        env.pop("LIGESTAT_OFFICE_PRELOAD", None)
        if office and SANITIZER_PRELOAD:
            env["LD_PRELOAD"] = SANITIZER_PRELOAD
            env["PATH"] = self._path_without_gpg()
            env["ASAN_OPTIONS"] = ("detect_leaks=0:halt_on_error=1:abort_on_error=1:log_path=%s"
                                   % os.path.join(self.workdir, "sanitizer"))
            env["UBSAN_OPTIONS"] = "halt_on_error=1:print_stacktrace=1:log_path=%s" % os.path.join(
                self.workdir, "sanitizer")
        env["HOME"] = self.workdir
        lang = self.language.replace("-", "_") + ".UTF-8"
        # A fresh profile takes its UI language from the process locale.
        env["LANG"] = env["LC_ALL"] = env["LC_MESSAGES"] = lang
        env.pop("PYTHONPATH", None)
        if self.display:
            env["DISPLAY"] = self.display
            env["SAL_USE_VCLPLUGIN"] = "gen"
        return env

    def _path_without_gpg(self):
        """A PATH with every program of /usr/bin and /bin except the gpg tools.
        Loading a document checks its signatures through gpgme, which finds
        gpgconf on PATH; with the sanitizer preloaded that child never answers
        and the office hangs in the load. Without gpgconf it reports no engine."""
        folder = os.path.join(self.workdir, "bin-without-gpg")
        if not os.path.isdir(folder):
            os.makedirs(folder)
            for source in ("/usr/bin", "/bin"):
                for name in os.listdir(source):
                    target = os.path.join(folder, name)
                    if not name.startswith("gpg") and not os.path.lexists(target):
                        os.symlink(os.path.join(source, name), target)
            os.chmod(folder, 0o755)
        return folder

    def install_extension(self):
        if not self.oxt or not os.path.exists(self.oxt):
            raise RuntimeError("LIGESTAT_OXT does not name a built .oxt: %r" % self.oxt)
        # A profile that the office has never started is reset at its first
        # start, extensions included: initialise it before adding ours.
        subprocess.run(_as_unprivileged() + [SOFFICE, "--headless", "--terminate_after_init",
                                             "-env:UserInstallation=" + self.profile_url],
                       env=self._env(office=True), capture_output=True, timeout=300)
        local_oxt = os.path.join(self.workdir, "ligestat.oxt")
        shutil.copy(self.oxt, local_oxt)
        self._own_files()
        cmd = _as_unprivileged() + [UNOPKG, "add", "-f", "-s",
                                    "-env:UserInstallation=" + self.profile_url, local_oxt]
        result = subprocess.run(cmd, env=self._env(), capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError("unopkg add failed: %s %s" % (result.stdout, result.stderr))

    def start(self):
        if self.oxt is not False:
            self.install_extension()
        if self.gui:
            self._start_xvfb()
        cmd = _as_unprivileged() + [
            SOFFICE, "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "-env:UserInstallation=" + self.profile_url,
            "--accept=socket,host=127.0.0.1,port=%d;urp;" % self.port]
        if not self.gui:
            cmd += ["--headless", "--invisible"]
        # The office's own output goes to a file, shown when it dies.
        with open(os.path.join(self.workdir, "soffice.log"), "wb") as log:
            self.process = subprocess.Popen(cmd, env=self._env(office=True), stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        self._connect()
        try:
            self._check_it_is_ours()
        except RuntimeError:
            self.desktop = None             # never end the other office from here
            os.killpg(self.process.pid, 9)
            self.process.wait()
            self.process = None
            raise
        return self

    def _check_it_is_ours(self):
        """Fails when the socket led to another office than the one started here."""
        substitution = self.create("com.sun.star.util.PathSubstitution")
        user = substitution.substituteVariables("$(user)", True)
        if not user.startswith(self.profile_url + "/"):
            raise RuntimeError("port %d answered with another office (profile %s)" % (self.port, user))

    def _start_xvfb(self):
        # Xvfb picks a free display itself and reports it (-displayfd): no race
        # with another test or engineer choosing the same number.
        read_end, write_end = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24",
                                      "-nolisten", "tcp"], pass_fds=(write_end,),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as reported:
            number = reported.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number

    def _connect(self, timeout=90):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError("soffice exited with %s before accepting" % self.process.returncode)
            try:
                self.context = resolver.resolve(
                    "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % self.port)
                break
            except NoConnectException:
                if time.time() > deadline:
                    raise
                time.sleep(0.3)
        self.desktop = self.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.context)

    def alive(self):
        """True when the office still answers a UNO call."""
        try:
            return self.process.poll() is None and self.desktop.getComponents() is not None
        except Exception:
            return False

    def stop(self):
        # Alive now means any exit from here on is ours.
        self._stopping_cleanly = self.process is None or self.process.poll() is None
        try:
            if self.desktop is not None and self.process.poll() is None:
                for doc in list(self.documents()):
                    with contextlib.suppress(Exception):
                        doc.setModified(False)
                        doc.close(True)
                with contextlib.suppress(Exception):
                    self.desktop.terminate()
            if self.process is not None:
                try:
                    self.process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(self.process.pid, 9)
                    self.process.wait()
        finally:
            self._report_unexpected_exit()
            self._port_lock.close()
            if self.xvfb is not None:
                self.xvfb.terminate()
                self.xvfb.wait()
            reports = self.sanitizer_reports()
            for report in reports:  # shown even when stopping failed (the office died of it)
                sys.stderr.write("sanitizer report from soffice:\n" + report + "\n")
            if not os.environ.get("LIGESTAT_KEEP_WORKDIR"):
                shutil.rmtree(self.workdir, ignore_errors=True)
        if reports:
            raise AssertionError("the sanitizer reported in soffice:\n" + "\n".join(reports))

    def _report_unexpected_exit(self):
        """When the office died before we ended it: its exit status and last output."""
        if self.process is None or self._stopping_cleanly:
            return
        with contextlib.suppress(OSError):
            with open(os.path.join(self.workdir, "soffice.log"), errors="replace") as log:
                tail = log.read()[-4000:]
            sys.stderr.write("soffice ended by itself (exit status %s); its last output:\n%s\n"
                             % (self.process.returncode, tail))

    def sanitizer_reports(self):
        """What AddressSanitizer/UBSan wrote while this office ran (none without the preload)."""
        reports = []
        for path in sorted(glob.glob(os.path.join(self.workdir, "sanitizer*"))):
            with open(path, errors="replace") as f:
                reports.append(f.read())
        return reports

    def documents(self):
        enum = self.desktop.getComponents().createEnumeration()
        while enum.hasMoreElements():
            yield enum.nextElement()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False

    # ---- documents --------------------------------------------------------
    def path(self, name):
        """A file path inside the office's private, writable work folder."""
        return os.path.join(self.workdir, name)

    def url(self, name):
        return uno.systemPathToFileUrl(self.path(name))

    def new_calc(self):
        return self.desktop.loadComponentFromURL(
            "private:factory/scalc", "_blank", 0, props(Hidden=not self.gui))

    def load(self, path, hidden=None):
        """Loads a copy of `path` (the user's file is never touched)."""
        local = self.path(os.path.basename(path))
        if os.path.abspath(path) != local:
            shutil.copy(path, local)
            self._own_files()
        return self.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(local), "_blank", 0,
            props(Hidden=(not self.gui) if hidden is None else hidden))

    def save(self, doc, name, filter_name="calc8"):
        doc.storeToURL(self.url(name), props(FilterName=filter_name))
        return self.path(name)

    def create(self, service):
        return self.context.ServiceManager.createInstanceWithContext(service, self.context)


class Sheet:
    """Small conveniences over one sheet of a document."""

    def __init__(self, doc, index=0):
        self.doc = doc
        self.sheet = doc.Sheets.getByIndex(index)

    def cell(self, name):
        return self.sheet.getCellRangeByName(name)

    def put_rows(self, top_left, rows):
        """Writes a block of values; None leaves a cell empty."""
        col, row = _split(top_left)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                cell = self.sheet.getCellByPosition(col + c, row + r)
                if value is None:
                    continue
                if isinstance(value, str) and value.startswith("="):
                    cell.setFormula(value)
                elif isinstance(value, str):
                    cell.setString(value)
                else:
                    cell.setValue(value)

    def formula(self, name, formula):
        self.cell(name).setFormula(formula)
        self.doc.calculateAll()
        return self.cell(name)

    def local_formula(self, name, formula):
        self.cell(name).FormulaLocal = formula
        self.doc.calculateAll()
        return self.cell(name)


def _split(name):
    letters = "".join(ch for ch in name if ch.isalpha())
    digits = "".join(ch for ch in name if ch.isdigit())
    col = 0
    for ch in letters.upper():
        col = col * 26 + (ord(ch) - 64)
    return col - 1, int(digits) - 1


class OfficeTestCase:
    """Mixin for unittest.TestCase: one office for the whole test class."""

    language = "en-US"
    gui = False

    @classmethod
    def setUpClass(cls):
        cls.office = Office(language=cls.language, gui=cls.gui).start()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def assertCellError(self, cell, code):
        self.assertEqual(cell.getError(), code, "formula %s gave %r (error %d)"
                         % (cell.getFormula(), cell.getString(), cell.getError()))

    def assertCellValue(self, cell, expected, places=9):
        self.assertEqual(cell.getError(), 0, "formula %s failed with error %d"
                         % (cell.getFormula(), cell.getError()))
        self.assertAlmostEqual(cell.getValue(), expected, places=places, msg=cell.getFormula())

    def assertCellText(self, cell, expected):
        self.assertEqual(cell.getError(), 0, "formula %s failed with error %d"
                         % (cell.getFormula(), cell.getError()))
        self.assertEqual(cell.getString(), expected, cell.getFormula())
