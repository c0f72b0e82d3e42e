/* lectern-window-private.h: what the files of LecternWindow share
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lectern-annotations.h"
#include "lectern-article-view.h"
#include "lectern-contents-page.h"
#include "lectern-entities-page.h"
#include "lectern-highlight-popover.h"
#include "lectern-indexer.h"
#include "lectern-library-view.h"
#include "lectern-notes-page.h"
#include "lectern-quotes-page.h"
#include "lectern-anchor.h"
#include "lectern-search-view.h"
#include "lectern-corrections.h"
#include "lectern-quotes.h"
#include "lectern-store.h"
#include "lectern-window.h"

G_BEGIN_DECLS

struct _LecternWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwFlap              *flap;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  LecternArticleView   *article_view;
  LecternEntitiesPage  *entities_page;
  LecternNotesPage     *notes_page;
  LecternContentsPage  *contents_page;
  LecternFindBar       *find_bar;
  GtkSpinner           *import_spinner;
  GtkMenuButton        *color_button;
  /* The library and Search Everything pages (lectern-window-library.c) */
  GtkToggleButton      *library_button;
  LecternLibraryView   *library_view;
  LecternSearchView    *search_view;
  gint64                land_story_id;   /* a search result to land on once shown */
  gint64                land_start;
  gint64                land_end;
  GtkRevealer          *changed_banner;
  GtkLabel             *changed_label;
  GtkRevealer          *fetch_banner;
  GtkLabel             *fetch_label;
  GtkProgressBar       *fetch_progress;
  AdwViewStack         *sidebar_stack;
  LecternQuotesPage    *quotes_page;

  GSettings            *settings;
  char                 *db_path;
  LecternStore         *store;
  GCancellable         *cancellable;
  GCancellable         *entities_cancellable;
  gboolean              store_failed;
  GPtrArray            *pending_files;
  GCancellable         *fetch_cancellable;  /* the web pages downloading; Cancel stops them */
  guint                 n_fetches;

  LecternStory         *story;
  LecternAnnotations   *annotations;    /* the open story's highlights and note */
  GPtrArray            *entities;       /* LecternEntity, nullable */
  LecternEntity        *current_entity;
  int                   current_mention;

  LecternHighlightPopover *popover;
  GPtrArray            *categories;     /* LecternCategory, nullable */

  char                 *highlight_color;
  gboolean              caret_browsing;
  gint64                shown_at_us;
  guint                 n_imports;
  gint64                highlight_asked_us;
  gboolean              open_after_add;   /* H: open the popover on the new one */
  guint                 pending_ops;
  guint                 pending_holds;
  GApplication         *held_app;
  guint                 watch_source;     /* looks for outside changes */
  gint64                popover_revision; /* of the highlight as the popover showed it */

  /* The passage the entity page asked for, lit once its story shows. */
  gint64                passage_story;
  gint64                passage_start;
  gint64                passage_end;
  /* lectern-window-quotes.c */
  GCancellable         *quotes_cancellable;
  GPtrArray            *quotes;           /* LecternQuote of the open story, nullable */
  gboolean              quotes_disposed;
  /* Action groups other than win.* (lectern-*-actions.c) */
  GSimpleActionGroup   *reader_actions;
  /* lectern-window-indexer.c */
  LecternIndexer       *indexer;          /* nullable: no library yet */
  guint                 names_reload_id;  /* the library page's names, soon */
  gint64                names_reload_us;  /* when they were last reloaded */
  /* lectern-window-progress.c: the place to save, once scrolling rests */
  guint                 progress_timeout;
  gint64                progress_story;   /* 0: nothing to save */
  double                progress_fraction;
  gint64                progress_offset;
  gboolean              progress_ready;   /* the story's place is restored */
  gboolean              progress_loaded;  /* its saved place is read */
  gboolean              progress_moved;   /* the view moved before that */
  gint64                progress_restore_story;
  gint64                progress_restore_offset;
  GtkAdjustment        *progress_adjustment;
  GCancellable         *progress_cancellable;
};

/* One piece of asynchronous work of the window: keeps it alive and busy
 * (see lectern_window_is_busy()) until lectern_window_op_finish(). */
typedef struct
{
  LecternWindow *self;
  gint64         started_us;
  gboolean       hold;   /* keeps the application running until done */
} OpData;

OpData *lectern_window_op_new                (LecternWindow *self);
/* Busy too, but the process may quit meanwhile: for work whose result
 * only the window shows (extraction, the entity cache). */
