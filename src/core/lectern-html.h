/* lectern-html.h: reader mode for web pages
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lectern-article.h"

G_BEGIN_DECLS

/* Reads a web page. `charset` is the one an HTTP header announced, or NULL;
 * a byte order mark wins over it, and bytes that are valid UTF-8 are read as
 * UTF-8 whatever the page claims. Never fails: a page with no text gives an
 * empty `text`. */
LecternArticle *lectern_html_read    (const char     *data,
                                      gsize           len,
                                      const char     *charset) G_GNUC_WARN_UNUSED_RESULT;
/* The whole text of a page with its structure, no reader mode: a chapter
 * of an e-book. */
LecternArticle *lectern_html_read_whole (const char  *data,
                                         gsize        len,
                                         const char  *charset) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
