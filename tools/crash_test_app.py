"""App trials of tools/crash-test: the real `lectern` killed with SIGKILL
during an import, a highlight and a note edit, in its own Xvfb and D-Bus
session, driven through real keys (xdotool) and the accessibility tree.

What the app showed as done before the kill must be in the file afterwards:
the imported story's text in the window, the highlight's row in the Notes
list, the note in the Notes list. Whatever was not shown is wholly there or
wholly absent, and the library passes integrity_check.
"""

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUOTE = 'Sam Altman a joué un rôle crucial'


def run(lab, trials, rng, counts):
    """Starts Xvfb and a D-Bus session, and the trials inside them."""
    for tool in ('Xvfb', 'dbus-run-session', 'xdotool'):
        if shutil.which(tool) is None:
            print('app trials skipped: %s is missing' % tool)
            return
    if subprocess.run(['/usr/bin/python3', '-c', 'import pyatspi'],
                      capture_output=True).returncode != 0:
        print('app trials skipped: pyatspi is missing')
        return

    tmp = tempfile.mkdtemp(prefix='lectern-crash-app-', dir=lab.tmp)
    display_file = os.path.join(tmp, 'display')
    with open(display_file, 'w') as fd_out:
        xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(fd_out.fileno()), '-screen', '0',
                                 '1280x1024x24', '-nolisten', 'tcp', '-noreset'],
                                pass_fds=(fd_out.fileno(),), stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 10
        while time.time() < deadline and not open(display_file).read().strip():
            time.sleep(0.05)
        env = dict(lab.env, DISPLAY=':' + open(display_file).read().strip(),
                   GDK_BACKEND='x11', GSK_RENDERER='cairo')
        env.pop('XAUTHORITY', None)
        env.pop('GTK_A11Y', None)
        env.pop('NO_AT_BRIDGE', None)
        spec = dict(app=lab.app, cli=lab.cli, base=lab.base, big=lab.big, tmp=tmp,
                    trials=trials, seed=rng.randrange(1 << 30))
        done = subprocess.run(['dbus-run-session', '--', '/usr/bin/python3', __file__,
                               json.dumps(spec)], env=env, capture_output=True, text=True,
                              timeout=3600)
        for line in done.stdout.splitlines():
            if line.startswith('{'):
                result = json.loads(line)
                counts['app'] += result['app']
                counts['failed'] += result['failed']
            else:
                print(line)
        if done.returncode not in (0, 1):
            counts['failed'] += 1
            print('app trials crashed:', done.stderr[-2000:])
    finally:
        xvfb.kill()
        xvfb.wait()


