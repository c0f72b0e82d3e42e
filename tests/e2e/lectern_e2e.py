# Helpers shared by the AT-SPI scenarios: waiting, real input through
# xdotool, finding accessibles, and starting and closing Lectern.
# The scenarios import it from their own folder (sys.path[0]).

import subprocess
import time

import pyatspi
from gi.repository import Atspi

Atspi.set_timeout(2000, 5000)   # an unsupported call fails in 2 s, not 25


def step(message):
    print('#', message, flush=True)


def wait_for(predicate, timeout=15, what='condition'):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            value = predicate()
        except Exception:          # the tree changes under us
            value = None
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError('timed out waiting for ' + what)


def xdo(*args):
    subprocess.run(['xdotool', *map(str, args)], check=True)


def centre(acc):
    e = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return e.x + e.width // 2, e.y + e.height // 2


def click(acc):
    x, y = centre(acc)
    xdo('mousemove', x, y, 'click', '1')


def find(root, role, name=None, prefix=None, contains=None):
    def match(x):
        if x is None or x.getRoleName() != role:
            return False
        if name is not None and x.name != name:
            return False
        if prefix is not None and not (x.name or '').startswith(prefix):
            return False
        if contains is not None and contains not in (x.name or ''):
            return False
        return True
    return pyatspi.findDescendant(root, match)


def find_app():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name in ('lectern', 'Lectern'):
            return app
    return None


def start(lectern, db, env, log, quote):
    """Starts Lectern on DB and waits until its story text shows QUOTE."""
    proc = subprocess.Popen([lectern, '--db', db], env=env, stdout=log, stderr=log)
    app = wait_for(find_app, what='Lectern on the accessibility bus')
    frame = wait_for(lambda: find(app, 'frame'), what='the window')
    text = wait_for(lambda: find(frame, 'text', 'Story text'), what='the story text')
    wait_for(lambda: quote in text.queryText().getText(0, -1), what='the sample story')
    return proc, frame, text


def quit_app(proc, frame):
    close = find(frame, 'push button', 'Close')
    close.queryAction().doAction(0)
    rc = proc.wait(timeout=15)
    assert rc == 0, 'lectern exited with %d' % rc
