/* lectern-article-view.c: the reading pane: the widget, its measure and
 * zoom, selection, clicks and keys, and the reading position. Putting the
 * text in is in lectern-article-view-loading.c, what is painted over it
 * (highlights, notes, mentions, quotations) in lectern-article-view-marks.c.
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-article-view"

#include "config.h"

#include "lectern-article-view.h"
#include "lectern-article-view-private.h"

#include <adwaita.h>

#include <glib/gi18n.h>

/* Characters per line aimed at: the middle of the 65–75 readable measure. */
#define MEASURE_CHARS 68
#define BASE_FONT_PT 12.5
#define MIN_SIDE_MARGIN 24
#define INVISIBLE_MAX_CHARS 2000000

G_DEFINE_FINAL_TYPE (LecternArticleView, lectern_article_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_LOADING, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { LOADED, HIGHLIGHT_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

void
lectern_article_view_notify_loading (LecternArticleView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
lectern_article_view_emit_loaded (LecternArticleView *self)
{
  g_signal_emit (self, signals[LOADED], 0);
}

void
lectern_article_view_emit_highlight_activated (LecternArticleView *self,
                                               gint64              id)
{
  g_signal_emit (self, signals[HIGHLIGHT_ACTIVATED], 0, id);
}

void
lectern_article_view_get_iter_at_offset (LecternArticleView *self,
                                         GtkTextIter        *iter,
                                         gint64              offset)
{
  gtk_text_buffer_get_iter_at_offset (self->buffer, iter, (int) CLAMP (offset, 0, G_MAXINT));
}


#define BLOCK_INDENT 32

/* A tag's margin replaces the view's, which centres the text: indented
 * blocks follow it. */
static void
indent_blocks (LecternArticleView *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  static const char *const indented[] = { "quote", "list-item", "preformatted" };

  for (guint i = 0; i < G_N_ELEMENTS (indented); i++)
    {
      GtkTextTag *tag = gtk_text_tag_table_lookup (table, indented[i]);

      if (tag != NULL)
        g_object_set (tag, "left-margin", self->side_margin + BLOCK_INDENT, NULL);
    }
  g_object_set (gtk_text_tag_table_lookup (table, "quote"),
                "right-margin", self->side_margin + BLOCK_INDENT, NULL);
}

static gboolean
update_margins_cb (gpointer user_data)
{
  LecternArticleView *self = user_data;

  self->margin_source = 0;
  gtk_text_view_set_left_margin (self->text_view, self->side_margin);
  gtk_text_view_set_right_margin (self->text_view, self->side_margin);
  indent_blocks (self);
  lectern_article_view_queue_restore_position (self);

  return G_SOURCE_REMOVE;
}

static int
measure_char_width (LecternArticleView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->text_view));
  PangoFontMetrics *metrics;
  int width;

  metrics = pango_context_get_metrics (context, pango_context_get_font_description (context), NULL);
  width = pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);

  return MAX (width, 4);
}

static void
queue_margin_update (LecternArticleView *self,
                     int                 width)
{
  int margin;

  if (self->char_width == 0)
    self->char_width = measure_char_width (self);

  margin = MAX (MIN_SIDE_MARGIN, (width - MEASURE_CHARS * self->char_width) / 2);
  if (margin == self->side_margin)
    return;

  self->side_margin = margin;

  /* Changing margins queues a resize, which must not happen in the middle
   * of an allocation; the first allocation happens before any drawing, so
   * we apply it at once there. */
  if (gtk_text_view_get_left_margin (self->text_view) == 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_margins_cb (self);
  else if (self->margin_source == 0)
    self->margin_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_margins_cb, self, NULL);
}

