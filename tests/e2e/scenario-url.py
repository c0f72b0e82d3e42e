#!/usr/bin/python3
# A person opens a news page by its address, through the accessibility tree
# and real input: a real HTTP server on the loopback serves a page with a
# byline and a canonical URL; Open Link… (Ctrl+Shift+L) takes the address
# as typed; the story shows; a quote is selected with the keyboard and
# highlighted with H; Ctrl+E opens the export dialog, Markdown is picked
# and Enter saves through the file chooser;
# the file's front matter carries the page's address (`source`) and its
# byline (`author`), and the highlight is in the file and in SQLite.
#
#   scenario-url.py LECTERN TMPDIR

import http.server
import os
import sqlite3
import subprocess
import sys
import threading
import time

import pyatspi

from lectern_e2e import click, find, find_app, quit_app, step, wait_for, xdo

LECTERN, TMP = sys.argv[1], sys.argv[2]
DB = os.path.join(TMP, 'library.db')
EXPORT = os.path.join(TMP, 'pier-notes.md')
QUOTE = 'We learnt it from the newspaper'
BYLINE = 'Ann Reed'

PAGE = '''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour board closes the old pier | Coast News</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Coast News">
<meta name="author" content="{byline}"></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour board closes the old pier</h1>
<p class="byline">By {byline}</p>
<p>The harbour board met on Tuesday evening and, after three hours of debate, voted
by seven votes to two to close the old pier to ships for the whole winter season.</p>
<p>Fishermen who moor there said nobody had asked them, and that the nearest other
berth is an hour away by sea in calm weather, which they called far too far.</p>
<blockquote><p>{quote} like everybody else, said a skipper.</p></blockquote>
<p>The board will meet again in March to decide whether the pier can reopen in spring.</p>
</article><footer>Copyright Coast News</footer></body></html>'''


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path != '/news/pier.html':
            self.send_error(404)
            return
        body = PAGE.format(url=URL, byline=BYLINE, quote=QUOTE).encode('utf-8')
        self.send_response(200)
        self.send_header('Content-Type', 'text/html; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
URL = 'http://127.0.0.1:%d/news/pier.html' % server.server_address[1]
threading.Thread(target=server.serve_forever, daemon=True).start()

ENV = dict(os.environ,
           GSETTINGS_BACKEND='keyfile',
           XDG_CONFIG_HOME=os.path.join(TMP, 'config'),
           XDG_DATA_HOME=os.path.join(TMP, 'data'),
           LECTERN_TIMING='1',
           no_proxy='*', NO_PROXY='*',
           LC_ALL='C.UTF-8', LANGUAGE='C')
ENV.pop('LECTERN_EXPORT_PATH', None)   # the export goes through the dialog
LOG = open(os.path.join(TMP, 'lectern.log'), 'a')

def windows(pid):
    """The app's visible X windows: without a window manager under Xvfb,
    the focus goes back to the main window only when asked."""
    return subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(pid)],
                          capture_output=True, text=True, timeout=20).stdout.split()


step('start on a fresh library')
proc = subprocess.Popen([LECTERN, '--db', DB], env=ENV, stdout=LOG, stderr=LOG)
app = wait_for(find_app, what='Lectern on the accessibility bus')
frame = wait_for(lambda: find(app, 'frame'), what='the window')
text = wait_for(lambda: find(frame, 'text', 'Story text'), what='the sample story')
window = wait_for(lambda: windows(proc.pid)[0], what='the X window')
xdo('windowfocus', '--sync', window)

step('Open Link… takes the address as a person types it')
click(text)
xdo('key', 'ctrl+shift+l')
entry = wait_for(lambda: find(find_app(), 'text', 'Address of the web page'), what='the address field')
wait_for(lambda: find(find_app(), 'text', 'Address of the web page').getState().contains(pyatspi.STATE_FOCUSED),
         what='focus in the address field')
xdo('type', '--delay', '20', URL)
time.sleep(0.3)
xdo('key', 'Return')

step('the story of the page shows, without its navigation')
wait_for(lambda: QUOTE in find(frame, 'text', 'Story text').queryText().getText(0, -1),
         timeout=30, what='the page’s story')
wait_for(lambda: windows(proc.pid) == [window], what='the dialog to close')
xdo('windowfocus', '--sync', window)
text = find(frame, 'text', 'Story text')
ti = text.queryText()
shown = ti.getText(0, -1)
assert 'Sport' not in shown and 'Copyright' not in shown, shown

