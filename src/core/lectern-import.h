/* lectern-import.h: turning bytes from a file or the clipboard into a story
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-story.h"

G_BEGIN_DECLS

#define LECTERN_IMPORT_ERROR (lectern_import_error_quark ())

typedef enum
{
  LECTERN_IMPORT_ERROR_NOT_FOUND,
  LECTERN_IMPORT_ERROR_EMPTY,
  LECTERN_IMPORT_ERROR_BINARY,        /* NUL bytes, images, archives … */
  LECTERN_IMPORT_ERROR_ENCODING,      /* not text in any supported encoding */
  LECTERN_IMPORT_ERROR_TOO_BIG,
  LECTERN_IMPORT_ERROR_READ,
  LECTERN_IMPORT_ERROR_INVALID,       /* a notes file that is not what it should be */
} LecternImportError;

/* Largest file Lectern opens; bigger ones get LECTERN_IMPORT_ERROR_TOO_BIG. */
#define LECTERN_IMPORT_MAX_BYTES (G_GINT64_CONSTANT (256) * 1024 * 1024)

GQuark        lectern_import_error_quark (void);

/* Decodes bytes (UTF-8 with or without BOM; else Windows-1252/Latin-1),
 * rejects empty and binary data with a message for people, and builds an
 * unsaved story whose title is the first non-empty line (or `fallback_title`).
 * The story's `encoding` field names the encoding that was detected. */
LecternStory *lectern_import_bytes       (GBytes        *bytes,
                                          const char    *source,
                                          const char    *fallback_title,
                                          GError       **error) G_GNUC_WARN_UNUSED_RESULT;
LecternStory *lectern_import_file        (GFile         *file,
                                          GCancellable  *cancellable,
                                          GError       **error) G_GNUC_WARN_UNUSED_RESULT;
/* Reads a whole regular file of at most `max_bytes` (for every file a user
 * hands us: stories, notes): pipes, devices and sockets are refused
 * without blocking, sizes are checked before and while reading.
 * LECTERN_IMPORT_ERROR_NOT_FOUND, _READ or _TOO_BIG otherwise. The data
 * is followed by a NUL byte that the size does not count. */
GBytes       *lectern_import_read_file   (GFile         *file,
                                          gint64         max_bytes,
                                          GCancellable  *cancellable,
                                          GError       **error) G_GNUC_WARN_UNUSED_RESULT;
/* Stats `file` (missing, folder, too big: a sentence for each), then reads
 * it with lectern_import_read_file(); `out_display_name` (optional) gets
 * the name to show in later messages. */
GBytes       *lectern_import_load_file   (GFile         *file,
                                          char         **out_display_name,
                                          GCancellable  *cancellable,
                                          GError       **error) G_GNUC_WARN_UNUSED_RESULT;
/* Text pasted from the clipboard (already UTF-8 from GDK). */
LecternStory *lectern_import_text        (const char    *text,
                                          GError       **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
