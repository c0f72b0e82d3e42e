/* lectern-markdown-story.h: Markdown files as structured stories
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lectern-story.h"

G_BEGIN_DECLS

/* An unsaved story from CommonMark text (UTF-8): headings, paragraphs,
 * quotes, list items and code as blocks, without markup. A YAML front
 * matter gives title, author, url, date, site and lang. */
LecternStory *lectern_markdown_read  (const char *text,
                                      const char *source,
                                      const char *fallback_title) G_GNUC_WARN_UNUSED_RESULT;
/* Whether text that came without a telling name reads as Markdown. */
gboolean      lectern_markdown_sniff (const char *text);

G_END_DECLS
