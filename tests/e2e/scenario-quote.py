#!/usr/bin/python3
# Issue 10 as a person does it: start Lectern on a fresh library (the
# sample story), open the Quotes page, click Satya Nadella's quotation
# (the text selects it), press H (one step to a highlight in the Quote
# category with its speaker), export Markdown with Ctrl+E and find the
# quotation and its speaker in the file on disk and in SQLite.
#
#   scenario-quote.py LECTERN TMPDIR

import os
import sqlite3
import sys

from lectern_e2e import click, find, quit_app, start, step, wait_for, xdo

LECTERN, TMP = sys.argv[1], sys.argv[2]
DB = os.path.join(TMP, 'library.db')
EXPORT = os.path.join(TMP, 'notes.md')
QUOTE = 'Pourtant, il va rejoindre Microsoft'
SPEAKER = 'Satya Nadella'

ENV = dict(os.environ,
           GSETTINGS_BACKEND='keyfile',
           XDG_CONFIG_HOME=os.path.join(TMP, 'config'),
           XDG_DATA_HOME=os.path.join(TMP, 'data'),
           LECTERN_EXPORT_PATH=EXPORT,
           LC_ALL='C.UTF-8', LANGUAGE='C')
SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data', 'fr-seed.txt')
LOG = open(os.path.join(TMP, 'lectern.log'), 'a')

with open(SEED, encoding='utf-8') as f:
    story_text = f.read()
quote_start = story_text.index(QUOTE)

step('start on a fresh library')
proc, frame, text = start(LECTERN, DB, ENV, LOG, QUOTE)
ti = text.queryText()

step('open the Quotes page: quotations grouped by speaker')
tab = wait_for(lambda: find(frame, 'page tab', 'Quotes'), what='the Quotes page tab')
click(tab)
quotes = wait_for(lambda: find(frame, 'list', 'Quotations'), what='the Quotations list')
wait_for(lambda: find(quotes, 'label', SPEAKER), what='the speaker heading')
row = wait_for(lambda: find(quotes, 'label', prefix=QUOTE), what='the quotation row')

step('click the quotation: the text selects it')
click(row)


def selection():
    return ti.getSelection(0) if ti.getNSelections() == 1 else None


sel = wait_for(lambda: selection() if selection() and selection()[0] == quote_start else None,
               what='the quotation selected in the text')
assert story_text[sel[0]:sel[1]].startswith(QUOTE), story_text[sel[0]:sel[1]]

step('press H on the row: a highlight with its speaker, in one step')
xdo('key', 'h')
wait_for(lambda: find(frame, 'label', 'Highlighted'), what='the “Highlighted” toast')

step('export Markdown with Ctrl+E')
click(text)
xdo('key', 'ctrl+e')
wait_for(lambda: os.path.exists(EXPORT) and os.path.getsize(EXPORT) > 0, what='the exported file')
with open(EXPORT, encoding='utf-8') as f:
    markdown = f.read()
quoted = story_text[sel[0]:sel[1]]
assert '> ' + quoted in markdown, markdown
assert '— ' + SPEAKER + ' · *Quote* (yellow)' in markdown, markdown

step('quit with the Close button')
quit_app(proc, frame)

con = sqlite3.connect(DB)
rows = con.execute('SELECT start_pos, end_pos, color, speaker FROM highlights').fetchall()
con.close()
assert rows == [(sel[0], sel[1], 'yellow', SPEAKER)], rows
step('done')
