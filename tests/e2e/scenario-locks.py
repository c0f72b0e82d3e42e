#!/usr/bin/python3
# Issue 12, item 2, exactly as reported: start `lectern --db DIR/lib.db
# story.txt`, press Ctrl+O and go to DIR/ (the file chooser opens the
# library's files to sniff them and closes them again), press Esc, then run
# `lectern-cli --db DIR/lib.db list`. The app's -wal and -shm must still be
# the files on disk (no "(deleted)" in /proc/PID/fd), and a highlight added
# by lectern-cli afterwards must still be there when the app has quit.
# Keys only (xdotool), so the scenario does not depend on widget layout.
#
#   scenario-locks.py LECTERN TMPDIR     (LECTERN_CLI names lectern-cli)

import os
import shutil
import sqlite3
import subprocess
import sys
import time

from lectern_e2e import find, find_app, step, wait_for, xdo

LECTERN, TMP = sys.argv[1], sys.argv[2]
CLI = os.environ['LECTERN_CLI']
DIR = os.path.join(TMP, 'DIR')
DB = os.path.join(DIR, 'lib.db')
QUOTE = 'Sam Altman a joué un rôle crucial'
SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data', 'fr-seed.txt')
STORY = os.path.join(TMP, 'story.txt')

ENV = dict(os.environ,
           GSETTINGS_BACKEND='keyfile',
           XDG_CONFIG_HOME=os.path.join(TMP, 'config'),
           XDG_DATA_HOME=os.path.join(TMP, 'data'),
           LC_ALL='C.UTF-8', LANGUAGE='C')
LOG = open(os.path.join(TMP, 'lectern.log'), 'a')


def cli(*args):
    done = subprocess.run([CLI, '--db', DB, *args], env=ENV, capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 0, 'lectern-cli %s: %s' % (' '.join(args), done.stderr)
    return done.stdout


def deleted_library_files(pid):
    """The app's descriptors on files of the library that are gone."""
    found = []
    fd_dir = '/proc/%d/fd' % pid
    for fd in os.listdir(fd_dir):
        try:
            target = os.readlink(os.path.join(fd_dir, fd))
        except OSError:
            continue
        if 'lib.db' in target and target.endswith('(deleted)'):
            found.append(target)
    return found


def windows(pid):
    """The app's visible X windows."""
    found = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(pid)],
                           capture_output=True, text=True, timeout=20).stdout.split()
    return found


os.makedirs(DIR)
shutil.copy(SEED, STORY)

step('start lectern --db DIR/lib.db story.txt')
proc = subprocess.Popen([LECTERN, '--db', DB, STORY], env=ENV, stdout=LOG, stderr=LOG)
app = wait_for(find_app, what='Lectern on the accessibility bus')
frame = wait_for(lambda: find(app, 'frame'), what='the window')
text = wait_for(lambda: find(frame, 'text', 'Story text'), what='the story text')
wait_for(lambda: QUOTE in text.queryText().getText(0, -1), what='the story')
# The story is saved, so the app has the library open in WAL mode.
wait_for(lambda: os.path.exists(DB + '-wal') and os.path.exists(DB + '-shm'),
         what='the library in WAL mode')
window = wait_for(lambda: windows(proc.pid)[0], what='the X window')
xdo('windowfocus', '--sync', window)
wal_inode = os.stat(DB + '-wal').st_ino
shm_inode = os.stat(DB + '-shm').st_ino

step('Ctrl+O, go to DIR/ in the file chooser, Esc')
xdo('key', 'ctrl+o')
# The chooser is the app's second visible X window (its accessible role
# varies between GTK versions).
chooser = wait_for(lambda: [w for w in windows(proc.pid) if w != window], what='the file chooser')[0]
xdo('windowfocus', '--sync', chooser)
xdo('key', 'ctrl+l')
time.sleep(0.3)
xdo('type', '--delay', '20', DIR + '/')
xdo('key', 'Return')
# Let the chooser list the folder and sniff its files.
time.sleep(2.0)
xdo('key', 'Escape')
wait_for(lambda: windows(proc.pid) == [window], timeout=10, what='the file chooser to close')

step('lectern-cli --db DIR/lib.db list')
listing = cli('list')
assert "Le monde de l'intelligence artificielle" in listing, listing
gone = deleted_library_files(proc.pid)
assert not gone, 'the app writes into deleted files: %s' % gone
assert os.stat(DB + '-wal').st_ino == wal_inode, 'the -wal file was replaced'
assert os.stat(DB + '-shm').st_ino == shm_inode, 'the -shm file was replaced'

step('lectern-cli highlight add, then quit the app with Ctrl+Q')
highlight_id = cli('highlight', 'add', '1', '0', '10', '--note', 'from the CLI').strip()
assert highlight_id.isdigit(), highlight_id
assert not deleted_library_files(proc.pid)
xdo('windowfocus', '--sync', window)
xdo('key', 'ctrl+q')
rc = proc.wait(timeout=20)
assert rc == 0, 'lectern exited with %d' % rc

step('the CLI highlight survived the app quitting; the file is sound')
listed = cli('highlights', '1')
assert any(line.split('\t')[0] == highlight_id for line in listed.splitlines()), listed
con = sqlite3.connect(DB)
try:
    assert con.execute('PRAGMA integrity_check').fetchone()[0] == 'ok'
    note = con.execute('SELECT note FROM highlights WHERE id = ?', (int(highlight_id),)).fetchone()
    assert note == ('from the CLI',), note
finally:
    con.close()
print('ok: locks kept through the file chooser; the CLI highlight survived')