def inner(spec):
    sys.path.insert(0, os.path.join(TOP, 'tests', 'e2e'))
    sys.path.insert(0, os.path.join(TOP, 'tools'))
    import pyatspi
    from lectern_e2e import click, find, find_app, wait_for, xdo

    crash_test = load_crash_test()
    rng = random.Random(spec['seed'])
    tmp = spec['tmp']
    counts = dict(app=0, failed=0)
    seed = os.path.join(TOP, 'data', 'fr-seed.txt')
    with open(seed, encoding='utf-8') as f:
        story_text = f.read()
    with open(spec['big'], encoding='utf-8') as f:
        big_text = f.read()
    log = open(os.path.join(tmp, 'lectern.log'), 'a')

    # The base library without its highlights: the Notes list then shows
    # the new row without scrolling.
    app_base = os.path.join(tmp, 'app-base.db')
    shutil.copy(spec['base'], app_base)
    con = sqlite3.connect(app_base)
    con.execute('DELETE FROM highlights')
    con.commit()
    con.close()

    class Lab:
        cli = spec['cli']
        env = dict(os.environ)
        before = crash_test.snapshot(app_base)

    def fresh():
        db = os.path.join(tmp, 'app.db')
        for suffix in ('', '-wal', '-shm'):
            if os.path.exists(db + suffix):
                os.unlink(db + suffix)
        shutil.copy(app_base, db)
        return db

    def launch(db, path):
        env = dict(os.environ, GSETTINGS_BACKEND='keyfile',
                   XDG_CONFIG_HOME=os.path.join(tmp, 'config'),
                   XDG_DATA_HOME=os.path.join(tmp, 'data'), LC_ALL='C.UTF-8', LANGUAGE='C')
        shutil.rmtree(os.path.join(tmp, 'config'), ignore_errors=True)
        return subprocess.Popen([spec['app'], '--db', db, path], env=env, stdout=log, stderr=log)

    def story_frame(proc, quote, timeout=30):
        app = wait_for(find_app, timeout=timeout, what='Lectern on the bus')
        frame = wait_for(lambda: find(app, 'frame'), timeout=timeout, what='the window')
        text = wait_for(lambda: find(frame, 'text', 'Story text'), timeout=timeout,
                        what='the story text')
        wait_for(lambda: quote in text.queryText().getText(0, -1), timeout=timeout,
                 what='the story')
        return frame, text

    def kill(proc):
        proc.kill()
        proc.wait(timeout=10)
        # Let the accessibility registry forget the dead app.
        time.sleep(0.3)

    def finish(name, i, db, verify):
        try:
            crash_test.verify_sound(Lab, db)
            verify(crash_test.snapshot(db))
            counts['app'] += 1
        except (crash_test.Failure, AssertionError) as e:
            counts['failed'] += 1
            print('FAIL app %s trial %d: %s' % (name, i, e), flush=True)

    # 1. Import of a 1 MB story, killed at a random moment.
    for i in range(spec['trials']):
        db = fresh()
        proc = launch(db, spec['big'])
        time.sleep(rng.uniform(0.1, 2.5))
        shown = False
        try:
            app = find_app()
            frame = app and find(app, 'frame')
            text = frame and find(frame, 'text', 'Story text')
            shown = bool(text) and 'Grande histoire' in text.queryText().getText(0, 200)
        except Exception:
            pass
        kill(proc)

        def verify_import(after):
            stories, _ = after
            crash_test.unchanged_except(Lab, after)
            extra = [sid for sid in stories if sid not in Lab.before[0]]
            assert len(extra) <= 1, 'story stored twice'
            for sid in extra:
                assert stories[sid] == big_text, 'story %d stored incomplete' % sid
            assert not shown or extra, 'the story was shown but is not in the library'
        finish('import', i, db, verify_import)

    # 2. A highlight made with the keyboard, killed 0–400 ms after H; and
    # 3. a note typed into it, killed while typing or just after.
    start_offset = story_text.index(QUOTE)
    for i in range(spec['trials']):
        db = fresh()
        proc = launch(db, seed)
        try:
            frame, text = story_frame(proc, QUOTE)
            ti = text.queryText()
            click(text)
            wait_for(lambda: text.getState().contains(pyatspi.STATE_FOCUSED),
                     what='focus in the text')
            xdo('key', 'F7')
            time.sleep(0.2)
            ti.setCaretOffset(start_offset)
            wait_for(lambda: ti.caretOffset == start_offset, what='the caret')
            def selection_end():
                return ti.getSelection(0)[1] if ti.getNSelections() == 1 else start_offset
            for _ in range(3):
                before = selection_end()
                xdo('key', 'shift+ctrl+Right')
                wait_for(lambda: selection_end() != before, timeout=3,
                         what='the selection to grow')
            xdo('key', 'h')
            time.sleep(rng.uniform(0, 0.4))
            tab = find(frame, 'page tab', 'Notes')
        except AssertionError as e:
            kill(proc)
            counts['failed'] += 1
            print('FAIL app highlight trial %d: could not drive the app: %s' % (i, e))
            continue
        shown = False
        note = 'Note %d tapée' % i
        typed = False
        if i % 2 == 0:
            kill(proc)
        else:
            # Odd trials go on to the note, through the Notes list.
            try:
                click(tab)
                notes = wait_for(lambda: find(frame, 'list', 'Notes'), what='the Notes list')
                def visible_row():
                    rows = pyatspi.findAllDescendants(
                        frame, lambda x: x is not None and x.getRoleName() == 'label'
                        and (x.name or '').startswith('Sam Altman a'))
                    for candidate in rows:
                        extents = candidate.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
                        if extents.width > 0 and extents.height > 0:
                            return candidate
                    return None
                row = wait_for(visible_row, what='the highlight row, laid out')
                shown = True
                click(row)
                editor = wait_for(lambda: find(find_app(), 'text', 'Note'),
                                  what='the note editor')
                wait_for(lambda: editor.getState().contains(pyatspi.STATE_FOCUSED),
                         what='focus in the note')
                typing = subprocess.Popen(['xdotool', 'type', '--delay', '40', note])
                time.sleep(rng.uniform(0, 1.5))
                if rng.random() < 0.5:
                    typing.wait()
                    xdo('key', 'Escape')
                    typed = bool(wait_for(lambda: find(notes, 'label', note), timeout=5,
                                          what='the note in the list'))
                    time.sleep(rng.uniform(0, 0.3))
                kill(proc)
                typing.wait()
            except AssertionError as e:
                kill(proc)
                print('app note trial %d: %s' % (i, e))

        def verify_highlight(after):
            _, highlights = after
            crash_test.unchanged_except(Lab, after)
            extra = {hid: row for hid, row in highlights.items() if hid not in Lab.before[1]}
            assert len(extra) <= 1, 'highlight stored twice'
            for hid, (story_id, start, end, quote, saved, uuid) in extra.items():
                assert story_text[start:end] == quote, 'highlight %d quote mismatch' % hid
                assert saved == '' or note.startswith(saved) or saved == note, \
                    'note garbled: %r' % saved
                if typed:
                    assert saved == note, 'the note shown in the list is lost: %r' % saved
            assert not shown or extra, 'the highlight was listed but is lost'
            counts['app_saved'] = counts.get('app_saved', 0) + len(extra)
        finish('highlight' if i % 2 == 0 else 'note', i, db, verify_highlight)

    print('app: %d highlights or notes found after the kills' % counts.pop('app_saved', 0))
    print(json.dumps(counts))
    return 1 if counts['failed'] else 0


def load_crash_test():
    import importlib.machinery
    import importlib.util
    path = os.path.join(TOP, 'tools', 'crash-test')
    loader = importlib.machinery.SourceFileLoader('crash_test', path)
    spec = importlib.util.spec_from_loader('crash_test', loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


if __name__ == '__main__':
    sys.exit(inner(json.loads(sys.argv[1])))
