/* lectern-source.h: one import path for every kind of source
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-store.h"
#include "lectern-story.h"

G_BEGIN_DECLS

#define LECTERN_SOURCE_ERROR (lectern_source_error_quark ())

typedef enum
{
  LECTERN_SOURCE_ERROR_UNSUPPORTED,  /* PDF and other formats Lectern does not read yet */
  LECTERN_SOURCE_ERROR_INVALID,      /* a broken or hostile e-book */
  LECTERN_SOURCE_ERROR_DRM,          /* an e-book locked by DRM */
  LECTERN_SOURCE_ERROR_NETWORK,      /* no answer, refused, unknown host, timeout */
  LECTERN_SOURCE_ERROR_HTTP,         /* the server answered with an error */
  LECTERN_SOURCE_ERROR_TOO_BIG,
} LecternSourceError;

typedef enum
{
  LECTERN_SOURCE_TEXT,
  LECTERN_SOURCE_HTML,
  LECTERN_SOURCE_MARKDOWN,
  LECTERN_SOURCE_EPUB,
  LECTERN_SOURCE_PDF,
} LecternSourceKind;

/* What reading a source found besides the story. */
typedef struct
{
  LecternSourceKind kind;
  gboolean          no_article;  /* a web page without an article: the story is its whole text */
} LecternSourceInfo;

/* The first part of a long source (an EPUB's first chapters), read before
 * the rest: its text is the start of the whole story's, with the same
 * blocks, so it can be shown meanwhile. Unsaved; transfer none. */
typedef void (*LecternSourcePreviewFunc) (LecternStory *preview,
                                          gpointer      user_data);

GQuark             lectern_source_error_quark (void);

/* The kind of a source from its first bytes, with its name (a file name or
 * URL, nullable) and the Content-Type a server sent (nullable) as hints: a
 * name alone never decides. */
LecternSourceKind  lectern_source_detect      (const char          *data,
                                               gsize                len,
                                               const char          *name,
                                               const char          *content_type);
/* Whether `location` is an http or https URL. */
gboolean           lectern_source_is_url      (const char          *location);

/* An unsaved story from bytes of any supported kind. `source` is stored
 * with the story; `display_name` names it in messages. */
LecternStory      *lectern_source_read_bytes  (GBytes              *bytes,
                                               const char          *source,
                                               const char          *display_name,
                                               const char          *content_type,
                                               const char          *charset,
                                               LecternSourceInfo   *out_info,
                                               GError             **error) G_GNUC_WARN_UNUSED_RESULT;
/* An unsaved story from a file path, a file: URI or an http(s) URL.
 * Blocks: run it in a thread. `progress` (nullable) gets bytes received
 * and expected (0 when unknown) while a URL downloads. */
LecternStory      *lectern_source_read        (const char          *location,
                                               GCancellable        *cancellable,
                                               GFileProgressCallback progress,
                                               gpointer             progress_data,
                                               LecternSourceInfo   *out_info,
                                               GError             **error) G_GNUC_WARN_UNUSED_RESULT;

/* lectern_source_read() on a worker thread; `progress` is called on the
 * caller's main context. Finish gives the story (transfer full) and, in
 * `out_info` (nullable), what reading found. */
void               lectern_source_read_async  (const char          *location,
                                               GCancellable        *cancellable,
                                               GFileProgressCallback progress,
                                               gpointer             progress_data,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* lectern_source_read_async() that also calls `preview` (nullable) on the
 * caller's main context with the first part of a long source, before the
 * whole story is finished; the preview may come after a cancellation. */
void               lectern_source_read_with_preview_async (const char               *location,
                                                           GCancellable             *cancellable,
                                                           GFileProgressCallback     progress,
                                                           gpointer                  progress_data,
                                                           LecternSourcePreviewFunc  preview,
                                                           gpointer                  preview_data,
                                                           GAsyncReadyCallback       callback,
                                                           gpointer                  user_data);
LecternStory      *lectern_source_read_finish (GAsyncResult        *result,
                                               LecternSourceInfo   *out_info,
                                               GError             **error) G_GNUC_WARN_UNUSED_RESULT;

/* Puts a story read by lectern_source_read() into the library, the one way
 * the app and lectern-cli do it: the same text again is the story already
 * there (`*out_existing` TRUE); a changed version of a stored source (same
 * path or URL) replaces that story's text and re-anchors its highlights
 * (`counts`, nullable); anything else is a new story. Returns the story's
 * id, or 0 with `error` set and the library unchanged. */
gint64             lectern_source_store_sync  (LecternStore           *store,
                                               LecternStory           *story,
                                               gboolean               *out_existing,
                                               LecternReanchorCounts  *counts,
                                               GError                **error);

G_END_DECLS
