/* lectern-search-row.c: one result of Search Everything: the story's
 * title, what matched, and the text around the match with it in bold
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-search-view"

#include "config.h"

#include "lectern-search-row.h"

#include <glib/gi18n.h>

struct _LecternSearchRow
{
  GtkWidget            parent_instance;

  GtkInscription      *title;
  GtkInscription      *kind;
  GtkInscription      *snippet;

  LecternSearchResult *result;
};

G_DEFINE_FINAL_TYPE (LecternSearchRow, lectern_search_row, GTK_TYPE_WIDGET)

static const char *
match_label (LecternSearchMatch match)
{
  switch (match)
    {
    case LECTERN_SEARCH_MATCH_TITLE: return _("In the title");
    case LECTERN_SEARCH_MATCH_HIGHLIGHT: return _("In a highlight");
    case LECTERN_SEARCH_MATCH_NOTE: return _("In a note");
    case LECTERN_SEARCH_MATCH_TAG: return _("In a tag");
    case LECTERN_SEARCH_MATCH_ENTITY: return _("A person or organization");
    case LECTERN_SEARCH_MATCH_TEXT:
    default: return _("In the text");
    }
}

/* An inscription is named by its text for screen readers, as a label is
 * (GTK 4.8 does not do it itself). */
static void
set_text (GtkInscription *inscription,
          const char     *text)
{
  gtk_inscription_set_text (inscription, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (inscription), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : "", -1);
}

static void
show_result (LecternSearchRow *self)
{
  const LecternSearchHit *hit = lectern_search_result_get_hit (self->result);
  const char *entity_name = lectern_search_result_get_entity_name (self->result);
  g_autoptr(GArray) marks = NULL;
  g_autofree char *snippet = lectern_search_hit_snippet_plain (hit, &marks);
  g_autofree char *label = NULL;
  PangoAttrList *attrs = pango_attr_list_new ();

  /* The matches stand out in bold, underlined. */
  for (guint i = 0; marks != NULL && i < marks->len; i++)
    {
      LecternSpan *span = &g_array_index (marks, LecternSpan, i);
      const char *start = g_utf8_offset_to_pointer (snippet, span->start);
      const char *end = g_utf8_offset_to_pointer (snippet, span->end);
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      PangoAttribute *underline = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);

      bold->start_index = underline->start_index = start - snippet;
      bold->end_index = underline->end_index = end - snippet;
      pango_attr_list_insert (attrs, bold);
      pango_attr_list_insert (attrs, underline);
    }

  set_text (self->title, hit->title);
  set_text (self->kind, entity_name != NULL ? entity_name : match_label (hit->match));
  set_text (self->snippet, snippet);
  gtk_inscription_set_attributes (self->snippet, attrs);
  pango_attr_list_unref (attrs);

  /* Translators: a search result read aloud: the story's title, what matched, the text around it */
  label = g_strdup_printf (C_("search result", "%s, %s: %s"), hit->title, match_label (hit->match), snippet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The list's own row is what a screen reader lands on. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
lectern_search_row_dispose (GObject *object)
{
  LecternSearchRow *self = LECTERN_SEARCH_ROW (object);
  GtkWidget *child;

  g_clear_object (&self->result);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_SEARCH_ROW);
  /* The box without an id is ours to drop too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lectern_search_row_parent_class)->dispose (object);
}

static void
lectern_search_row_class_init (LecternSearchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_search_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-search-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternSearchRow, title);
  gtk_widget_class_bind_template_child (widget_class, LecternSearchRow, kind);
  gtk_widget_class_bind_template_child (widget_class, LecternSearchRow, snippet);
  gtk_widget_class_set_css_name (widget_class, "lectern-search-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lectern_search_row_init (LecternSearchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lectern_search_row_new (void)
{
  return g_object_new (LECTERN_TYPE_SEARCH_ROW, NULL);
}

void
lectern_search_row_set_result (LecternSearchRow    *self,
                               LecternSearchResult *result)
{
  g_return_if_fail (LECTERN_IS_SEARCH_ROW (self));
  g_return_if_fail (result == NULL || LECTERN_IS_SEARCH_RESULT (result));

  if (!g_set_object (&self->result, result) || result == NULL)
    return;

  show_result (self);
}
