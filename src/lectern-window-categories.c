/* lectern-window-categories.c: the names the five highlight colours carry:
 * the colour menu and Rename Categories…
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include <glib/gi18n.h>

static gpointer
list_categories_worker (LecternStore  *store,
                        gpointer       data,
                        GCancellable  *cancellable,
                        GError       **error)
{
  return lectern_store_list_categories_sync (store, error);
}

/* The colour menu shows each category as its swatch and name: a menu
 * item's icon is hidden when it has a label, so each row is a custom
 * child of the popover. */
static void
on_color_row_clicked_cb (GtkButton     *button,
                         LecternWindow *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* A colour popover's check marks, one per colour in the order of
 * lectern_highlight_colors(), freed with its "show" handler. The checks
 * are the popover's children; the window is held weakly. */
typedef struct
{
  GWeakRef   window;
  GPtrArray *checks;   /* of GtkWidget, unowned */
} ColorChecks;

static void
color_checks_free (gpointer  data,
                   GClosure *closure)
{
  ColorChecks *color_checks = data;

  g_weak_ref_clear (&color_checks->window);
  g_ptr_array_unref (color_checks->checks);
  g_free (color_checks);
}

static void
on_color_popover_show_cb (GtkWidget   *popover,
                          ColorChecks *color_checks)
{
  g_autoptr(LecternWindow) self = g_weak_ref_get (&color_checks->window);
  g_autofree char *current = NULL;
  const char *const *colors = lectern_highlight_colors ();

  if (self == NULL)
    return;

  g_object_get (self, "highlight-color", &current, NULL);
  for (guint i = 0; colors[i] != NULL && i < color_checks->checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (color_checks->checks, i);
      GtkWidget *row = gtk_widget_get_ancestor (check, GTK_TYPE_BUTTON);
      gboolean selected = g_strcmp0 (current, colors[i]) == 0;

      gtk_widget_set_opacity (check, selected ? 1.0 : 0.0);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_CHECKED,
                                   selected ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE,
                                   -1);
    }
}

static GtkWidget *
create_color_row (LecternWindow *self,
                  const char    *color,
                  GtkWidget    **out_check)
{
  g_autofree char *swatch_class = g_strdup_printf ("color-%s", color);
  const char *name = lectern_window_category_name (self, color);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "color-menu-row");
  gtk_widget_add_css_class (swatch, "color-swatch");
  gtk_widget_add_css_class (swatch, swatch_class);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_button_set_child (GTK_BUTTON (button), box);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "reader.set-color");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", color);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_color_row_clicked_cb), self, 0);

  *out_check = check;
  return button;
}

void
lectern_window_rebuild_color_menu (LecternWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  const char *const *colors = lectern_highlight_colors ();
  GtkWidget *popover;
  ColorChecks *color_checks;

  for (guint i = 0; colors[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (NULL, NULL);
      g_autofree char *id = g_strdup_printf ("color-%s", colors[i]);

      g_menu_item_set_attribute (item, "custom", "s", id);
      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, _("Highlight Category"), G_MENU_MODEL (section));
  g_menu_append (menu, _("_Rename Categories…"), "win.rename-categories");
  gtk_menu_button_set_menu_model (self->color_button, G_MENU_MODEL (menu));

  /* A new popover comes with each model. */
  popover = GTK_WIDGET (gtk_menu_button_get_popover (self->color_button));
  color_checks = g_new0 (ColorChecks, 1);
  g_weak_ref_init (&color_checks->window, self);
  color_checks->checks = g_ptr_array_new ();
  for (guint i = 0; colors[i] != NULL; i++)
    {
      g_autofree char *id = g_strdup_printf ("color-%s", colors[i]);
      GtkWidget *check = NULL;
      GtkWidget *row = create_color_row (self, colors[i], &check);

      gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), row, id);
      g_ptr_array_add (color_checks->checks, check);
    }
  g_signal_connect_data (popover, "show", G_CALLBACK (on_color_popover_show_cb), color_checks,
                         color_checks_free, 0);
}

