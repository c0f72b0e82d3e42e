/* lectern-window.h: the main window
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lectern-article-view.h"
#include "lectern-contents-page.h"
#include "lectern-entities-page.h"
#include "lectern-entity-view.h"
#include "lectern-find-bar.h"
#include "lectern-library-view.h"
#include "lectern-notes-page.h"
#include "lectern-search-view.h"
#include "lectern-quotes-page.h"
#include "lectern-export.h"
#include "lectern-store.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_WINDOW (lectern_window_get_type ())
G_DECLARE_FINAL_TYPE (LecternWindow, lectern_window, LECTERN, WINDOW, AdwApplicationWindow)

/* `application` may be NULL (tests); `db_path` NULL means
 * lectern_store_default_path(). The library opens asynchronously. */
LecternWindow      *lectern_window_new               (GtkApplication  *application,
                                                      const char      *db_path);
/* Imports and shows the files, one after the other. */
void                lectern_window_open_files        (LecternWindow   *self,
                                                      GFile          **files,
                                                      int              n_files);
/* Imports `text` as a new story, as pasting does. */
void                lectern_window_open_text         (LecternWindow   *self,
                                                      const char      *text);
/* Exports the notes of the current story to `path` without asking. */
void                lectern_window_export            (LecternWindow       *self,
                                                      const char          *path,
                                                      LecternExportFormat  format);
/* Every story's notes in one file; `format` is one that holds several
 * stories (lectern_export_format_is_multi()). */
void                lectern_window_export_library    (LecternWindow       *self,
                                                      const char          *path,
                                                      LecternExportFormat  format);
/* Writes the story with its highlights and endnotes as a PDF, as Print…
 * does on paper. Blocks until written. */
gboolean            lectern_window_print_to_pdf      (LecternWindow  *self,
                                                      const char     *path,
                                                      GError        **error);
/* The same in Markdown. */
void                lectern_window_export_to_path    (LecternWindow   *self,
                                                      const char      *path);
/* TRUE while the library opens, a story loads, or work is queued. */
gboolean            lectern_window_is_busy           (LecternWindow   *self);
/* Looks for changes another program made to the open story, and shows
 * them (done on focus-in and every 2 s; tests call it). */
void                lectern_window_check_outside_changes (LecternWindow *self);
/* TRUE once a story's text is fully in the view (entities may still come). */
gboolean            lectern_window_is_story_shown    (LecternWindow   *self);
LecternStore       *lectern_window_get_store         (LecternWindow   *self);
/* Imports highlights from a JSON export (W3C Web Annotations), as
 * "Import Notes…" does; importing twice adds nothing. */
void                lectern_window_import_notes      (LecternWindow   *self,
                                                      GFile           *file);
/* Whether the banner says the story changed since it was annotated. */
gboolean            lectern_window_get_story_changed (LecternWindow   *self);
LecternStory       *lectern_window_get_story         (LecternWindow   *self);
/* (nullable): the open story's highlights and note. */
LecternAnnotations *lectern_window_get_annotations   (LecternWindow   *self);
/* (element-type LecternEntity) (transfer none) (nullable) */
GPtrArray          *lectern_window_get_entities      (LecternWindow   *self);
LecternArticleView *lectern_window_get_article_view  (LecternWindow   *self);
/* Shows the entity's mentions, as clicking its row does. */
void                lectern_window_select_entity     (LecternWindow   *self,
                                                      LecternEntity   *entity);
const char         *lectern_window_get_mention_text  (LecternWindow   *self);
/* Shows the page of the person or organization `name` across the library
 * (the action win.show-entity does the same). */
void                lectern_window_show_entity       (LecternWindow   *self,
                                                      const char      *name);
LecternEntityView  *lectern_window_get_entity_view   (LecternWindow   *self);
/* Opens the highlight's popover, as clicking it does. */
void                lectern_window_show_highlight    (LecternWindow   *self,
                                                      gint64           highlight_id);
GtkWidget          *lectern_window_get_highlight_popover (LecternWindow *self);
/* The editor of the note on the whole story (Notes page). */
GtkTextView        *lectern_window_get_story_note_view (LecternWindow *self);
/* Find in Story (win.find, Ctrl+F). */
LecternFindBar     *lectern_window_get_find_bar      (LecternWindow   *self);
/* The library page (win.show-library, Ctrl+L) and Search Everything
 * (win.search-library, Ctrl+Shift+F), pages of the main area. */
LecternLibraryView *lectern_window_get_library_view  (LecternWindow   *self);
LecternSearchView  *lectern_window_get_search_view   (LecternWindow   *self);
/* The page of the main area shown: "empty", "article", "library" … */
const char         *lectern_window_get_page          (LecternWindow   *self);
/* The Notes page of the sidebar. */
LecternContentsPage *lectern_window_get_contents_page (LecternWindow   *self);
LecternNotesPage   *lectern_window_get_notes_page    (LecternWindow   *self);
/* The People & Organizations page of the sidebar. */
LecternEntitiesPage *lectern_window_get_entities_page (LecternWindow   *self);

/* The Quotes page of the sidebar, and the quotations it shows
 * (element-type LecternQuote) (transfer none) (nullable). */
LecternQuotesPage  *lectern_window_get_quotes_page   (LecternWindow   *self);
GPtrArray          *lectern_window_get_quotes        (LecternWindow   *self);

G_END_DECLS
