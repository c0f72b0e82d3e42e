/* lectern-highlight-popover.c: colour, note, copy and delete for a highlight
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-highlight-popover"

#include "config.h"

#include "lectern-highlight-popover.h"

#include "lectern-article-view.h"

#include <glib/gi18n.h>
#include <string.h>

/* Notes are saved this long after the last key press, and on close. */
#define NOTE_SAVE_DELAY_MS 800

#define N_COLORS 5

struct _LecternHighlightPopover
{
  GtkPopover     parent_instance;

  GtkWidget     *color_box;
  GtkToggleButton *swatches[N_COLORS];   /* color_buttons[]'s, in order; color_box owns them */
  GtkLabel      *category_label;
  GPtrArray     *categories;   /* (nullable) (element-type LecternCategory) */
  GtkToggleButton *highlight_style_button;
  GtkToggleButton *underline_style_button;
  GtkTextView   *note_view;
  GtkEntry      *tags_entry;
  GtkListStore  *known_tags;

  gint64         highlight_id;
  char          *color;
  char          *style;
  char          *tags_text;   /* as last set or saved */
  gboolean       note_dirty;
  gboolean       setting;
  guint          save_source;
};

G_DEFINE_FINAL_TYPE (LecternHighlightPopover, lectern_highlight_popover, GTK_TYPE_POPOVER)

enum { COLOR_CHANGED, STYLE_CHANGED, NOTE_CHANGED, TAGS_CHANGED, COPY_QUOTE, DELETE_HIGHLIGHT, N_SIGNALS };
static guint signals[N_SIGNALS];

static const struct { const char *color; const char *label; } color_buttons[] = {
  { "yellow", N_("Yellow") },
  { "green",  N_("Green") },
  { "blue",   N_("Blue") },
  { "pink",   N_("Pink") },
  { "purple", N_("Purple") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (color_buttons) == N_COLORS);

static void
update_color_buttons (LecternHighlightPopover *self)
{
  for (guint i = 0; i < N_COLORS; i++)
    {
      self->setting = TRUE;
      gtk_toggle_button_set_active (self->swatches[i],
                                    g_strcmp0 (color_buttons[i].color, self->color) == 0);
      self->setting = FALSE;
    }

  /* The category by name, not only in the swatches' tooltips. */
  gtk_label_set_text (self->category_label,
                      self->color != NULL ? lectern_category_name_for (self->categories, self->color) : "");
}

static gboolean
save_note_cb (gpointer user_data)
{
  LecternHighlightPopover *self = user_data;

  self->save_source = 0;
  lectern_highlight_popover_flush_note (self);

  return G_SOURCE_REMOVE;
}

static void
on_note_buffer_changed_cb (LecternHighlightPopover *self,
                           GtkTextBuffer           *buffer)
{
  if (self->setting)
    return;

  self->note_dirty = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (NOTE_SAVE_DELAY_MS, save_note_cb, self);
}

static void
on_color_button_toggled_cb (GtkToggleButton         *button,
                            LecternHighlightPopover *self)
{
  const char *color = NULL;

  if (self->setting || !gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < N_COLORS; i++)
    if (self->swatches[i] == button)
      color = color_buttons[i].color;
  g_return_if_fail (color != NULL);
  if (g_strcmp0 (color, self->color) == 0)
    return;

  g_free (self->color);
  self->color = g_strdup (color);
  gtk_label_set_text (self->category_label, lectern_category_name_for (self->categories, color));
  g_signal_emit (self, signals[COLOR_CHANGED], 0, self->highlight_id, color);
}

static void
on_style_button_toggled_cb (LecternHighlightPopover *self,
                            GtkToggleButton         *button)
{
  const char *style = button == self->underline_style_button ? "underline" : "highlight";

  if (self->setting || !gtk_toggle_button_get_active (button) || g_strcmp0 (style, self->style) == 0)
    return;

  g_free (self->style);
  self->style = g_strdup (style);
  g_signal_emit (self, signals[STYLE_CHANGED], 0, self->highlight_id, style);
}

/* Tags are typed as "a, b, c"; saved on Enter and when the popover closes. */
static void
flush_tags (LecternHighlightPopover *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tags_entry));

  if (self->highlight_id == 0 || g_strcmp0 (text, self->tags_text) == 0)
    return;

  g_free (self->tags_text);
  self->tags_text = g_strdup (text);
  g_signal_emit (self, signals[TAGS_CHANGED], 0, self->highlight_id, text);
}

static void
on_tags_entry_activate_cb (LecternHighlightPopover *self,
                           GtkEntry                *entry)
{
  flush_tags (self);
}

/* The tag being typed: whatever follows the last comma. */
static const char *
current_tag_start (const char *text)
{
  const char *comma = strrchr (text, ',');

  return comma != NULL ? comma + 1 : text;
}

