/* lectern-entity-page-row.c: one line of a person's or organization's
 * page: a section heading, a story, a passage, a merged name with Split,
 * or the row that shows a long section whole
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-entity-view"

#include "config.h"

#include "lectern-entity-page-row.h"

#include <glib/gi18n.h>

struct _LecternEntityPageRow
{
  GtkWidget              parent_instance;

  GtkWidget             *spinner;   /* nullable: made for a Show All row being read */
  GtkLabel              *title;
  GtkLabel              *subtitle;
  GtkButton             *split_button;

  LecternEntityPageItem *item;
};

G_DEFINE_FINAL_TYPE (LecternEntityPageRow, lectern_entity_page_row, GTK_TYPE_WIDGET)

/* Titles up to this long fit a line of the page at its usual widths. */
#define WRAP_CHARS 60

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
show_item (LecternEntityPageRow *self)
{
  LecternEntityPageItem *item = self->item;
  const char *subtitle = lectern_entity_page_item_get_subtitle (item);
  const char *split_key = lectern_entity_page_item_get_split_key (item);
  gboolean heading = lectern_entity_page_item_is_heading (item);
  gboolean show_all = lectern_entity_page_item_get_show_all (item) >= 0;
  /* A Show All row while the rest is read: a spinner and "Loading…",
   * not to be activated again; if the read failed, why, in its place. */
  gboolean loading = show_all && lectern_entity_page_item_get_loading (item);
  const char *error = show_all ? lectern_entity_page_item_get_error (item) : NULL;
  g_autofree char *failed = NULL;
  gboolean has_subtitle;
  const char *title;

  if (loading)
    subtitle = NULL;
  else if (error != NULL)
    {
      /* Translators: a "Show All" row of a person's page whose rows could not be read;
       * %s is why */
      failed = g_strdup_printf (_("Could not read the rest: %s"), error);
      subtitle = failed;
    }
  has_subtitle = subtitle != NULL && *subtitle != '\0';

  title = loading ? _("Loading…") : lectern_entity_page_item_get_title (item);
  /* A wrapping label is laid out at many widths to be measured (most of
   * the page's CPU time): only a long title wraps, the others take one
   * line and end in an ellipsis when the page is narrow. */
  gtk_label_set_wrap (self->title, g_utf8_strlen (title, -1) > WRAP_CHARS);
  gtk_label_set_text (self->title, title);
  gtk_label_set_text (self->subtitle, has_subtitle ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), has_subtitle);
  set_class (GTK_WIDGET (self->subtitle), "error", error != NULL);
  set_class (GTK_WIDGET (self->subtitle), "dim-label", error == NULL);
  set_class (GTK_WIDGET (self->title), "heading", heading);
  set_class (GTK_WIDGET (self->title), "accent", show_all && !loading);
  gtk_widget_set_margin_top (GTK_WIDGET (self), heading ? 18 : 6);

  /* Made when first needed: 200 rows, of which a Show All row or two. */
  if (loading && self->spinner == NULL)
    {
      self->spinner = gtk_spinner_new ();
      gtk_widget_set_valign (self->spinner, GTK_ALIGN_CENTER);
      gtk_widget_insert_after (self->spinner, GTK_WIDGET (self), NULL);
    }
  if (self->spinner != NULL)
    {
      gtk_widget_set_visible (self->spinner, loading);
      gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), loading);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self), !loading);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_BUSY, loading, -1);

  gtk_widget_set_visible (GTK_WIDGET (self->split_button), split_key != NULL);
  /* The target first: an action with no target would not fit "s". */
  if (split_key == NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (self->split_button), NULL);
  else
    {
      g_autofree char *a11y = g_strdup_printf (_("Split “%s” From This Entry"),
                                               lectern_entity_page_item_get_split_form (item));

      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->split_button), "s", split_key);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->split_button), "entity.split");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->split_button), a11y);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->split_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      a11y, -1);
    }
}

static void
lectern_entity_page_row_dispose (GObject *object)
{
  LecternEntityPageRow *self = LECTERN_ENTITY_PAGE_ROW (object);
  GtkWidget *child;

  lectern_entity_page_row_set_item (self, NULL);
  self->spinner = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ENTITY_PAGE_ROW);
  /* The box without an id, and the spinner, are ours to drop too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lectern_entity_page_row_parent_class)->dispose (object);
}

static void
lectern_entity_page_row_class_init (LecternEntityPageRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_entity_page_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-entity-page-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternEntityPageRow, title);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityPageRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityPageRow, split_button);
  gtk_widget_class_set_css_name (widget_class, "lectern-entity-page-row");
}

static void
lectern_entity_page_row_init (LecternEntityPageRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lectern_entity_page_row_new (void)
{
  return g_object_new (LECTERN_TYPE_ENTITY_PAGE_ROW, NULL);
}

void
lectern_entity_page_row_set_item (LecternEntityPageRow  *self,
                                  LecternEntityPageItem *item)
{
  g_return_if_fail (LECTERN_IS_ENTITY_PAGE_ROW (self));
  g_return_if_fail (item == NULL || LECTERN_IS_ENTITY_PAGE_ITEM (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, show_item, self);
  g_set_object (&self->item, item);
  if (item == NULL)
    return;

  /* Only a Show All row changes while it shows. */
  if (lectern_entity_page_item_get_show_all (item) >= 0)
    {
      g_signal_connect_object (item, "notify::loading", G_CALLBACK (show_item), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (item, "notify::error", G_CALLBACK (show_item), self, G_CONNECT_SWAPPED);
    }
  show_item (self);
}
