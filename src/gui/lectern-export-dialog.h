/* lectern-export-dialog.h: Export… asks what to export, in which format,
 * and where to: the clipboard or a file
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lectern-export.h"

G_BEGIN_DECLS

typedef enum
{
  LECTERN_EXPORT_SCOPE_STORY,     /* the story being read */
  LECTERN_EXPORT_SCOPE_SELECTED,  /* the stories checked in the library */
  LECTERN_EXPORT_SCOPE_LIBRARY,   /* every story */
} LecternExportScope;

#define LECTERN_TYPE_EXPORT_DIALOG (lectern_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LecternExportDialog, lectern_export_dialog, LECTERN, EXPORT_DIALOG, AdwWindow)

/* The dialog only chooses: "copy" (format) asks for the notes as text on
 * the clipboard, "save" (GFile, format) for them in the file picked in
 * its file chooser; either closes it. Formats are named as `lectern-cli
 * export --format` names them: lectern_export_format_from_string()'s, and
 * "pdf" (lectern_export_pdf(); saved, not copied). The exports of several
 * stories offer no Markdown (one file per story). */
LecternExportDialog *lectern_export_dialog_new                (GtkWindow           *parent,
                                                               LecternExportScope   scope);
LecternExportScope   lectern_export_dialog_get_scope          (LecternExportDialog *self);
/* What the first row says is exported: `title` (nullable) names the one
 * story; the counts replace "Counting…". */
void                 lectern_export_dialog_set_contents       (LecternExportDialog *self,
                                                               const char          *title,
                                                               guint                n_stories,
                                                               guint                n_highlights);
/* The format chosen; one the scope does not offer is ignored. */
void                 lectern_export_dialog_set_format         (LecternExportDialog *self,
                                                               const char          *format);
const char          *lectern_export_dialog_get_format         (LecternExportDialog *self);
/* ".md", ".html", ".org", ".csv", ".json", ".pdf" or ".txt" */
const char          *lectern_export_dialog_get_extension      (LecternExportDialog *self);
/* The file chooser's proposed name, without extension (the format's is
 * added), and the folder it opens in (nullable). */
void                 lectern_export_dialog_set_suggested_name (LecternExportDialog *self,
                                                               const char          *stem);
void                 lectern_export_dialog_set_folder         (LecternExportDialog *self,
                                                               GFile               *folder);
/* (transfer full): the name the file chooser proposes for the format chosen. */
char                *lectern_export_dialog_get_file_name      (LecternExportDialog *self) G_GNUC_WARN_UNUSED_RESULT;
/* What the Copy to Clipboard and Save As… buttons do. */
void                 lectern_export_dialog_copy               (LecternExportDialog *self);
void                 lectern_export_dialog_save_as            (LecternExportDialog *self);

G_END_DECLS
