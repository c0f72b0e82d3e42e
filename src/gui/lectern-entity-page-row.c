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

  GtkLabel              *title;
  GtkLabel              *subtitle;
  GtkButton             *split_button;

  LecternEntityPageItem *item;
};

G_DEFINE_FINAL_TYPE (LecternEntityPageRow, lectern_entity_page_row, GTK_TYPE_WIDGET)

/* Titles up to this long fit a line of the page at its usual widths. */
#define WRAP_CHARS 60

static void
show_item (LecternEntityPageRow *self)
{
  LecternEntityPageItem *item = self->item;
  const char *subtitle = lectern_entity_page_item_get_subtitle (item);
  const char *split_key = lectern_entity_page_item_get_split_key (item);
  gboolean heading = lectern_entity_page_item_is_heading (item);
  gboolean show_all = lectern_entity_page_item_get_show_all (item) >= 0;
  gboolean has_subtitle = subtitle != NULL && *subtitle != '\0';
  const char *title;

  title = lectern_entity_page_item_get_title (item);
  /* A wrapping label is laid out at many widths to be measured (most of
   * the page's CPU time): only a long title wraps, the others take one
   * line and end in an ellipsis when the page is narrow. */
  gtk_label_set_wrap (self->title, g_utf8_strlen (title, -1) > WRAP_CHARS);
  gtk_label_set_text (self->title, title);
  gtk_label_set_text (self->subtitle, has_subtitle ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), has_subtitle);
  if (heading)
    gtk_widget_add_css_class (GTK_WIDGET (self->title), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title), "heading");
  if (show_all)
    gtk_widget_add_css_class (GTK_WIDGET (self->title), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title), "accent");
  gtk_widget_set_margin_top (GTK_WIDGET (self), heading ? 18 : 6);

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

  g_clear_object (&self->item);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ENTITY_PAGE_ROW);
  /* The box without an id is ours to drop too. */
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

  if (!g_set_object (&self->item, item) || item == NULL)
    return;

  show_item (self);
}