static void
apply_zoom (LecternArticleView *self)
{
  g_autofree char *css = NULL;
  char size[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (size, sizeof size, "%.2f", BASE_FONT_PT * self->zoom);
  css = g_strdup_printf ("textview.article { font-size: %spt; }", size);
  gtk_css_provider_load_from_data (self->zoom_provider, css, -1);
  self->char_width = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Tags the blocks that are whole in the buffer and not tagged yet. */
/* Tags the blocks that are whole in the first `chars` characters of
 * `buffer` from `*next_block` on. */
void
lectern_article_view_apply_blocks (LecternArticleView *self,
              GtkTextBuffer      *buffer,
              gint64              chars,
              guint              *next_block,
              gint64             *previous_block_end)
{
  GtkTextIter start, end;
  gint64 n_chars = self->story->n_chars;
  gint64 previous_end = *previous_block_end;
  guint i;

  if (self->blocks == NULL)
    return;

  for (i = *next_block; i < self->blocks->len; i++)
    {
      const LecternBlock *block = &g_array_index (self->blocks, LecternBlock, i);
      const char *tag = NULL;
      gint64 block_end = block->end;

      /* With its line break, which a dropped block hides too. */
      if (MIN (block->end + 1, n_chars) > chars)
        break;

      /* Empty lines between paragraphs would double the paragraph spacing
       * the view already gives; fold them to a sliver. */
      if (previous_end >= 0 && block->start > previous_end + 1)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) previous_end + 1);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) block->start);
          gtk_text_buffer_apply_tag_by_name (buffer, "blank", &start, &end);
        }
      previous_end = block->end;

      switch (block->kind)
        {
        case LECTERN_BLOCK_TITLE:
          /* Scraped stories sometimes start with a whole sentence; set it
           * large, but not as a wall of display type. */
          tag = block->end - block->start > 100 ? "long-title" : "title";
          break;
        case LECTERN_BLOCK_HEADING:
          tag = "heading";
          break;
        case LECTERN_BLOCK_DROPPED:
          /* GtkTextView 4.8 lays out many invisible ranges very slowly
           * (seconds per idle step on a 50 MB story), so big stories get a
           * collapsed line instead: one pixel high and transparent. */
          tag = n_chars > INVISIBLE_MAX_CHARS ? "dropped-collapsed" : "dropped";
          /* Hide the line break too, so no empty line is left behind. */
          block_end = MIN (block_end + 1, n_chars);
          break;
        /* Web pages, Markdown and EPUB keep their structure in the
         * stored blocks: show it rather than guess from the lines. */
        case LECTERN_BLOCK_QUOTE:
          tag = "quote";
          break;
        case LECTERN_BLOCK_LIST_ITEM:
          tag = "list-item";
          break;
        case LECTERN_BLOCK_CAPTION:
          tag = "caption";
          break;
        case LECTERN_BLOCK_PREFORMATTED:
          tag = "preformatted";
          break;
        case LECTERN_BLOCK_PARAGRAPH:
        default:
          break;
        }

      if (tag == NULL)
        continue;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) block->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) block_end);
      gtk_text_buffer_apply_tag_by_name (buffer, tag, &start, &end);
    }
  *next_block = i;
  *previous_block_end = previous_end;
}

static void
repoint_popover (LecternArticleView *self)
{
  if (self->pointed_popover == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->pointed_popover)))
    return;

  lectern_article_view_point_popover_at (self, self->pointed_popover,
                                         self->pointed_start, self->pointed_end);
}

static void
on_vadjustment_value_changed_cb (GtkAdjustment      *adjustment,
                                 LecternArticleView *self)
{
  /* An open popover follows its passage as the text scrolls. GTK 4.8
   * does not move overlay children (the note markers) on scrolling: the
   * view passes the scroll to the children's container when it is
   * allocated, and the container places them when it is, so both are
   * asked to. Notes that come into sight get their marker. */
  repoint_popover (self);
  if (g_hash_table_size (self->highlights) > 0)
    {
      lectern_article_view_position_markers_cb (self);
      lectern_article_view_queue_allocate_markers (self);
      gtk_widget_queue_allocate (GTK_WIDGET (self->text_view));
    }
}

