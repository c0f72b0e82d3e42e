/* lectern-export.h: writing a story's notes to other formats
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lectern-entity.h"
#include "lectern-highlight.h"
#include "lectern-story.h"

G_BEGIN_DECLS

typedef enum
{
  LECTERN_EXPORT_MARKDOWN,
  LECTERN_EXPORT_HTML,
  LECTERN_EXPORT_JSON,    /* W3C Web Annotation collection, read back by import-notes */
  LECTERN_EXPORT_CSV,     /* Readwise columns */
  LECTERN_EXPORT_TEXT,
  LECTERN_EXPORT_ORG,
} LecternExportFormat;

typedef enum
{
  LECTERN_EXPORT_FLAGS_NONE = 0,
  /* CSV: keep cells starting with "=", "+", "-" or "@" as they are, for
   * tools that are not spreadsheets (by default they get a leading "'"). */
  LECTERN_EXPORT_NO_FORMULA_GUARD = 1 << 0,
} LecternExportFlags;

/* One story with what is exported about it. */
typedef struct
{
  LecternStory *story;
  GPtrArray    *highlights;  /* (element-type LecternHighlight) */
  GPtrArray    *entities;    /* (element-type LecternEntity) (nullable) */
  char         *note;        /* the story note, "" when none */
} LecternExportItem;

/* Takes references/copies of what it is given; NULLs become empty. */
LecternExportItem *lectern_export_item_new  (LecternStory      *story,
                                             GPtrArray         *highlights,
                                             GPtrArray         *entities,
                                             const char        *note) G_GNUC_WARN_UNUSED_RESULT;
void               lectern_export_item_free (LecternExportItem *self);

/* "markdown" (or "md"), "html", "json", "csv", "text" (or "txt"), "org". */
gboolean    lectern_export_format_from_string (const char          *name,
                                               LecternExportFormat *out_format);
const char *lectern_export_format_to_string   (LecternExportFormat  format);
/* ".md", ".html", ".json", ".csv", ".txt", ".org" */
const char *lectern_export_format_extension   (LecternExportFormat  format);
/* Whether one file can hold several stories (HTML, JSON, CSV, text, Org);
 * Markdown is one file per story, for notes vaults. */
gboolean    lectern_export_format_is_multi    (LecternExportFormat  format);

/* (transfer full): the items in `format`. `categories` (nullable,
 * element-type LecternCategory) gives category names, `now` (nullable) the
 * export date. Markdown of several items puts them one after another. */
char       *lectern_export_items              (LecternExportFormat  format,
                                               GPtrArray           *items,
                                               GPtrArray           *categories,
                                               GDateTime           *now) G_GNUC_WARN_UNUSED_RESULT;

char       *lectern_export_items_full         (LecternExportFormat  format,
                                               GPtrArray           *items,
                                               GPtrArray           *categories,
                                               GDateTime           *now,
                                               LecternExportFlags   flags) G_GNUC_WARN_UNUSED_RESULT;

/* (transfer full): the quote with a news citation for the clipboard:
 * “Quote” — Author, “Title”, outlet, accessed date. URL (or file). The
 * outlet is the web site of the story's URL when known. `markdown` gives a
 * block quote with the title linked instead of plain text. */
char       *lectern_export_citation           (const LecternStory     *story,
                                               const LecternHighlight *highlight,
                                               gboolean                markdown) G_GNUC_WARN_UNUSED_RESULT;

/* (transfer full): Markdown with YAML front matter (title, source, exported,
 * people, organizations), then each highlight as a block quote followed by
 * its note. `entities` (nullable) gives the people and organizations;
 * `now` (nullable) is the export date, the current time when NULL. Every
 * value is escaped for YAML and Markdown. */
char     *lectern_export_markdown           (const LecternStory *story,
                                             GPtrArray          *highlights,
                                             GPtrArray          *entities,
                                             GDateTime          *now) G_GNUC_WARN_UNUSED_RESULT;
/* (transfer full): a safe file name from a story title, with `extension`
 * (".md"): no slashes, control characters, "#", "^", "[", "]", leading dots
 * or dashes, nor a name Windows reserves ("CON", "LPT1"); never empty. */
char     *lectern_export_suggest_filename   (const char         *title,
                                             const char         *extension) G_GNUC_WARN_UNUSED_RESULT;
/* Writes contents atomically (temporary file in the same folder, then rename). */
gboolean  lectern_export_write_file         (const char         *path,
                                             const char         *contents,
                                             gssize              length,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternExportItem, lectern_export_item_free)

G_END_DECLS
