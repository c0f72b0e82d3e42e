/* lectern-formats.h: web pages, e-books, downloads and PDF, loaded on demand
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading HTML (libxml2), EPUB (libarchive), downloading (libsoup) and
 * drawing PDF (cairo, Pango) need some forty shared libraries, whose loading
 * took 13 ms of every start of lectern-cli, more than half of its start-up,
 * for commands that use none of them. Those readers and writers are built
 * into a module, lectern-formats.so, which the core opens the first time
 * one of them is needed. The functions below call into it; each one fails
 * with a message in words when the module is missing.
 */

#pragma once

#include <gio/gio.h>

#include "lectern-article.h"
#include "lectern-story.h"

G_BEGIN_DECLS

/* Bump when the table below changes: a module of another version is refused. */
#define LECTERN_FORMATS_ABI 1

typedef void (*LecternFormatsPreviewFunc) (LecternStory *preview,
                                           gpointer      user_data);

typedef struct
{
  guint32 abi;
  guint32 size;  /* sizeof (LecternFormats) */

  LecternArticle *(*html_read)              (const char  *data,
                                             gsize        len,
                                             const char  *charset);
  LecternStory   *(*epub_read_with_preview) (const char                *data,
                                             gsize                      len,
                                             const char                *source,
                                             const char                *display_name,
                                             LecternFormatsPreviewFunc  preview,
                                             gpointer                   preview_data,
                                             GError                   **error);
  GBytes         *(*fetch_url)              (const char             *url,
                                             GCancellable           *cancellable,
                                             GFileProgressCallback   progress,
                                             gpointer                progress_data,
                                             char                  **out_content_type,
                                             char                  **out_charset,
                                             char                  **out_final_url,
                                             GError                **error);
  GBytes         *(*export_pdf)             (GPtrArray   *items,
                                             GPtrArray   *categories,
                                             GError     **error);
  GBytes         *(*export_pdf_markdown)    (const char  *markdown,
                                             const char  *title,
                                             GError     **error);
  gboolean        (*graphemes_is_boundary)  (const char  *text,
                                             gint64       offset);
} LecternFormats;

/* The module's table, or NULL with an error saying that Lectern cannot read
 * web pages, e-books or write PDF because the module is missing. Opened
 * once; thread-safe. $LECTERN_FORMATS_MODULE names another module file. */
const LecternFormats *lectern_formats_get (GError **error);

/* The path of the module that lectern_formats_get() opens (transfer full). */
char                 *lectern_formats_module_path (void);

/* The functions of the module, see lectern-html.h, lectern-epub.h,
 * lectern-fetch.h, lectern-pdf.h and lectern-graphemes.h. Each one fails
 * like the original, or when the module cannot be opened. */
LecternArticle *lectern_formats_html_read      (const char     *data,
                                                gsize           len,
                                                const char     *charset,
                                                GError        **error) G_GNUC_WARN_UNUSED_RESULT;
LecternStory   *lectern_formats_epub_read      (const char                *data,
                                                gsize                      len,
                                                const char                *source,
                                                const char                *display_name,
                                                LecternFormatsPreviewFunc  preview,
                                                gpointer                   preview_data,
                                                GError                   **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes         *lectern_formats_fetch_url      (const char             *url,
                                                GCancellable           *cancellable,
                                                GFileProgressCallback   progress,
                                                gpointer                progress_data,
                                                char                  **out_content_type,
                                                char                  **out_charset,
                                                char                  **out_final_url,
                                                GError                **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes         *lectern_formats_export_pdf     (GPtrArray      *items,
                                                GPtrArray      *categories,
                                                GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes         *lectern_formats_export_pdf_markdown (const char  *markdown,
                                                     const char  *title,
                                                     GError     **error) G_GNUC_WARN_UNUSED_RESULT;
/* -1 when the module cannot be opened, else whether `offset` is a grapheme
 * boundary. */
int             lectern_formats_is_grapheme_boundary (const char  *text,
                                                      gint64       offset,
                                                      GError     **error);

G_END_DECLS