int
lectern_article_view_top_offset (LecternArticleView *self)
{
  GdkRectangle visible;
  GtkTextIter iter;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_at_location (self->text_view, &iter, visible.x, visible.y);

  return gtk_text_iter_get_offset (&iter);
}

/* Scrolls to the pending position on each frame until the top line is the
 * right one: the first frames lay out lines at estimated heights and the
 * margins settle, which can undo a single scroll. */
static gboolean
restore_position_tick_cb (GtkWidget     *widget,
                          GdkFrameClock *clock,
                          gpointer       user_data)
{
  LecternArticleView *self = user_data;
  GtkAdjustment *adjustment;
  GtkTextIter iter;
  GtkTextMark *mark;
  int n_chars, target;

  if (self->pending_position <= 0 || ++self->restore_tries > 120)
    {
      self->pending_position = 0;
      self->restore_source = 0;
      return G_SOURCE_REMOVE;
    }

  if (lectern_article_view_get_loading (self) || gtk_widget_get_width (widget) == 0 ||
      self->margin_source != 0)
    return G_SOURCE_CONTINUE;

  n_chars = gtk_text_buffer_get_char_count (self->buffer);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter,
                                      (int) (CLAMP (self->pending_position, 0, 1) * n_chars));
  target = gtk_text_iter_get_offset (&iter);

  /* Reached, or as far as the text goes, for a few frames in a row: line
   * heights are estimates until laid out, so one frame proves little. */
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (widget));
  if (ABS (lectern_article_view_top_offset (self) - target) < 200 ||
      gtk_adjustment_get_value (adjustment) >=
      gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) - 1)
    self->restore_settled++;
  else
    self->restore_settled = 0;

  if (self->restore_settled >= 5)
    {
      self->pending_position = 0;
      self->restore_source = 0;
      return G_SOURCE_REMOVE;
    }

  mark = gtk_text_buffer_get_mark (self->buffer, "lectern-scroll");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (self->buffer, "lectern-scroll", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (self->buffer, mark, &iter);
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.0, TRUE, 0.0, 0.0);

  return G_SOURCE_CONTINUE;
}

void
lectern_article_view_queue_restore_position (LecternArticleView *self)
{
  if (self->pending_position <= 0 || self->restore_source != 0)
    return;

  self->restore_tries = 0;
  self->restore_settled = 0;
  self->restore_source = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view),
                                                       restore_position_tick_cb, self, NULL);
}

static HighlightInfo *
highlight_at_offset (LecternArticleView *self,
                     gint64              offset)
{
  GHashTableIter iter;
  gpointer value;
  HighlightInfo *best = NULL;

  /* The innermost highlight wins: the one a person can only reach there. */
  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      HighlightInfo *info = value;

      if (offset < INFO_HIGHLIGHT (info)->start || offset >= INFO_HIGHLIGHT (info)->end)
        continue;
      if (best == NULL || (INFO_HIGHLIGHT (info)->end - INFO_HIGHLIGHT (info)->start) < (INFO_HIGHLIGHT (best)->end - INFO_HIGHLIGHT (best)->start))
        best = info;
    }

  return best;
}

static void
on_click_pressed_cb (GtkGestureClick    *gesture,
                     int                 n_press,
                     double              x,
                     double              y,
                     LecternArticleView *self)
{
  self->press_x = x;
  self->press_y = y;
}

/* Selections made with the mouse snap to whole words ("Th|e law" was a
 * common slip), as Foliate does; Alt keeps them exact. A legacy
 * controller, because the text view's own drag takes the sequence from
 * any gesture. */
static gboolean
on_legacy_event_cb (GtkEventControllerLegacy *controller,
                    GdkEvent                 *event,
                    LecternArticleView       *self)
{
  GdkEventType type = gdk_event_get_event_type (event);

  if (type == GDK_BUTTON_PRESS && gdk_button_event_get_button (event) == GDK_BUTTON_PRIMARY)
    self->dragging = TRUE;
  else if (type == GDK_BUTTON_RELEASE && self->dragging)
    {
      self->dragging = FALSE;
      if ((gdk_event_get_modifier_state (event) & GDK_ALT_MASK) == 0)
        lectern_article_view_snap_selection_to_words (self);
    }

  return GDK_EVENT_PROPAGATE;
}