static void
on_categories_loaded_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(GError) error = NULL;
  GPtrArray *categories;

  categories = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (categories != NULL)
    {
      g_clear_pointer (&self->categories, g_ptr_array_unref);
      self->categories = categories;
      lectern_window_rebuild_color_menu (self);
      lectern_notes_page_set_categories (self->notes_page, categories);
      lectern_highlight_popover_set_categories (self->popover, categories);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not read the highlight categories: %s", error->message);

  lectern_window_op_finish (op);
}

/* Rename Categories…: the names the five colours carry */

typedef struct
{
  char *color;
  char *name;
} CategoryRename;

static gpointer
rename_categories_worker (LecternStore  *store,
                          gpointer       data,
                          GCancellable  *cancellable,
                          GError       **error)
{
  GPtrArray *renames = data;

  for (guint i = 0; i < renames->len; i++)
    {
      CategoryRename *rename = g_ptr_array_index (renames, i);

      if (!lectern_store_set_category_name_sync (store, rename->color, rename->name, error))
        return NULL;
    }

  return lectern_store_list_categories_sync (store, error);
}

static void
category_rename_free (gpointer data)
{
  CategoryRename *rename = data;

  g_free (rename->color);
  g_free (rename->name);
  g_free (rename);
}

static void
on_categories_renamed_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(GError) error = NULL;
  GPtrArray *categories;

  categories = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (categories == NULL)
    lectern_window_show_error (self, _("Could Not Rename the Categories"), error->message);
  else
    {
      g_clear_pointer (&self->categories, g_ptr_array_unref);
      self->categories = categories;
      lectern_window_rebuild_color_menu (self);
      lectern_notes_page_set_categories (self->notes_page, categories);
      lectern_highlight_popover_set_categories (self->popover, categories);
    }

  lectern_window_op_finish (op);
}

static void
on_rename_categories_response_cb (AdwMessageDialog *dialog,
                                  const char       *response,
                                  LecternWindow    *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  const char *const *colors = lectern_highlight_colors ();
  g_autoptr(GPtrArray) renames = NULL;
  guint i = 0;

  if (g_strcmp0 (response, "rename") != 0 || self->store == NULL)
    return;

  renames = g_ptr_array_new_with_free_func (category_rename_free);
  for (GtkWidget *entry = gtk_widget_get_first_child (box);
       entry != NULL && colors[i] != NULL;
       entry = gtk_widget_get_next_sibling (entry), i++)
    {
      CategoryRename *rename = g_new0 (CategoryRename, 1);

      rename->color = g_strdup (colors[i]);
      /* An empty name goes back to the default one. */
      rename->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
      g_ptr_array_add (renames, rename);
    }

  lectern_store_run_async (self->store, rename_categories_worker, g_steal_pointer (&renames),
                           (GDestroyNotify) g_ptr_array_unref, (GDestroyNotify) g_ptr_array_unref,
                           NULL, on_categories_renamed_cb, lectern_window_op_new (self));
}

static void
rename_categories_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  const char *const *colors = lectern_highlight_colors ();
  GtkWidget *dialog, *box;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Categories"),
                                   _("Each highlight colour stands for a category. Leave a name empty to go back to the usual one."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (guint i = 0; colors[i] != NULL; i++)
    {
      GtkWidget *entry = gtk_entry_new ();
      g_autofree char *css_class = g_strdup_printf ("category-%s", colors[i]);
      g_autofree char *label = NULL;

      gtk_editable_set_text (GTK_EDITABLE (entry), lectern_window_category_name (self, colors[i]));
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), lectern_highlight_default_category_name (colors[i]));
      /* Translators: the accessible name of the entry for one category; %s is its current name */
      label = g_strdup_printf (_("Name of the category now called “%s”"), lectern_window_category_name (self, colors[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_add_css_class (entry, "category-entry");
      gtk_widget_add_css_class (entry, css_class);
      gtk_box_append (GTK_BOX (box), entry);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_categories_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
lectern_window_load_categories (LecternWindow *self)
{
  lectern_store_run_async (self->store, list_categories_worker, NULL, NULL,
                           (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                           on_categories_loaded_cb, lectern_window_op_new (self));
}

void
lectern_window_categories_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.rename-categories", NULL, rename_categories_action);
}
