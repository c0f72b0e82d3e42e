/* lectern-notes.h: reading highlights and notes back from a JSON export
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint stories_added;     /* stories the file carried and the library lacked */
  guint highlights_added;
  guint duplicates;        /* highlights already in the library (same UUID) */
  guint orphaned;          /* added, but their passage was not found */
  guint skipped;           /* annotations of a document nobody has */
} LecternNotesImportCounts;

/* Imports a W3C Web Annotation collection as lectern_export_items() writes
 * it (or a page, an array or a single annotation whose target is a story
 * already in the library, by URL, file or story URN). Stories are matched
 * by their UUID (by their exact text in files older than format 2) and
 * created when missing; highlights by UUID, so importing
 * twice adds nothing. Each highlight is placed with its position selector,
 * checked against its quote selector (re-anchored if the text differs).
 * Errors: LECTERN_IMPORT_ERROR_INVALID for files that are not such JSON,
 * LECTERN_STORE_ERROR for the library. */
gboolean lectern_notes_import_json (LecternStore              *store,
                                    const char                *json,
                                    gssize                     length,
                                    LecternNotesImportCounts  *counts,
                                    GError                   **error);

/* As lectern_notes_import_json(), and appends to `reasons` (nullable,
 * element-type utf8, owning) one translated sentence for each distinct
 * reason an annotation was skipped. */
gboolean lectern_notes_import_json_full (LecternStore              *store,
                                         const char                *json,
                                         gssize                     length,
                                         LecternNotesImportCounts  *counts,
                                         GPtrArray                 *reasons,
                                         GError                   **error);

/* Reads a notes file with the bounds of every file a user hands us
 * (lectern_import_read_file(): a regular file of at most
 * LECTERN_IMPORT_MAX_BYTES, no FIFO or device, read in bounded steps) and
 * imports it: "Import notes…" in the app; `import-notes` reads the same way. */
gboolean lectern_notes_import_file (LecternStore              *store,
                                    GFile                     *file,
                                    LecternNotesImportCounts  *counts,
                                    GPtrArray                 *reasons,
                                    GCancellable              *cancellable,
                                    GError                   **error);

G_END_DECLS