static void
on_click_released_cb (GtkGestureClick    *gesture,
                      int                 n_press,
                      double              x,
                      double              y,
                      LecternArticleView *self)
{
  GtkTextIter iter;
  HighlightInfo *info;
  int bx, by;

  if (n_press != 1 || ABS (x - self->press_x) > 4 || ABS (y - self->press_y) > 4)
    return;
  if (gtk_text_buffer_get_has_selection (self->buffer))
    return;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return;

  info = highlight_at_offset (self, gtk_text_iter_get_offset (&iter));
  if (info != NULL)
    g_signal_emit (self, signals[HIGHLIGHT_ACTIVATED], 0, info->id);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LecternArticleView    *self)
{
  /* H highlights the selection. It is bound here rather than as an
   * accelerator so that typing "h" in a note never highlights. */
  if ((keyval == GDK_KEY_h || keyval == GDK_KEY_H) &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) == 0 &&
      gtk_text_buffer_get_has_selection (self->buffer))
    return gtk_widget_activate_action (GTK_WIDGET (self), "reader.highlight", NULL);

  /* Digits 1–5 pick the highlight category while text is selected. */
  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_5 &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) == 0 &&
      gtk_text_buffer_get_has_selection (self->buffer))
    {
      const char *const *colors = lectern_highlight_colors ();

      return gtk_widget_activate_action (GTK_WIDGET (self), "reader.set-color", "s",
                                         colors[keyval - GDK_KEY_1]);
    }

  /* With caret browsing, Enter on a highlight opens it: the keyboard
   * route to its colour, note and delete. */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_Menu) &&
      gtk_text_view_get_cursor_visible (self->text_view) &&
      !gtk_text_buffer_get_has_selection (self->buffer))
    {
      GtkTextIter iter;
      HighlightInfo *info;

      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
      info = highlight_at_offset (self, gtk_text_iter_get_offset (&iter));
      if (info != NULL)
        {
          g_signal_emit (self, signals[HIGHLIGHT_ACTIVATED], 0, info->id);
          return TRUE;
        }
    }

  return FALSE;
}

static void
lectern_article_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (widget);

  gtk_widget_measure (self->overlay, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);

  /* Ask for a full reading measure, so the sidebar folds away before the
   * text gets narrow. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (self->char_width == 0)
        self->char_width = measure_char_width (self);
      *natural = MAX (*natural, MEASURE_CHARS * self->char_width + 2 * MIN_SIDE_MARGIN);
    }
}

static void
lectern_article_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (widget);

  /* Any new layout may move lines: a zoom or a restyle leaves the width as
   * it is, and markers placed before the margins took effect were placed
   * on the old lines (issue 7: markers drifted). Placing them again moves
   * only those whose line moved. */
  if (g_hash_table_size (self->highlights) > 0 || self->char_width == 0)
    lectern_article_view_queue_position_markers (self);
  queue_margin_update (self, width);
  gtk_widget_size_allocate (self->overlay, &(GtkAllocation) { 0, 0, width, height }, baseline);
  lectern_article_view_queue_restore_position (self);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

static void
lectern_article_view_dispose (GObject *object)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->insert_source, g_source_remove);
  g_clear_handle_id (&self->margin_source, g_source_remove);
  g_clear_handle_id (&self->markers_source, g_source_remove);
  g_clear_handle_id (&self->quotations_source, g_source_remove);
  if (self->restore_source != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->restore_source);
  self->restore_source = 0;
  self->pointed_popover = NULL;

  /* Popovers the window parented to us. */
  while ((child = gtk_widget_get_last_child (GTK_WIDGET (self))) != NULL && child != self->overlay)
    gtk_widget_unparent (child);

  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ARTICLE_VIEW);

  G_OBJECT_CLASS (lectern_article_view_parent_class)->dispose (object);
}

