/* lectern-article-view-private.h: what the reading pane's files share
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lectern-article-view.h"

G_BEGIN_DECLS

typedef struct
{
  gint64             id;
  LecternAnnotation *annotation;  /* the model's highlight, read, never copied */
  GtkTextTag        *tag;
  GtkWidget  *marker;   /* ✎ in the right margin when there is a note */
} HighlightInfo;

struct _LecternArticleView
{
  GtkWidget       parent_instance;

  GtkWidget      *overlay;
  GtkWidget      *scroller;
  GtkTextView    *text_view;
  GtkProgressBar *progress_bar;
  GMenuModel     *extra_menu;

  GtkTextBuffer  *buffer;          /* the view's */
  GtkTextBuffer  *loading_buffer;  /* filled off-screen, then shown */
  GtkCssProvider *zoom_provider;
  GtkTextTag     *mention_tag;
  GtkTextTag     *current_mention_tag;
  GtkTextTag     *note_tag;
  GtkTextTag     *quotation_tag;   /* quotations found in the text (issue 10) */
  GArray         *quotations;      /* LecternSpan, nullable: applied once loaded */
  gboolean        quotations_shown;
  gboolean        quotations_applied; /* the tags follow `quotations` (or are on the way) */
  gboolean        quotations_tagged;  /* the buffer may hold quotation tags */
  guint           quotations_done;    /* applied so far */
  guint           quotations_source;  /* applies the rest from idle */
  GHashTable     *mix_tags;        /* colour set → GtkTextTag for overlaps */
  GHashTable     *highlights;      /* id → HighlightInfo */
  LecternAnnotations *annotations; /* what the highlights follow */

  LecternStory   *story;
  GArray         *blocks;
  gsize           inserted_bytes;
  gint64          inserted_chars;
  gsize           loaded_bytes;     /* in loading_buffer, for a long story */
  gint64          loaded_chars;
  guint           loading_next_block;
  gint64          loading_block_end;
  guint           next_block;       /* the first block whose tag is not applied yet */
  gint64          previous_block_end;
  gboolean        previewing;       /* the first part of a story still being read */
  gboolean        first_screen_timed;
  gint64          steps;            /* of loading, for LECTERN_TIMING */
  gint64          longest_step_us;
  gint64          longest_step_cpu_us;
  guint           insert_source;
  double          pending_position;

  double          zoom;
  int             char_width;
  int             side_margin;
  guint           margin_source;

  double          press_x;
  double          press_y;
  gboolean        dragging;       /* button 1 is down in the text */

  guint           markers_source;
  gboolean        batch;           /* adding many highlights: draw at the end */
  guint           restore_source;    /* a tick callback */
  int             restore_tries;
  int             restore_settled;
  GPtrArray      *spare_markers;   /* hidden, for reuse */
  GtkPopover     *pointed_popover;
  gint64          pointed_start;
  gint64          pointed_end;
};

#define INFO_HIGHLIGHT(info) (lectern_annotation_get_highlight ((info)->annotation))

/* lectern-article-view.c */
void     lectern_article_view_get_iter_at_offset       (LecternArticleView *self,
                                                        GtkTextIter        *iter,
                                                        gint64              offset);
void     lectern_article_view_emit_highlight_activated (LecternArticleView *self,
                                                        gint64              id);
void     lectern_article_view_notify_loading           (LecternArticleView *self);
void     lectern_article_view_emit_loaded              (LecternArticleView *self);
void     lectern_article_view_apply_blocks (LecternArticleView *self, GtkTextBuffer *buffer, gint64 chars, guint *next_block, gint64 *previous_block_end);
void     lectern_article_view_queue_restore_position (LecternArticleView *self);
int      lectern_article_view_top_offset (LecternArticleView *self);

/* lectern-article-view-marks.c: highlights, overlaps, note markers,
 * mentions and quotations */
void     lectern_article_view_highlight_info_free (gpointer data);
void     lectern_article_view_apply_highlight_tag (LecternArticleView *self, HighlightInfo *info);
void     lectern_article_view_refresh_overlaps (LecternArticleView *self);
void     lectern_article_view_refresh_note_marks (LecternArticleView *self);
gboolean lectern_article_view_position_markers_cb (gpointer user_data);
void     lectern_article_view_queue_position_markers (LecternArticleView *self);
void     lectern_article_view_queue_allocate_markers (LecternArticleView *self);
void     lectern_article_view_update_quotation_tag (LecternArticleView *self);
void     lectern_article_view_apply_quotations (LecternArticleView *self);

G_END_DECLS
