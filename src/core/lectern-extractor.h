/* lectern-extractor.h: finds the people and organizations of a story
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-entity.h"

G_BEGIN_DECLS

#define LECTERN_EXTRACTOR_ERROR (lectern_extractor_error_quark ())

typedef enum
{
  LECTERN_EXTRACTOR_ERROR_MODEL,     /* missing, truncated or wrong model file */
  LECTERN_EXTRACTOR_ERROR_INPUT,     /* text that is not valid UTF-8 */
} LecternExtractorError;

/* Called from the extracting thread with a fraction in [0, 1]. */
typedef void (*LecternProgressFunc) (double   fraction,
                                     gpointer user_data);

typedef struct _LecternExtractor LecternExtractor;

GQuark            lectern_extractor_error_quark (void);

/* Loads the extractor's model and name tables. `model_path` NULL means the
 * installed default (or $LECTERN_MODEL). Safe to share between threads once
 * loaded. */
LecternExtractor *lectern_extractor_new         (const char           *model_path,
                                                 GError              **error) G_GNUC_WARN_UNUSED_RESULT;
/* The process-wide default extractor, loaded on first use (thread-safe). */
LecternExtractor *lectern_extractor_get_default (GError              **error);
void              lectern_extractor_free        (LecternExtractor     *self);
/* A string that changes whenever results may change (model, rules), used to
 * invalidate cached results. */
const char       *lectern_extractor_get_version (LecternExtractor     *self);

/* g_utf8_validate (text, length, NULL), faster on ASCII: what extraction
 * requires of a text. */
gboolean          lectern_extractor_validate_text (const char *text,
                                                   gsize       length);

/* (transfer full) (element-type LecternEntity): the entities of `text`,
 * sorted by number of mentions, then by first mention. Mentions are
 * code-point offsets into `text`. Returns NULL with G_IO_ERROR_CANCELLED if
 * cancelled. */
GPtrArray        *lectern_extractor_extract     (LecternExtractor     *self,
                                                 const char           *text,
                                                 GCancellable         *cancellable,
                                                 LecternProgressFunc   progress,
                                                 gpointer              progress_data,
                                                 GError              **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternExtractor, lectern_extractor_free)

G_END_DECLS
