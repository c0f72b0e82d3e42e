/* lectern-fetch.h: downloading a web page
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Defaults of lectern_fetch_url(). */
#define LECTERN_FETCH_TIMEOUT_SECONDS 30
#define LECTERN_FETCH_MAX_BYTES (G_GINT64_CONSTANT (32) * 1024 * 1024)

/* Downloads `url` with libsoup, following redirects. Blocks: call it from a
 * thread. Every failure is one sentence in a LECTERN_SOURCE_ERROR (or
 * G_IO_ERROR_CANCELLED). `progress` (nullable) gets the bytes received and
 * the size announced (0 when unknown). Out values (nullable): the response's
 * media type ("text/html"), its charset parameter, and the URL after
 * redirects. */
GBytes *lectern_fetch_url      (const char             *url,
                                GCancellable           *cancellable,
                                GFileProgressCallback   progress,
                                gpointer                progress_data,
                                char                  **out_content_type,
                                char                  **out_charset,
                                char                  **out_final_url,
                                GError                **error) G_GNUC_WARN_UNUSED_RESULT;
/* The same with a timeout (for the whole download) and a size limit. */
GBytes *lectern_fetch_url_full (const char             *url,
                                guint                   timeout_seconds,
                                gint64                  max_bytes,
                                GCancellable           *cancellable,
                                GFileProgressCallback   progress,
                                gpointer                progress_data,
                                char                  **out_content_type,
                                char                  **out_charset,
                                char                  **out_final_url,
                                GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