OpData *lectern_window_op_new_unheld         (LecternWindow *self);
void    lectern_window_op_finish             (OpData        *op);
void    lectern_window_add_toast             (LecternWindow *self,
                                              const char    *title);
void    lectern_window_show_error            (LecternWindow *self,
                                              const char    *heading,
                                              const char    *body);
void    lectern_window_update_actions        (LecternWindow *self);
void    lectern_window_clear_list            (GtkListBox    *list);
void    lectern_window_reload_story          (LecternWindow *self);
/* The entity list changed: refresh the Notes page's entity filter. */
void    lectern_window_entities_changed      (LecternWindow *self);

/* What a story needs to be shown, gathered on the database thread. */
typedef struct
{
  LecternStory *story;
  GPtrArray    *highlights;
  GArray       *blocks;
  char         *story_note;
  gboolean      imported;
  gboolean      restore_position;
  gboolean      replaced;   /* a new version of a stored story */
  LecternReanchorCounts counts;
} ShowData;

void      lectern_window_show_data_free     (gpointer       data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShowData, lectern_window_show_data_free)

/* Shows a story read by a worker (lectern-window.c). */
void      lectern_window_show_story         (LecternWindow *self,
                                             ShowData      *show);
/* Shows the first part of a story still being read (lectern-window.c). */
void      lectern_window_show_preview       (LecternWindow *self,
                                             LecternStory  *preview);
/* On the database thread: the story note of show->story. */
gboolean  lectern_window_read_story_note    (LecternStore  *store,
                                             ShowData      *show,
                                             GError       **error);
/* Queues what was typed (popover note, story note) before later store work. */
void      lectern_window_flush_annotations  (LecternWindow *self);

/* The model's own highlight (transfer none), or NULL. */
const LecternHighlight *lectern_window_find_highlight (LecternWindow *self,
                                                       gint64         id);

/* The name of a colour's category, as the person set it. */
const char *lectern_window_category_name (LecternWindow *self,
                                          const char    *color);

/* lectern-window-open.c */
void    lectern_window_open_class_init       (GtkWidgetClass *widget_class);
void    lectern_window_open_init             (LecternWindow  *self);
/* Opens the library, then the last story (or the files asked for). */
void    lectern_window_open_library          (LecternWindow  *self);

/* lectern-window-categories.c */
void    lectern_window_categories_class_init (GtkWidgetClass *widget_class);
void    lectern_window_load_categories       (LecternWindow  *self);
void    lectern_window_rebuild_color_menu    (LecternWindow  *self);

/* lectern-window-highlights.c */
void    lectern_window_highlights_class_init (GtkWidgetClass *widget_class);
void    lectern_window_highlights_init       (LecternWindow  *self);
/* A correction of the story's names (`names`) or of a quotation (`quote`),
 * both copies as stored (transfer full), joins the one history that
 * Ctrl+Z and Ctrl+Shift+Z walk. Returns its serial, for a toast's Undo. */
guint   lectern_window_record_correction     (LecternWindow          *self,
                                              LecternCorrection      *names,
                                              LecternQuoteCorrection *quote);
/* Undo and redo reach the corrections `annotations` holds. */
void    lectern_window_history_attach        (LecternWindow          *self,
                                              LecternAnnotations     *annotations);

/* lectern-window-export.c: the file a name chosen in the export dialog
 * stands for: its extension follows the format. */
char   *lectern_window_export_path_for       (const char          *chosen,
                                              LecternExportFormat  format) G_GNUC_WARN_UNUSED_RESULT;
/* Exports to what `chosen` stands for, asking first when that is another,
 * existing file. `library`: the stories `story_ids` (or all when NULL). */
void    lectern_window_export_chosen         (LecternWindow       *self,
                                              const char          *chosen,
                                              LecternExportFormat  format,
                                              gboolean             library,
                                              GVariant            *story_ids);

/* lectern-window-library.c, lectern-window-export.c */
void    lectern_window_library_class_init    (GtkWidgetClass *widget_class);
void    lectern_window_library_init          (LecternWindow  *self);
/* Whether the library or search page is up; Ctrl+F then focuses its box. */
gboolean lectern_window_library_find         (LecternWindow  *self);
gboolean lectern_window_library_is_busy      (LecternWindow  *self);
/* lectern-window.c: closes the open story and shows the empty page. */
void    lectern_window_forget_story          (LecternWindow  *self);
void    lectern_window_export_class_init     (GtkWidgetClass *widget_class);

