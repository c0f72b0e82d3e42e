#!/usr/bin/python3
# Issue 13 end to end: three stories naming the same person (written for
# this test) are opened in Lectern; lectern-cli searches the library for
# her; in the running app her sidebar row's menu opens her page across the
# library, which lists the three stories; Export Dossier… writes her
# dossier as a PDF, which pdftotext reads back; a story row opens that
# story, and the page's Back button returns to the reader.
#
#   scenario-dossier.py LECTERN TMPDIR     (LECTERN_CLI names lectern-cli)

import json
import os
import re
import shutil
import subprocess
import sys

import pyatspi

from lectern_e2e import centre, click, find, find_app, quit_app, step, wait_for, xdo

LECTERN, TMP = sys.argv[1], sys.argv[2]
CLI = os.environ['LECTERN_CLI']
DB = os.path.join(TMP, 'lib.db')
DOSSIER = os.path.join(TMP, 'Christine Lagarde.pdf')
NAME = 'Christine Lagarde'
STORIES = {
    'bce.txt': 'La BCE maintient ses taux\n\nLa présidente de la Banque centrale '
               'européenne, Christine Lagarde, a annoncé jeudi que les taux resteraient '
               'inchangés. Selon Christine Lagarde, l\'inflation recule lentement.\n',
    'warns.txt': 'Lagarde warns on inflation\n\nEuropean Central Bank president '
                 'Christine Lagarde said on Thursday that inflation was still too high. '
                 'Christine Lagarde added that the bank would stay the course.\n',
    'dette.txt': 'L’État et la dette\n\nLe ministre a répondu à Christine Lagarde sur '
                 'la dette de l’État. Christine Lagarde avait demandé des efforts '
                 'budgétaires aux gouvernements.\n',
}
TITLES = [text.split('\n', 1)[0] for text in STORIES.values()]

ENV = dict(os.environ,
           GSETTINGS_BACKEND='keyfile',
           XDG_CONFIG_HOME=os.path.join(TMP, 'config'),
           XDG_DATA_HOME=os.path.join(TMP, 'data'),
           LECTERN_EXPORT_PATH=DOSSIER,
           LC_ALL='C.UTF-8', LANGUAGE='C')
LOG = open(os.path.join(TMP, 'lectern.log'), 'a')

if shutil.which('pdftotext') is None:
    print('SKIP: pdftotext (poppler-utils) is missing')
    sys.exit(77)


def cli(*args):
    done = subprocess.run([CLI, '--db', DB, *args], env=ENV, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, 'lectern-cli %s: %s' % (' '.join(args), done.stderr)
    return done.stdout


def focused(acc):
    # GTK 4.8 does not report SHOWING; the focus says which page is up.
    return acc is not None and acc.getState().contains(pyatspi.STATE_FOCUSED)


paths = []
for name, text in STORIES.items():
    path = os.path.join(TMP, name)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    paths.append(path)

step('open the three stories in lectern')
proc = subprocess.Popen([LECTERN, '--db', DB, *paths], env=ENV, stdout=LOG, stderr=LOG)
app = wait_for(find_app, what='Lectern on the accessibility bus')
frame = wait_for(lambda: find(app, 'frame'), what='the window')
text = wait_for(lambda: find(frame, 'text', 'Story text'), what='the story text')
# The three are imported one after the other; on a loaded machine that
# takes a while, so wait for the library rather than for one of them.
wait_for(lambda: len([l for l in cli('list').splitlines() if l[:1].isdigit()]) == 3,
         timeout=90, what='the three stories in the library')
wait_for(lambda: 'Christine Lagarde' in text.queryText().getText(0, -1), timeout=60,
         what='a story naming her in the reader')

step('search the library for her (lectern-cli search)')
hits = json.loads(cli('search', 'lagarde', '--json', '--limit', '50'))['hits']
assert {hit['title'] for hit in hits} == set(TITLES), hits

step('her sidebar row: its menu, then Across the Library')
menu = wait_for(lambda: find(frame, 'toggle button', 'Correct “%s”' % NAME)
                or find(frame, 'push button', 'Correct “%s”' % NAME), timeout=60,
                what='her row in the sidebar')
click(menu)
item = wait_for(lambda: find(app, 'menu item', contains='Across the Library'),
                what='the Across the Library menu item')
item.queryAction().doAction(0)

step('her page lists the three stories')
wait_for(lambda: find(frame, 'label', 'Stories (3)'), timeout=60,
         what='her page with three stories')
back = find(frame, 'push button', 'Back to the Story')
wait_for(lambda: focused(back), what='the focus on her page')
title = find(frame, 'label', NAME)
assert title is not None, 'her name on the page'
for story_title in TITLES:
    wait_for(lambda: find(frame, 'label', story_title), what=story_title)

step('Export Dossier… writes her dossier (PDF)')
button = find(frame, 'push button', contains='Export Dossier…')
assert button is not None, 'the Export Dossier… button'
button.queryAction().doAction(0)
wait_for(lambda: os.path.exists(DOSSIER) and os.path.getsize(DOSSIER) > 0, timeout=60,
         what='the dossier on disk')
with open(DOSSIER, 'rb') as f:
    assert f.read(5) == b'%PDF-', 'not a PDF'
out = subprocess.run(['pdftotext', '-enc', 'UTF-8', DOSSIER, '-'], capture_output=True,
                     text=True, timeout=30)
assert out.returncode == 0, out.stderr
flat = re.sub(r'\s+', ' ', out.stdout)
assert NAME in flat, flat
for story_title in TITLES:
    assert story_title in flat, (story_title, flat)
assert 'Person, named in 3 stories' in flat, flat
wait_for(lambda: find(frame, 'label', contains='Dossier saved as'), what='the toast')

step('a story row opens that story')


def row_in_view():
    # The row must be on screen to be clicked: once the page has relaid
    # out after the export, the first label of that name was once placed
    # over the header bar (y = 16, one run in five).
    # GTK may also keep a row it no longer shows in the tree, with the
    # place it had: the label to click is the one on screen.
    height = frame.queryComponent().getExtents(pyatspi.WINDOW_COORDS).height
    rows = pyatspi.findAllDescendants(
        frame, lambda x: x is not None and x.getRoleName() == 'label'
        and x.name == 'La BCE maintient ses taux')
    for row in rows:
        if 80 < centre(row)[1] < height - 80:
            return row
    return None


try:
    first = wait_for(row_in_view, timeout=5, what='the story row on screen')
except AssertionError:
    # As a person would: the wheel over the list, up to its top.
    width = frame.queryComponent().getExtents(pyatspi.WINDOW_COORDS).width
    xdo('mousemove', width // 2, 300)
    for _ in range(15):
        xdo('click', '4')
    first = wait_for(row_in_view, timeout=10, what='the story row on screen')
click(first)
wait_for(lambda: 'les taux resteraient' in text.queryText().getText(0, -1), timeout=60,
         what='the story opened from her page')
wait_for(lambda: focused(text), what='the reader, focused')

step('back to her page, then Back to the Story')
menu = wait_for(lambda: find(frame, 'toggle button', 'Correct “%s”' % NAME)
                or find(frame, 'push button', 'Correct “%s”' % NAME), timeout=30,
                what='her row in the sidebar of this story')
click(menu)
item = wait_for(lambda: find(app, 'menu item', contains='Across the Library'),
                what='the menu item again')
item.queryAction().doAction(0)
wait_for(lambda: focused(back), timeout=30, what='her page again')
back.queryAction().doAction(0)
wait_for(lambda: focused(text), what='the reader after Back')

step('close')
quit_app(proc, frame)
print('ok: dossier scenario')