static void
lectern_article_view_finalize (GObject *object)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (object);

  g_clear_pointer (&self->story, lectern_story_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->quotations, g_array_unref);
  g_clear_object (&self->loading_buffer);
  g_clear_pointer (&self->highlights, g_hash_table_unref);
  g_clear_object (&self->annotations);
  g_clear_pointer (&self->mix_tags, g_hash_table_unref);
  g_clear_pointer (&self->spare_markers, g_ptr_array_unref);
  g_clear_object (&self->zoom_provider);

  G_OBJECT_CLASS (lectern_article_view_parent_class)->finalize (object);
}

static void
lectern_article_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, lectern_article_view_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_article_view_class_init (LecternArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_article_view_dispose;
  object_class->finalize = lectern_article_view_finalize;
  object_class->get_property = lectern_article_view_get_property;

  widget_class->measure = lectern_article_view_measure;
  widget_class->size_allocate = lectern_article_view_size_allocate;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[HIGHLIGHT_ACTIVATED] =
    g_signal_new ("highlight-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, overlay);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, extra_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_click_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_click_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed_cb);

  gtk_widget_class_set_css_name (widget_class, "articleview");
}

static void
lectern_article_view_init (LecternArticleView *self)
{
  GdkRGBA rgba;

  gtk_widget_init_template (GTK_WIDGET (self));

  {
    GtkEventController *legacy = gtk_event_controller_legacy_new ();

    gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
    g_signal_connect_object (legacy, "event", G_CALLBACK (on_legacy_event_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self->text_view), legacy);
  }

  self->zoom = 1.0;
  self->highlights = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, lectern_article_view_highlight_info_free);
  self->mix_tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->spare_markers = g_ptr_array_new ();
  self->buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_view_set_extra_menu (self->text_view, self->extra_menu);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view)),
                           "value-changed", G_CALLBACK (on_vadjustment_value_changed_cb), self, 0);

  self->zoom_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->text_view)),
                                  GTK_STYLE_PROVIDER (self->zoom_provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  apply_zoom (self);

  gtk_text_buffer_create_tag (self->buffer, "title",
                              "scale", 1.75,
                              "weight", PANGO_WEIGHT_BOLD,
                              "pixels-below-lines", 28,
                              "pixels-inside-wrap", 2,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "long-title",
                              "scale", 1.3,
                              "weight", PANGO_WEIGHT_BOLD,
                              "pixels-below-lines", 24,
                              "pixels-inside-wrap", 4,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "heading",
                              "scale", 1.25,
                              "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 14,
                              "pixels-below-lines", 8,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "quote",
                              "style", PANGO_STYLE_ITALIC,
                              NULL);
  /* The text has no bullet to draw: an indent with tight spacing reads
   * as a list. */
  gtk_text_buffer_create_tag (self->buffer, "list-item",
                              "pixels-above-lines", 0,
                              "pixels-below-lines", 2,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "caption",
                              "scale", 0.85,
                              "style", PANGO_STYLE_ITALIC,
                              "foreground", "#77767b",
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "preformatted",
                              "family", "monospace",
                              "wrap-mode", GTK_WRAP_CHAR,
                              NULL);
  indent_blocks (self);
  gtk_text_buffer_create_tag (self->buffer, "dropped", "invisible", TRUE, NULL);
  gtk_text_buffer_create_tag (self->buffer, "blank",
                              "size-points", 2.0,
                              "pixels-above-lines", 0,
                              "pixels-below-lines", 0,
                              NULL);
  gdk_rgba_parse (&rgba, "transparent");
  gtk_text_buffer_create_tag (self->buffer, "dropped-collapsed",
                              "size-points", 0.5,
                              "foreground-rgba", &rgba,
                              "pixels-above-lines", 0,
                              "pixels-below-lines", 0,
                              "pixels-inside-wrap", 0,
                              NULL);

  /* Mentions are lines, never backgrounds: a blue tint looked like the
   * blue highlight and the selection, and painted over highlights. */
  gdk_rgba_parse (&rgba, "rgba(97,53,131,0.9)");
  self->mention_tag = gtk_text_buffer_create_tag (self->buffer, "mention",
                                                  "underline", PANGO_UNDERLINE_SINGLE,
                                                  "underline-rgba", &rgba,
                                                  NULL);
  self->current_mention_tag = gtk_text_buffer_create_tag (self->buffer, "mention-current",
                                                          "underline", PANGO_UNDERLINE_DOUBLE,
                                                          "underline-rgba", &rgba,
                                                          /* Its overline in the text's colour:
                                                           * GTK 4.8 frees a set overline-rgba
                                                           * twice. */
                                                          "overline", PANGO_OVERLINE_SINGLE,
                                                          NULL);
  gdk_rgba_parse (&rgba, "rgba(230,97,0,0.9)");
  self->note_tag = gtk_text_buffer_create_tag (self->buffer, "note",
                                               "underline", PANGO_UNDERLINE_SINGLE,
                                               "underline-rgba", &rgba,
                                               NULL);
  self->quotation_tag = gtk_text_buffer_create_tag (self->buffer, "quotation", NULL);
  lectern_article_view_update_quotation_tag (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (lectern_article_view_update_quotation_tag), self, G_CONNECT_SWAPPED);
  /* Mentions sit below highlights; highlights get higher priorities as
   * they are created. */
  gtk_text_tag_set_priority (self->mention_tag, 0);
}