static gboolean
tag_completion_match (GtkEntryCompletion *completion,
                      const char         *key,
                      GtkTreeIter        *iter,
                      gpointer            user_data)
{
  LecternHighlightPopover *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tags_entry));
  g_autofree char *typed = g_strstrip (g_utf8_casefold (current_tag_start (text), -1));
  g_autofree char *tag = NULL;
  g_autofree char *folded = NULL;

  /* The whole entry is the key GTK passes; only the last tag counts. */
  if (typed[0] == '\0')
    return FALSE;

  gtk_tree_model_get (GTK_TREE_MODEL (self->known_tags), iter, 0, &tag, -1);
  folded = g_utf8_casefold (tag, -1);

  return g_str_has_prefix (folded, typed) && strcmp (folded, typed) != 0;
}

static gboolean
on_tag_completion_match_selected_cb (LecternHighlightPopover *self,
                                     GtkTreeModel            *model,
                                     GtkTreeIter             *iter,
                                     GtkEntryCompletion      *completion)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tags_entry));
  g_autofree char *tag = NULL;
  g_autofree char *done = NULL;
  g_autofree char *completed = NULL;

  /* Replace only the tag being typed, keeping those before it. */
  gtk_tree_model_get (model, iter, 0, &tag, -1);
  done = g_strndup (text, current_tag_start (text) - text);
  completed = g_strconcat (done, done[0] != '\0' ? " " : "", tag, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), completed);
  gtk_editable_set_position (GTK_EDITABLE (self->tags_entry), -1);

  return TRUE;
}

static void
on_copy_button_clicked_cb (LecternHighlightPopover *self)
{
  g_signal_emit (self, signals[COPY_QUOTE], 0, self->highlight_id);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_delete_button_clicked_cb (LecternHighlightPopover *self)
{
  gint64 id = self->highlight_id;

  /* A deleted highlight has no note left to save. */
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->note_dirty = FALSE;
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[DELETE_HIGHLIGHT], 0, id);
}

/* Closing goes back to the text, where reading goes on (Esc used to land
 * on the sidebar's tabs). After GTK's own focus restoring, hence idle. */
static gboolean
focus_text_cb (gpointer user_data)
{
  g_autoptr(GtkWidget) parent = user_data;

  if (LECTERN_IS_ARTICLE_VIEW (parent) && gtk_widget_get_root (parent) != NULL &&
      gtk_widget_get_mapped (parent))
    gtk_widget_grab_focus (GTK_WIDGET (lectern_article_view_get_text_view (LECTERN_ARTICLE_VIEW (parent))));

  return G_SOURCE_REMOVE;
}

static void
close_to_text_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  gtk_popover_popdown (GTK_POPOVER (widget));
  if (LECTERN_IS_ARTICLE_VIEW (parent))
    gtk_widget_grab_focus (GTK_WIDGET (lectern_article_view_get_text_view (LECTERN_ARTICLE_VIEW (parent))));
}

static void
lectern_highlight_popover_closed (GtkPopover *popover)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (popover));

  lectern_highlight_popover_flush_note (LECTERN_HIGHLIGHT_POPOVER (popover));
  flush_tags (LECTERN_HIGHLIGHT_POPOVER (popover));
  if (parent != NULL)
    g_idle_add (focus_text_cb, g_object_ref (parent));

  if (GTK_POPOVER_CLASS (lectern_highlight_popover_parent_class)->closed)
    GTK_POPOVER_CLASS (lectern_highlight_popover_parent_class)->closed (popover);
}

static void
lectern_highlight_popover_dispose (GObject *object)
{
  LecternHighlightPopover *self = LECTERN_HIGHLIGHT_POPOVER (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_HIGHLIGHT_POPOVER);
  g_clear_object (&self->known_tags);

  G_OBJECT_CLASS (lectern_highlight_popover_parent_class)->dispose (object);
}

static void
lectern_highlight_popover_finalize (GObject *object)
{
  LecternHighlightPopover *self = LECTERN_HIGHLIGHT_POPOVER (object);

  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->style, g_free);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->tags_text, g_free);

  G_OBJECT_CLASS (lectern_highlight_popover_parent_class)->finalize (object);
}

