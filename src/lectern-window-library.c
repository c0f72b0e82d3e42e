/* lectern-window-library.c: the library of stories (Ctrl+L), to open one
 * again or check some for export
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"


#include <glib/gi18n.h>

/* The library: every stored story, to go back to one. */

static gpointer
list_stories_worker (LecternStore  *store,
                     gpointer       data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  return lectern_store_list_stories_sync (store, error);
}

static GtkWidget *
create_library_row (LecternStory *story,
                    gboolean      current)
{
  GtkWidget *row, *box, *select, *texts, *title, *subtitle;
  g_autoptr(GDateTime) imported = g_date_time_new_from_unix_local (story->imported_at);
  g_autofree char *date = imported != NULL ? g_date_time_format (imported, "%x") : g_strdup ("");
  g_autofree char *source = NULL;
  g_autofree char *details = NULL;
  g_autofree char *select_label = NULL;
  g_autofree char *row_label = NULL;

  if (story->source != NULL && story->source[0] != '\0')
    source = g_path_get_basename (story->source);
  else
    source = g_strdup (_("Pasted text"));
  /* Translators: a story's file name, then the date it was imported */
  details = g_strdup_printf (C_("library row", "%s · %s"), source, date);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  /* Checked stories are exported together by the Export Selected… button. */
  select = gtk_check_button_new ();
  gtk_widget_set_valign (select, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (select, _("Select for Export"));
  /* Translators: the accessible name of a library row's check box; %s is
   * the story's title */
  select_label = g_strdup_printf (_("Select “%s” for export"), story->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (select), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  select_label, -1);
  gtk_box_append (GTK_BOX (box), select);
  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);

  title = gtk_label_new (story->title);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
  gtk_box_append (GTK_BOX (texts), title);

  subtitle = gtk_label_new (details);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (texts), subtitle);

  if (current)
    {
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Open now"), -1);
      gtk_box_append (GTK_BOX (box), check);
    }

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* Rows were nameless to screen readers. */
  /* Translators: a library row read aloud: the title, then "file · date" */
  row_label = g_strdup_printf (C_("library row", "%s, %s"), story->title, details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, row_label, -1);
  g_object_set_data_full (G_OBJECT (row), "lectern-story-id",
                          g_memdup2 (&story->id, sizeof story->id), g_free);
  g_object_set_data (G_OBJECT (row), "lectern-select", select);

  return row;
}

/* The ids ("ax") of the stories checked in the library list. */
static GVariant *
selected_story_ids (LecternWindow *self)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("ax"));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->library_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkCheckButton *select = g_object_get_data (G_OBJECT (row), "lectern-select");
      gint64 *id = g_object_get_data (G_OBJECT (row), "lectern-story-id");

      if (select != NULL && id != NULL && gtk_check_button_get_active (select))
        g_variant_builder_add (&builder, "x", *id);
    }

  return g_variant_builder_end (&builder);
}

static void
on_library_select_toggled_cb (LecternWindow  *self,
                              GtkCheckButton *select)
{
  g_autoptr(GVariant) ids = g_variant_ref_sink (selected_story_ids (self));

  gtk_widget_set_sensitive (self->export_selected_button, g_variant_n_children (ids) > 0);
}

static void
on_export_selected_button_clicked_cb (LecternWindow *self,
                                      GtkButton     *button)
{
  g_autoptr(GVariant) ids = g_variant_ref_sink (selected_story_ids (self));

  gtk_popover_popdown (self->library_popover);
  gtk_widget_activate_action_variant (GTK_WIDGET (self), "win.export-stories", ids);
}

static void
on_stories_listed_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GError) error = NULL;

  stories = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (stories == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        lectern_window_show_error (self, _("Could Not Read the Library"), error->message);
      lectern_window_op_finish (op);
      return;
    }

  lectern_window_clear_list (self->library_list);
  gtk_widget_set_sensitive (self->export_selected_button, FALSE);
  for (guint i = 0; i < stories->len; i++)
    {
      LecternStory *story = g_ptr_array_index (stories, i);
      GtkWidget *row = create_library_row (story, self->story != NULL && self->story->id == story->id);

      g_signal_connect_object (g_object_get_data (G_OBJECT (row), "lectern-select"), "toggled",
                               G_CALLBACK (on_library_select_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (self->library_list, row);
    }

  lectern_window_op_finish (op);
}

static void
on_library_popover_show_cb (LecternWindow *self,
                            GtkPopover    *popover)
{
  if (self->store == NULL)
    return;

  lectern_store_run_async (self->store, list_stories_worker, NULL, NULL,
                           (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                           on_stories_listed_cb, lectern_window_op_new (self));
}

static gpointer
load_story_worker (LecternStore  *store,
                   gpointer       data,
                   GCancellable  *cancellable,
                   GError       **error)
{
  gint64 *id = data;
  g_autoptr(ShowData) show = g_new0 (ShowData, 1);

  show->story = lectern_store_get_story_sync (store, *id, error);
  if (show->story == NULL)
    return NULL;
  show->highlights = lectern_store_list_highlights_sync (store, show->story->id, error);
  if (show->highlights == NULL || !lectern_window_read_story_note (store, show, error))
    return NULL;
  show->blocks = lectern_story_get_blocks (show->story);

  return g_steal_pointer (&show);
}

static void
on_story_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(ShowData) show = NULL;
  g_autoptr(GError) error = NULL;

  show = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (show != NULL)
    lectern_window_show_story (self, show);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    lectern_window_show_error (self, _("Could Not Open the Story"), error->message);

  lectern_window_op_finish (op);
}

static void
open_story_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);

  if (self->store == NULL || (self->story != NULL && self->story->id == id))
    return;

  lectern_store_run_async (self->store, load_story_worker, g_memdup2 (&id, sizeof id), g_free,
                           lectern_window_show_data_free, self->cancellable, on_story_loaded_cb, lectern_window_op_new (self));
}

typedef struct
{
  OpData *op;
  double  position;
} ReloadOp;

static void
on_story_reloaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ReloadOp *reload = user_data;
  LecternWindow *self = reload->op->self;
  g_autoptr(ShowData) show = NULL;
  g_autoptr(GError) error = NULL;

  show = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (show != NULL)
    {
      lectern_window_show_story (self, show);
      lectern_article_view_set_position (self->article_view, reload->position);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    lectern_window_show_error (self, _("Could Not Open the Story"), error->message);

  lectern_window_op_finish (reload->op);
  g_free (reload);
}

/* Reads the current story and its highlights again, keeping the place. */
void
lectern_window_reload_story (LecternWindow *self)
{
  ReloadOp *reload;
  gint64 id;

  if (self->story == NULL || self->store == NULL)
    return;

  id = self->story->id;
  reload = g_new0 (ReloadOp, 1);
  reload->op = lectern_window_op_new (self);
  reload->position = lectern_article_view_get_position (self->article_view);
  lectern_store_run_async (self->store, load_story_worker, g_memdup2 (&id, sizeof id), g_free,
                           lectern_window_show_data_free, self->cancellable, on_story_reloaded_cb, reload);
}

static void
on_library_list_row_activated_cb (LecternWindow *self,
                                  GtkListBoxRow *row,
                                  GtkListBox    *list)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "lectern-story-id");

  gtk_popover_popdown (self->library_popover);
  if (id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-story", "x", *id);
}

static void
show_library_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_menu_button_popup (LECTERN_WINDOW (widget)->library_button);
}

void
lectern_window_library_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_library_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_library_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_selected_button_clicked_cb);
  gtk_widget_class_install_action (widget_class, "win.open-story", "x", open_story_action);
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
}