GtkWidget *
lectern_article_view_new (void)
{
  return g_object_new (LECTERN_TYPE_ARTICLE_VIEW, NULL);
}

GtkTextView *
lectern_article_view_get_text_view (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), NULL);

  return self->text_view;
}

void
lectern_article_view_set_caret_browsing (LecternArticleView *self,
                                         gboolean            enabled)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  /* Without a visible cursor GtkTextView turns arrow keys into scrolling,
   * which is the right default for reading; with it, Shift+arrows select. */
  gtk_text_view_set_cursor_visible (self->text_view, enabled);
  if (enabled)
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

void
lectern_article_view_set_zoom (LecternArticleView *self,
                               double              zoom)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;

  self->zoom = zoom;
  apply_zoom (self);
}

gboolean
lectern_article_view_get_selection (LecternArticleView *self,
                                    gint64             *start,
                                    gint64             *end)
{
  GtkTextIter s, e;

  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), FALSE);

  /* While a long story loads, the shown buffer holds its start: the
   * offsets of a selection there are the story's. */
  if (!lectern_article_view_can_annotate (self) ||
      !gtk_text_buffer_get_selection_bounds (self->buffer, &s, &e))
    return FALSE;

  if (start != NULL)
    *start = gtk_text_iter_get_offset (&s);
  if (end != NULL)
    *end = gtk_text_iter_get_offset (&e);

  return TRUE;
}

void
lectern_article_view_clear_selection (LecternArticleView *self)
{
  GtkTextIter iter;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  gtk_text_buffer_select_range (self->buffer, &iter, &iter);
}

void
lectern_article_view_select_range (LecternArticleView *self,
                                   gint64              start,
                                   gint64              end)
{
  GtkTextIter s, e;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  lectern_article_view_get_iter_at_offset (self, &s, start);
  lectern_article_view_get_iter_at_offset (self, &e, end);
  gtk_text_buffer_select_range (self->buffer, &s, &e);
  lectern_article_view_scroll_to_range (self, start, end);
}

void
lectern_article_view_scroll_to_range (LecternArticleView *self,
                                      gint64              start,
                                      gint64              end)
{
  GtkTextIter iter;
  GtkTextMark *mark;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  lectern_article_view_get_iter_at_offset (self, &iter, start);
  mark = gtk_text_buffer_get_mark (self->buffer, "lectern-scroll");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (self->buffer, "lectern-scroll", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (self->buffer, mark, &iter);

  /* A mark, not an iter: GtkTextView scrolls to it once the lines on the
   * way are laid out. */
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.0, TRUE, 0.0, 0.3);
}