/* lectern-window-watch.c: outside changes shown, conflicts asked about */
void    lectern_window_watch_class_init      (GtkWidgetClass     *widget_class);
void    lectern_window_watch_init            (LecternWindow      *self);
void    lectern_window_watch_dispose         (LecternWindow      *self);
void    lectern_window_watch_annotations     (LecternWindow      *self,
                                              LecternAnnotations *annotations);
void    lectern_window_unwatch_annotations   (LecternWindow      *self,
                                              LecternAnnotations *annotations);

/* lectern-window-entities.c */
void    lectern_window_show_entities         (LecternWindow *self,
                                              GPtrArray     *entities);
void    lectern_window_load_entities         (LecternWindow *self);
void    lectern_window_entities_class_init   (GtkWidgetClass *widget_class);
void    lectern_window_entities_init         (LecternWindow *self);
/* Undo (or redo) reached this correction in the window's history. */
void    lectern_window_replay_entity_correction (LecternWindow           *self,
                                                 const LecternCorrection *correction,
                                                 gboolean                 undo);

/* lectern-window-entity.c: a person or organization across the library */
void    lectern_window_entity_class_init     (GtkWidgetClass *widget_class);
void    lectern_window_entity_init           (LecternWindow  *self);
/* lectern-window-quotes.c: the Quotes page */
void     lectern_window_quotes_class_init (GtkWidgetClass *widget_class);
void     lectern_window_quotes_init       (LecternWindow  *self);
void     lectern_window_quotes_dispose    (LecternWindow  *self);
/* Finds the open story's quotations again, off the main thread, from
 * self->entities and the stored corrections. */
void     lectern_window_load_quotes       (LecternWindow  *self);
void     lectern_window_replay_quote_correction (LecternWindow                *self,
                                                 const LecternQuoteCorrection *correction,
                                                 gboolean                      undo);

/* lectern-reader-actions.c: reader.*, inserted on the window */
void     lectern_reader_actions_init      (LecternWindow     *self);
void     lectern_reader_actions_dispose   (LecternWindow     *self);
void     lectern_reader_actions_update    (LecternWindow     *self,
                                           gboolean           loaded,
                                           gboolean           has_mentions);
/* What they run (lectern-window-highlights.c, -entities.c) */
void     lectern_window_highlight_selection (LecternWindow   *self);
/* Next (1) or previous (-1) highlight from the reading position, wrapping. */
void     lectern_window_move_to_highlight (LecternWindow     *self,
                                           int                direction);
/* Next or previous mention of the name chosen on the Names page. */
void     lectern_window_move_mention      (LecternWindow     *self,
                                           int                delta);
void     lectern_window_mark_selection    (LecternWindow     *self,
                                           LecternEntityType  type);

/* lectern-names-actions.c: names.*, the Names page's group */
void     lectern_names_actions_init       (LecternWindow     *self);
/* What they run (lectern-window-entities.c) */
void     lectern_window_correct_names     (LecternWindow     *self,
                                           LecternCorrection *correction);

/* lectern-quotes-actions.c: quotes.*, the Quotes page's group */
void     lectern_quotes_actions_init      (LecternWindow     *self);
/* What they run (lectern-window-quotes.c) */
void     lectern_window_highlight_quote   (LecternWindow     *self,
                                           gint64             start,
                                           gint64             end);
void     lectern_window_correct_quote_speaker (LecternWindow *self,
                                               gint64         start,
                                               gint64         end,
                                               const char    *speaker);
void     lectern_window_correct_not_quote (LecternWindow     *self,
                                           gint64             start,
                                           gint64             end);

/* lectern-window-indexer.c: the search index kept up at idle */
void     lectern_window_indexer_start     (LecternWindow  *self);
void     lectern_window_indexer_poke      (LecternWindow  *self);
void     lectern_window_indexer_quit      (LecternWindow  *self);
void     lectern_window_indexer_dispose   (LecternWindow  *self);

/* lectern-window-progress.c: reading progress saved and restored */
void     lectern_window_progress_init        (LecternWindow  *self);
void     lectern_window_progress_story_shown (LecternWindow  *self,
                                              gboolean        restored);
void     lectern_window_progress_flush       (LecternWindow  *self);
void     lectern_window_progress_dispose     (LecternWindow  *self);

G_END_DECLS
