/* lectern-article.h: what reader mode keeps of a page
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lectern-types.h"

G_BEGIN_DECLS

/* What the reader mode keeps of a page. Every string is UTF-8, "" when
 * the page does not say. */
typedef struct
{
  char     *title;
  char     *byline;
  char     *site_name;
  char     *published;   /* as the page gives it, usually ISO 8601 */
  char     *lang;
  char     *url;         /* canonical URL */
  char     *encoding;    /* the character set the page was read in */
  char     *text;        /* the article, one block per line, blank lines between */
  GArray   *blocks;      /* (element-type LecternBlock): code points into text */
  gboolean  found;       /* FALSE: no article, text is the whole page's text */
} LecternArticle;

/* Whether bytes look like HTML (a doctype, <html>, <head>, <body> or a few
 * common tags near the start). */
gboolean        lectern_html_sniff   (const char     *data,
                                      gsize           len);
void            lectern_article_free (LecternArticle *article);
/* The article's running text: its blocks without photo captions. */
char           *lectern_article_get_body (const LecternArticle *article) G_GNUC_WARN_UNUSED_RESULT;

/* Appends a block to text and blocks: the shared way HTML, Markdown and
 * EPUB readers lay out a story. */
void            lectern_article_append_block (GString          *text,
                                              GArray           *blocks,
                                              gint64           *n_chars,
                                              LecternBlockKind  kind,
                                              const char       *block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternArticle, lectern_article_free)

G_END_DECLS