gint64
lectern_article_view_get_reading_offset (LecternArticleView *self)
{
  GtkTextIter iter;

  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), 0);

  if (gtk_text_view_get_cursor_visible (self->text_view))
    {
      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
      return gtk_text_iter_get_offset (&iter);
    }

  return lectern_article_view_top_offset (self);
}

void
lectern_article_view_go_to_offset (LecternArticleView *self,
                                   gint64              offset)
{
  GtkTextIter iter;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  lectern_article_view_get_iter_at_offset (self, &iter, offset);
  gtk_text_buffer_place_cursor (self->buffer, &iter);
  lectern_article_view_scroll_to_range (self, offset, offset);
}

double
lectern_article_view_get_position (LecternArticleView *self)
{
  GdkRectangle visible;
  GtkTextIter iter;
  int n_chars;

  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), 0);

  n_chars = gtk_text_buffer_get_char_count (self->buffer);
  if (n_chars == 0 || lectern_article_view_get_loading (self))
    return 0;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  if (visible.y <= 0)
    return 0;

  gtk_text_view_get_iter_at_location (self->text_view, &iter, visible.x, visible.y);

  return (double) gtk_text_iter_get_offset (&iter) / n_chars;
}

void
lectern_article_view_set_position (LecternArticleView *self,
                                   double              fraction)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  /* Applied once the text is in and laid out at its final width, since
   * the first allocation changes the margins and so every line's height. */
  self->pending_position = fraction;
  lectern_article_view_queue_restore_position (self);
}

void
lectern_article_view_point_popover_at (LecternArticleView *self,
                                       GtkPopover         *popover,
                                       gint64              start,
                                       gint64              end)
{
  GtkTextIter s, e;
  GdkRectangle sr, er, rect;
  int wx, wy;
  graphene_point_t point;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));
  g_return_if_fail (GTK_IS_POPOVER (popover));

  lectern_article_view_get_iter_at_offset (self, &s, start);
  lectern_article_view_get_iter_at_offset (self, &e, end);
  gtk_text_view_get_iter_location (self->text_view, &s, &sr);
  gtk_text_view_get_iter_location (self->text_view, &e, &er);

  /* Point at the middle of a one-line passage, else at its end, so the
   * popover opens below the passage instead of over it. */
  if (sr.y == er.y)
    rect = (GdkRectangle) { (sr.x + er.x) / 2, sr.y, 1, sr.height };
  else
    rect = (GdkRectangle) { MAX (er.x - 1, 0), er.y, 1, er.height };

  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &wx, &wy);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (wx, wy), &point))
    point = GRAPHENE_POINT_INIT (wx, wy);

  rect.x = CLAMP ((int) point.x, 0, MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - 1));
  rect.y = CLAMP ((int) point.y, 0, MAX (0, gtk_widget_get_height (GTK_WIDGET (self)) - 1));
  gtk_popover_set_pointing_to (popover, &rect);

  self->pointed_popover = popover;
  self->pointed_start = start;
  self->pointed_end = end;
}

void
lectern_article_view_snap_selection_to_words (LecternArticleView *self)
{
  GtkTextIter start, end;
  gboolean changed = FALSE;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  if (!gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    return;

  if (gtk_text_iter_inside_word (&start) && !gtk_text_iter_starts_word (&start))
    changed |= gtk_text_iter_backward_word_start (&start);
  /* An end just after a word's last letter is already whole. */
  if (gtk_text_iter_inside_word (&end) && !gtk_text_iter_starts_word (&end) && !gtk_text_iter_ends_word (&end))
    changed |= gtk_text_iter_forward_word_end (&end);

  if (changed)
    gtk_text_buffer_select_range (self->buffer, &start, &end);
}
