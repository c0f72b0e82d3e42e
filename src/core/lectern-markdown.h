/* lectern-markdown.h: notes are CommonMark, read with libcmark
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether a link or image destination would run code or read local files
 * where it is shown: javascript:, vbscript:, file: and data: (but for
 * data:image/png, gif, jpeg and webp), ignoring case, leading blanks and
 * the tabs and newlines browsers strip. */
gboolean  lectern_markdown_url_is_unsafe     (const char *url);
/* Whether CommonMark reads a link or image with an unsafe destination in
 * `markdown`, however it is spelt (entities, references, autolinks). */
gboolean  lectern_markdown_has_unsafe_links  (const char *markdown);
/* (transfer full): `markdown` as an HTML fragment, with raw HTML left out
 * and unsafe destinations emptied (libcmark's safe mode). */
char     *lectern_markdown_to_html           (const char *markdown) G_GNUC_WARN_UNUSED_RESULT;
/* (transfer full): `markdown` kept as written, but safe to put between
 * other blocks of a Markdown file: raw HTML defused, unsafe links made
 * plain text, a trailing " ^word" (an Obsidian block id) escaped, and a
 * code fence left open closed, so nothing after it is swallowed. */
char     *lectern_markdown_make_safe         (const char *markdown) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
