/* lectern-article-view.h: the reading pane
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-annotations.h"
#include "lectern-entity.h"
#include "lectern-highlight.h"
#include "lectern-story.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_ARTICLE_VIEW (lectern_article_view_get_type ())
G_DECLARE_FINAL_TYPE (LecternArticleView, lectern_article_view, LECTERN, ARTICLE_VIEW, GtkWidget)

GtkWidget    *lectern_article_view_new                 (void);
GtkTextView  *lectern_article_view_get_text_view       (LecternArticleView     *self);
/* Shows `story`, inserting its text in chunks from idle callbacks so big
 * stories keep the UI responsive; `blocks` (transfer none, nullable) is its
 * structure. "loaded" is emitted when all text is in. */
void          lectern_article_view_set_story           (LecternArticleView     *self,
                                                        LecternStory           *story,
                                                        GArray                 *blocks);
/* Shows the first part of a story still being read (an unsaved story from
 * lectern_source_read_with_preview_async()): loading until
 * lectern_article_view_set_story() gives the whole story, whose text
 * starts with it and is then appended to what is shown. */
void          lectern_article_view_show_preview        (LecternArticleView     *self,
                                                        LecternStory           *story);
gboolean      lectern_article_view_get_loading         (LecternArticleView     *self);
gboolean      lectern_article_view_can_annotate        (LecternArticleView     *self);
/* The fraction of the text inserted so far, shown as a progress bar. */
double        lectern_article_view_get_progress        (LecternArticleView     *self);
/* Caret browsing (F7): a visible caret the keyboard moves and selects with. */
void          lectern_article_view_set_caret_browsing  (LecternArticleView     *self,
                                                        gboolean                enabled);
void          lectern_article_view_set_zoom            (LecternArticleView     *self,
                                                        double                  zoom);
/* Whether there is a non-empty selection; its code-point bounds. */
gboolean      lectern_article_view_get_selection       (LecternArticleView     *self,
                                                        gint64                 *start,
                                                        gint64                 *end);
void          lectern_article_view_clear_selection     (LecternArticleView     *self);
/* Draws the highlights of `annotations` (nullable) and follows its
 * changes; the view keeps no copy of them. */
void          lectern_article_view_set_annotations     (LecternArticleView     *self,
                                                        LecternAnnotations     *annotations);
/* Draws or redraws one. */
void          lectern_article_view_add_highlight       (LecternArticleView     *self,
                                                        LecternAnnotation      *annotation);
void          lectern_article_view_remove_highlight    (LecternArticleView     *self,
                                                        gint64                  highlight_id);
void          lectern_article_view_clear_highlights    (LecternArticleView     *self);
/* The name of the buffer tag drawing a highlight ("highlight-<id>"). */
char         *lectern_article_view_highlight_tag_name  (gint64                  highlight_id) G_GNUC_WARN_UNUSED_RESULT;
/* Tints every mention of an entity (NULL clears); `current` (-1 for none)
 * is the mention shown more strongly. */
void          lectern_article_view_set_mentions        (LecternArticleView     *self,
                                                        GArray                 *mentions,
                                                        int                     current);
/* Marks quotations (element-type LecternSpan, nullable); they are tagged
 * and drawn only while shown (the Quotes page is open). */
void          lectern_article_view_set_quotations      (LecternArticleView     *self,
                                                        GArray                 *spans);
void          lectern_article_view_set_quotations_shown (LecternArticleView    *self,
                                                        gboolean                shown);
gboolean      lectern_article_view_get_quotations_shown (LecternArticleView    *self);
/* Selects [start, end) and scrolls to it, as clicking a quotation does. */
void          lectern_article_view_select_range        (LecternArticleView     *self,
                                                        gint64                  start,
                                                        gint64                  end);
void          lectern_article_view_scroll_to_range     (LecternArticleView     *self,
                                                        gint64                  start,
                                                        gint64                  end);
/* The offset of the caret when caret browsing, else of the first visible
 * character: where "next" starts from. */
gint64        lectern_article_view_get_reading_offset  (LecternArticleView     *self);
/* Scrolls to `offset` and puts the caret there. */
void          lectern_article_view_go_to_offset        (LecternArticleView     *self,
                                                        gint64                  offset);
/* Reading position as a fraction of the text length. */
double        lectern_article_view_get_position        (LecternArticleView     *self);
void          lectern_article_view_set_position        (LecternArticleView     *self,
                                                        double                  fraction);
/* Widens the selection to whole words (what a mouse selection does unless
 * Alt is held). */
void          lectern_article_view_snap_selection_to_words (LecternArticleView *self);
/* Points `popover` (parented to the view) at the text of [start, end). */
void          lectern_article_view_point_popover_at    (LecternArticleView     *self,
                                                        GtkPopover             *popover,
                                                        gint64                  start,
                                                        gint64                  end);

G_END_DECLS