step('select the quote with the keyboard and press H')
start_offset = shown.index(QUOTE)
click(text)
wait_for(lambda: text.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the text')
xdo('key', 'F7')                       # caret browsing: the keyboard selects
time.sleep(0.2)
ti.setCaretOffset(start_offset)
wait_for(lambda: ti.caretOffset == start_offset, what='the caret')
target_end = start_offset + len(QUOTE)


def selection_end():
    return ti.getSelection(0)[1] if ti.getNSelections() == 1 else start_offset


for _ in range(20):
    before = selection_end()
    xdo('key', 'shift+ctrl+Right')
    wait_for(lambda: selection_end() != before, timeout=3, what='the selection to grow')
    if selection_end() >= target_end:
        break
sel = ti.getSelection(0)
assert sel == (start_offset, target_end), 'selected %r: %r' % (sel, shown[sel[0]:sel[1]])
xdo('key', 'h')
note_view = wait_for(lambda: find(find_app(), 'text', 'Note'), what='the new highlight’s note')
wait_for(lambda: note_view.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the note')
xdo('key', 'Escape')
wait_for(lambda: text.getState().contains(pyatspi.STATE_FOCUSED), what='focus back in the text')

step('Ctrl+E: the export dialog; Esc closes it')
xdo('key', 'ctrl+e')
export = wait_for(lambda: [w for w in windows(proc.pid) if w != window], timeout=20,
                  what='the export dialog')[0]
xdo('windowfocus', '--sync', export)
xdo('key', 'Escape')
wait_for(lambda: windows(proc.pid) == [window], what='Esc to close the export dialog')
xdo('windowfocus', '--sync', window)

step('Ctrl+E again: Markdown, Enter, a file name typed')
xdo('key', 'ctrl+e')
export = wait_for(lambda: [w for w in windows(proc.pid) if w != window], timeout=20,
                  what='the export dialog')[0]
xdo('windowfocus', '--sync', export)
# A GtkWindow is a 'filler' on GTK 4.8's accessibility bus.
dialog = wait_for(lambda: find(find_app(), 'filler', 'Export Notes'), timeout=20,
                  what='the export dialog')
# What is exported, with its count; the formats by name.
wait_for(lambda: find(dialog, 'label', contains='1 highlight'), what='the count of highlights')
markdown = wait_for(lambda: find(dialog, 'check box', 'Markdown'), what='the Markdown choice')
html = find(dialog, 'check box', 'HTML')
assert html is not None and find(dialog, 'push button', 'Copy to Clipboard') is not None
# Mnemonics work: Alt+H picks HTML, then a click goes back to Markdown.
xdo('key', 'alt+h')
wait_for(lambda: html.getState().contains(pyatspi.STATE_CHECKED), what='HTML chosen by Alt+H')
click(markdown)
wait_for(lambda: markdown.getState().contains(pyatspi.STATE_CHECKED), what='Markdown chosen')
assert not html.getState().contains(pyatspi.STATE_CHECKED)
# Enter is Save As…: the file chooser (its proposed name is test-export-dialog's;
# GTK 4.8 gives no text of an entry to AT-SPI).
xdo('key', 'Return')
chooser = wait_for(lambda: [w for w in windows(proc.pid) if w not in (window, export)], timeout=20,
                   what='the file chooser')[0]
xdo('windowfocus', '--sync', chooser)
# GTK 4.8's file chooser dialog is a 'filler' on the accessibility bus.
saveas = wait_for(lambda: find(find_app(), 'filler', 'Save Notes As'), timeout=20,
                  what='the file chooser')
name = wait_for(lambda: find(saveas, 'text', 'Name:'), what='the file name field')
wait_for(lambda: name.getState().contains(pyatspi.STATE_FOCUSED), what='focus in the file name')

# The suggested name is replaced by a full path, which the chooser takes.
xdo('key', 'ctrl+a')
xdo('type', '--delay', '20', EXPORT)
time.sleep(0.3)
xdo('key', 'Return')
wait_for(lambda: os.path.exists(EXPORT), timeout=20, what='the exported file')

step('the front matter carries the address and the byline; the quote is in the file')
with open(EXPORT, encoding='utf-8') as f:
    markdown = f.read()
assert markdown.startswith('---\n'), markdown[:300]
front = markdown.split('\n---\n', 1)[0]
assert '\nsource: "%s"' % URL in front or '\nsource: %s' % URL in front, front
assert '\nauthor: "%s"' % BYLINE in front or '\nauthor: %s' % BYLINE in front, front
assert '> ' + QUOTE in markdown, markdown

step('quit with the Close button; the highlight is in SQLite on the story of that address')
quit_app(proc, frame)
server.shutdown()
con = sqlite3.connect(DB)
rows = con.execute('SELECT h.quote, h.start_pos, h.end_pos, s.source, s.author, s.text '
                   'FROM highlights h JOIN stories s ON s.id = h.story_id').fetchall()
con.close()
assert len(rows) == 1, rows
quote, start_pos, end_pos, source, author, story_text = rows[0]
assert quote.strip() == QUOTE and source == URL and author == BYLINE, rows[0][:5]
assert story_text[start_pos:end_pos] == QUOTE, (story_text[start_pos:end_pos], QUOTE)
step('done')
