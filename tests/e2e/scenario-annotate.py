#!/usr/bin/python3
# Issue 4 as a person would do it, through the accessibility tree and real
# input: start Lectern on a fresh library, select a passage with the
# keyboard, pick the "Key point" category with 2, press H, open the
# highlight's popover, type a tag, close the popover, export CSV, check the
# file with the csv module and the rows in SQLite, then quit with Close.
#
#   scenario-annotate.py LECTERN TMPDIR

import csv
import os
import sqlite3
import sys

import pyatspi

from lectern_e2e import click, find, find_app, quit_app, start, step, wait_for, xdo

LECTERN, TMP = sys.argv[1], sys.argv[2]
DB = os.path.join(TMP, 'library.db')
EXPORT = os.path.join(TMP, 'notes.csv')
QUOTE = 'Sam Altman a joué un rôle crucial'
TAG = 'openai'

ENV = dict(os.environ,
           GSETTINGS_BACKEND='keyfile',
           XDG_CONFIG_HOME=os.path.join(TMP, 'config'),
           XDG_DATA_HOME=os.path.join(TMP, 'data'),
           LECTERN_EXPORT_PATH=EXPORT,
           LC_ALL='C.UTF-8', LANGUAGE='C')
SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data', 'fr-seed.txt')
LOG = open(os.path.join(TMP, 'lectern.log'), 'a')


def db_rows(sql):
    # The app may be writing: a short-lived read connection, retried on
    # "database is locked" by wait_for's caller.
    con = sqlite3.connect(DB, timeout=5)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


step('start on a fresh library')
proc, frame, text = start(LECTERN, DB, ENV, LOG, QUOTE)
ti = text.queryText()
# The story's offsets count every character of the file, as the caret does
# (GTK 4.8 leaves hidden text out of Text.getText).
with open(SEED, encoding='utf-8') as f:
    story_text = f.read()
start_offset = story_text.index(QUOTE)
target_end = start_offset + len(QUOTE)

step('select a passage with the keyboard')
click(text)
wait_for(lambda: text.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the text')
xdo('key', 'F7')                       # caret browsing: the keyboard selects
ti.setCaretOffset(start_offset)
wait_for(lambda: ti.caretOffset == start_offset, what='the caret')


def selection_end():
    return ti.getSelection(0)[1] if ti.getNSelections() == 1 else start_offset


for _ in range(20):                    # word by word, as a person would
    before = selection_end()
    xdo('key', 'shift+ctrl+Right')
    wait_for(lambda: selection_end() != before, timeout=3, what='the selection to grow')
    if selection_end() >= target_end:
        break
sel = ti.getSelection(0)
assert sel == (start_offset, target_end), 'selected %r: %r' % (sel, story_text[sel[0]:sel[1]])

step('pick "Key point" with 2, highlight with H')
xdo('key', '2')
xdo('key', 'h')
rows = wait_for(lambda: db_rows('SELECT id, quote, color FROM highlights'), what='the highlight row')
assert len(rows) == 1 and rows[0][2] == 'green', rows
highlight_id = rows[0][0]
# H opened it with the note field focused; Esc goes back to the text.
note_view = wait_for(lambda: find(find_app(), 'text', 'Note'), what='the note editor')
wait_for(lambda: note_view.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the note')
xdo('key', 'Escape')
wait_for(lambda: not find(find_app(), 'text', 'Note') or
         not find(find_app(), 'text', 'Note').getState().contains(pyatspi.STATE_SHOWING),
         what='the popover to close')

step('open the highlight\'s popover from the Notes panel')
tab = wait_for(lambda: find(frame, 'page tab', 'Notes'), what='the Notes page tab')
click(tab)
notes = wait_for(lambda: find(frame, 'list', 'Notes'), what='the Notes list')
row_label = wait_for(lambda: find(notes, 'label', prefix=QUOTE), what='the highlight row')
click(row_label)
tags = wait_for(lambda: find(find_app(), 'text', 'Tags'), what='the tags entry')

step('type a tag, then close the popover')
# The popover opens with the focus in the note; Ctrl+Tab leaves the note for
# the tags entry, as Tab would insert a tab character.
note_view = wait_for(lambda: find(find_app(), 'text', 'Note'), what='the note editor')
wait_for(lambda: note_view.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the note')
xdo('key', 'ctrl+Tab')
wait_for(lambda: tags.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the tags entry')
xdo('type', '--delay', '80', TAG)
xdo('key', 'Return')                   # saves the tags
xdo('key', 'Escape')                   # closes the popover
wait_for(lambda: find(find_app(), 'text', 'Tags') is None, what='the popover to close')
wait_for(lambda: db_rows('SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id'
                         ' WHERE ht.highlight_id = %d' % highlight_id) == [(TAG,)],
         what='the tag in SQLite')

step('export CSV through the export action')
click(text)
wait_for(lambda: text.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the text')
xdo('key', 'ctrl+e')
wait_for(lambda: os.path.exists(EXPORT), what='the exported file')
# Files are written to a temporary name then renamed: once it exists, it is whole.
with open(EXPORT, encoding='utf-8', newline='') as f:
    table = list(csv.reader(f))
assert table[0] == ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'], table[0]
assert len(table) == 2, table
record = dict(zip(table[0], table[1]))
assert record['Highlight'].strip() == QUOTE, record
# Readwise reads ".word" in a note as a tag: the category and our tag go there.
words = record['Note'].split()
assert '.Key-point' in words and '.' + TAG in words, record
assert record['Location'] == str(start_offset), record
assert record['Title'], record

step('quit with the Close button')
quit_app(proc, frame)

rows = db_rows('SELECT quote, color, start_pos, end_pos, style FROM highlights')
assert len(rows) == 1, rows
quote, color, start_pos, end_pos, style = rows[0]
assert quote.strip() == QUOTE and color == 'green' and style == 'highlight', rows
assert start_pos == start_offset and end_pos == target_end, rows
assert db_rows('SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id') == [(TAG,)]
step('done')
