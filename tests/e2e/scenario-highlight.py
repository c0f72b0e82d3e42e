#!/usr/bin/python3
# A person's session, through the accessibility tree and real input:
# start Lectern on a fresh library (it shows the sample story), select a
# passage with the keyboard, press H, write a note in the highlight's
# popover, quit with the Close button, start again, find the highlight in
# the Notes panel, export Markdown with Ctrl+E, check the file and SQLite;
# then highlight again and kill -9 the app as soon as the highlight is
# listed: its row is in SQLite.
#
#   scenario-highlight.py LECTERN TMPDIR

import os
import sqlite3
import sys
import time

import pyatspi

from lectern_e2e import click, find, find_app, quit_app, start, step, wait_for, xdo

LECTERN, TMP = sys.argv[1], sys.argv[2]
DB = os.path.join(TMP, 'library.db')
EXPORT = os.path.join(TMP, 'notes.md')
QUOTE = 'Sam Altman a joué un rôle crucial'
NOTE = 'Une note importante'

ENV = dict(os.environ,
           GSETTINGS_BACKEND='keyfile',
           XDG_CONFIG_HOME=os.path.join(TMP, 'config'),
           XDG_DATA_HOME=os.path.join(TMP, 'data'),
           LECTERN_EXPORT_PATH=EXPORT,
           LECTERN_TIMING='1',
           LC_ALL='C.UTF-8', LANGUAGE='C')
SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data', 'fr-seed.txt')
LOG = open(os.path.join(TMP, 'lectern.log'), 'a')


def start_lectern():
    return start(LECTERN, DB, ENV, LOG, QUOTE)


def show_notes_page(frame):
    tab = wait_for(lambda: find(frame, 'page tab', 'Notes'), what='the Notes page tab')
    click(tab)
    return wait_for(lambda: find(frame, 'list', 'Notes'), what='the Notes list')


# First session: highlight and annotate.
step('start on a fresh library')
proc, frame, text = start_lectern()
ti = text.queryText()
# Offsets from the story's file: GTK 4.8 leaves hidden text (the dropped
# "Lire Aussi") out of Text.getText, while the caret and the selection count
# every character of the buffer, as the story's offsets do.
with open(SEED, encoding='utf-8') as f:
    story_text = f.read()
start_offset = story_text.index(QUOTE)

step('select a passage with the keyboard and press H')
click(text)
wait_for(lambda: text.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the text')
xdo('key', 'F7')                       # caret browsing: the keyboard selects
time.sleep(0.2)
ti.setCaretOffset(start_offset)
wait_for(lambda: ti.caretOffset == start_offset, what='the caret')
target_end = start_offset + len(QUOTE)
def selection_end():
    return ti.getSelection(0)[1] if ti.getNSelections() == 1 else start_offset


for _ in range(20):                    # word by word, as a person would
    before = selection_end()
    xdo('key', 'shift+ctrl+Right')
    wait_for(lambda: selection_end() != before, timeout=3, what='the selection to grow')
    if selection_end() >= target_end:
        break
sel = ti.getSelection(0)
assert sel == (start_offset, start_offset + len(QUOTE)), 'selected %r: %r' % (sel, story_text[sel[0]:sel[1]])
xdo('key', 'h')

step('H opens the new highlight with its note field focused: one step to a note')
note_view = wait_for(lambda: find(find_app(), 'text', 'Note'), what='the note editor')
wait_for(lambda: note_view.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the note')
xdo('type', '--delay', '80', NOTE)
xdo('key', 'Escape')
step('Esc puts the focus back in the text')
wait_for(lambda: text.getState().contains(pyatspi.STATE_FOCUSED), what='focus back in the text')

step('Ctrl+V over the story says why nothing is pasted into it')
xdo('key', 'ctrl+v')
wait_for(lambda: find(frame, 'label', 'A story’s text cannot be changed'), what='the paste notice')

step('the highlight and its note are listed in the Notes panel')
notes = show_notes_page(frame)
wait_for(lambda: find(notes, 'label', prefix=QUOTE), what='the highlight row')
wait_for(lambda: find(notes, 'label', NOTE), what='the note in the Notes panel')

step('quit with the Close button')
quit_app(proc, frame)

con = sqlite3.connect(DB)
rows = con.execute('SELECT quote, note, start_pos, end_pos, color FROM highlights').fetchall()
con.close()
assert len(rows) == 1, rows
quote, note, start_pos, end_pos, color = rows[0]
assert quote.strip() == QUOTE and note == NOTE and start_pos == start_offset and color == 'yellow', rows

# Second session: it is still there; export it.
step('start again: the highlight is restored')
proc, frame, text = start_lectern()
notes = show_notes_page(frame)
wait_for(lambda: find(notes, 'label', prefix=QUOTE), what='the restored highlight')
wait_for(lambda: find(notes, 'label', NOTE), what='the restored note')

step('export Markdown with Ctrl+E')
click(text)
xdo('key', 'ctrl+e')
wait_for(lambda: os.path.exists(EXPORT), what='the exported file')
with open(EXPORT, encoding='utf-8') as f:
    markdown = f.read()
assert markdown.startswith('---\n'), markdown[:200]
assert QUOTE in markdown and NOTE in markdown, markdown

# Third: a highlight survives the app being killed right after it shows.
step('highlight again, then kill -9 as soon as it is listed')
SECOND = 'Satya Nadella'
second_offset = story_text.index(SECOND)
ti = text.queryText()
click(text)
wait_for(lambda: text.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the text')
xdo('key', 'F7')
time.sleep(0.2)
ti.setCaretOffset(second_offset)
wait_for(lambda: ti.caretOffset == second_offset, what='the caret')
for _ in range(2):
    before = ti.getSelection(0)[1] if ti.getNSelections() == 1 else second_offset
    xdo('key', 'shift+ctrl+Right')
    wait_for(lambda: (ti.getSelection(0)[1] if ti.getNSelections() == 1 else second_offset) != before,
             timeout=3, what='the selection to grow')
xdo('key', '2')                        # the second category (green) for this one
xdo('key', 'h')
wait_for(lambda: find(notes, 'label', prefix=SECOND), what='the second highlight row')
proc.kill()
proc.wait(timeout=10)

con = sqlite3.connect(DB)
rows = con.execute('SELECT quote, color FROM highlights ORDER BY start_pos').fetchall()
con.close()
assert len(rows) == 2 and any(q.startswith(SECOND) and c == 'green' for q, c in rows), rows
step('done')