static void
lectern_highlight_popover_class_init (LecternHighlightPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkPopoverClass *popover_class = GTK_POPOVER_CLASS (klass);

  object_class->dispose = lectern_highlight_popover_dispose;
  object_class->finalize = lectern_highlight_popover_finalize;
  popover_class->closed = lectern_highlight_popover_closed;

  signals[COLOR_CHANGED] =
    g_signal_new ("color-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
  signals[STYLE_CHANGED] =
    g_signal_new ("style-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
  signals[NOTE_CHANGED] =
    g_signal_new ("note-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
  signals[TAGS_CHANGED] =
    g_signal_new ("tags-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
  signals[COPY_QUOTE] =
    g_signal_new ("copy-quote", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[DELETE_HIGHLIGHT] =
    g_signal_new ("delete-highlight", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-highlight-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternHighlightPopover, color_box);
  gtk_widget_class_bind_template_child (widget_class, LecternHighlightPopover, category_label);
  gtk_widget_class_bind_template_child (widget_class, LecternHighlightPopover, note_view);
  gtk_widget_class_bind_template_child (widget_class, LecternHighlightPopover, highlight_style_button);
  gtk_widget_class_bind_template_child (widget_class, LecternHighlightPopover, underline_style_button);
  gtk_widget_class_bind_template_callback (widget_class, on_style_button_toggled_cb);
  gtk_widget_class_bind_template_child (widget_class, LecternHighlightPopover, tags_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_tags_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "popover.close-to-text", NULL, close_to_text_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "popover.close-to-text", NULL);
}

static void
lectern_highlight_popover_init (LecternHighlightPopover *self)
{
  GtkToggleButton *group = NULL;
  g_autoptr(GtkEntryCompletion) completion = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->known_tags = gtk_list_store_new (1, G_TYPE_STRING);
  completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->known_tags));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_match_func (completion, tag_completion_match, self, NULL);
  g_signal_connect_object (completion, "match-selected",
                           G_CALLBACK (on_tag_completion_match_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_entry_set_completion (self->tags_entry, completion);

  for (guint i = 0; i < N_COLORS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      g_autofree char *css_class = g_strdup_printf ("color-%s", color_buttons[i].color);

      gtk_widget_add_css_class (button, "color-button");
      gtk_widget_add_css_class (button, css_class);
      gtk_widget_set_tooltip_text (button, _(color_buttons[i].label));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(color_buttons[i].label),
                                      -1);
      self->swatches[i] = GTK_TOGGLE_BUTTON (button);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_color_button_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (self->color_box), button);
    }

  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (on_note_buffer_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
lectern_highlight_popover_new (void)
{
  return g_object_new (LECTERN_TYPE_HIGHLIGHT_POPOVER, NULL);
}

void
lectern_highlight_popover_set_highlight (LecternHighlightPopover *self,
                                         const LecternHighlight  *highlight)
{
  g_return_if_fail (LECTERN_IS_HIGHLIGHT_POPOVER (self));
  g_return_if_fail (highlight != NULL);

  if (self->highlight_id != highlight->id)
    {
      lectern_highlight_popover_flush_note (self);
      flush_tags (self);
    }

  self->highlight_id = highlight->id;
  g_free (self->color);
  self->color = g_strdup (highlight->color);
  update_color_buttons (self);
  g_free (self->style);
  self->style = g_strdup (highlight->style != NULL ? highlight->style : "highlight");
  self->setting = TRUE;
  gtk_toggle_button_set_active (g_strcmp0 (self->style, "underline") == 0
                                ? self->underline_style_button : self->highlight_style_button, TRUE);
  self->setting = FALSE;

  self->setting = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view),
                            highlight->note != NULL ? highlight->note : "", -1);
  self->setting = FALSE;
  self->note_dirty = FALSE;

  g_free (self->tags_text);
  self->tags_text = highlight->tags != NULL ? g_strjoinv (", ", highlight->tags) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), self->tags_text);
}

gint64
lectern_highlight_popover_get_highlight_id (LecternHighlightPopover *self)
{
  g_return_val_if_fail (LECTERN_IS_HIGHLIGHT_POPOVER (self), 0);

  return self->highlight_id;
}

GtkTextView *
lectern_highlight_popover_get_note_view (LecternHighlightPopover *self)
{
  g_return_val_if_fail (LECTERN_IS_HIGHLIGHT_POPOVER (self), NULL);

  return self->note_view;
}

void
lectern_highlight_popover_set_categories (LecternHighlightPopover *self,
                                          GPtrArray               *categories)
{
  g_return_if_fail (LECTERN_IS_HIGHLIGHT_POPOVER (self));

  if (categories != NULL)
    g_ptr_array_ref (categories);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  self->categories = categories;
  update_color_buttons (self);

  for (guint i = 0; i < N_COLORS; i++)
    {
      GtkWidget *child = GTK_WIDGET (self->swatches[i]);
      const char *name = lectern_category_name_for (categories, color_buttons[i].color);
      g_autofree char *label = NULL;

      /* Translators: a highlight category, then its colour: "Quote (yellow)" */
      label = g_strdup_printf (C_("category", "%s (%s)"), name, _(color_buttons[i].label));
      gtk_widget_set_tooltip_text (child, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

void
lectern_highlight_popover_set_known_tags (LecternHighlightPopover *self,
                                          GPtrArray               *tags)
{
  g_return_if_fail (LECTERN_IS_HIGHLIGHT_POPOVER (self));
  g_return_if_fail (tags != NULL);

  gtk_list_store_clear (self->known_tags);
  for (guint i = 0; i < tags->len; i++)
    gtk_list_store_insert_with_values (self->known_tags, NULL, -1,
                                       0, g_ptr_array_index (tags, i), -1);
}

GtkEntry *
lectern_highlight_popover_get_tags_entry (LecternHighlightPopover *self)
{
  g_return_val_if_fail (LECTERN_IS_HIGHLIGHT_POPOVER (self), NULL);

  return self->tags_entry;
}

void
lectern_highlight_popover_flush_note (LecternHighlightPopover *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *note = NULL;

  g_return_if_fail (LECTERN_IS_HIGHLIGHT_POPOVER (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->note_dirty || self->highlight_id == 0)
    return;

  self->note_dirty = FALSE;
  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (note);
  g_signal_emit (self, signals[NOTE_CHANGED], 0, self->highlight_id, note);
}
