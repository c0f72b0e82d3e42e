/* lectern-note-row.c: one highlight in the Notes page of the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-note-row"

#include "config.h"

#include "lectern-note-row.h"

#include <glib/gi18n.h>

struct _LecternNoteRow
{
  GtkWidget  parent_instance;

  GtkLabel  *caption;
  GtkWidget *swatch;
  GtkLabel  *quote;
  GtkWidget *orphan;
  GtkLabel  *tags;
  GtkLabel  *note;
};

G_DEFINE_FINAL_TYPE (LecternNoteRow, lectern_note_row, GTK_TYPE_WIDGET)

static void
set_optional_label (GtkLabel   *label,
                    const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
lectern_note_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), LECTERN_TYPE_NOTE_ROW);
  /* Children without an id in the template are ours to drop too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lectern_note_row_parent_class)->dispose (object);
}

static void
lectern_note_row_class_init (LecternNoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_note_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-note-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternNoteRow, caption);
  gtk_widget_class_bind_template_child (widget_class, LecternNoteRow, swatch);
  gtk_widget_class_bind_template_child (widget_class, LecternNoteRow, quote);
  gtk_widget_class_bind_template_child (widget_class, LecternNoteRow, orphan);
  gtk_widget_class_bind_template_child (widget_class, LecternNoteRow, tags);
  gtk_widget_class_bind_template_child (widget_class, LecternNoteRow, note);
  gtk_widget_class_set_css_name (widget_class, "lectern-note-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lectern_note_row_init (LecternNoteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lectern_note_row_new (void)
{
  return g_object_new (LECTERN_TYPE_NOTE_ROW, NULL);
}

/* Category, quote and note in one sentence: a screen reader landing on
 * the row reads what a glance at it shows. */
static char *
accessible_label (const LecternHighlight *highlight,
                  const char             *category_name)
{
  GString *label = g_string_new (NULL);

  if (highlight->note != NULL && highlight->note[0] != '\0')
    /* Translators: a highlight in the Notes page read aloud: its category, the words highlighted, the note */
    g_string_printf (label, C_("note row", "%s: “%s”, note: %s"), category_name, highlight->quote, highlight->note);
  else
    /* Translators: a highlight in the Notes page read aloud: its category, then the words highlighted */
    g_string_printf (label, C_("note row", "%s: “%s”"), category_name, highlight->quote);
  if (highlight->orphaned)
    g_string_append_printf (label, ". %s", _("Not found in this version of the story"));

  return g_string_free (label, FALSE);
}

void
lectern_note_row_bind (LecternNoteRow         *self,
                       const LecternHighlight *highlight,
                       const char             *category_name)
{
  g_autofree char *swatch_class = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GString) tags = g_string_new (NULL);
  GtkWidget *parent;

  g_return_if_fail (LECTERN_IS_NOTE_ROW (self));
  g_return_if_fail (highlight != NULL);
  g_return_if_fail (category_name != NULL);

  swatch_class = g_strdup_printf ("color-%s", highlight->color);
  gtk_label_set_text (self->caption, category_name);
  gtk_label_set_text (self->quote, highlight->quote);
  /* Rows are reused: the colour class of the last highlight goes. */
  gtk_widget_set_css_classes (self->swatch, (const char *[]) { "swatch", swatch_class, NULL });
  gtk_widget_set_visible (self->orphan, highlight->orphaned);

  for (guint i = 0; highlight->tags != NULL && highlight->tags[i] != NULL; i++)
    g_string_append_printf (tags, "%s#%s", i > 0 ? " " : "", highlight->tags[i]);
  set_optional_label (self->tags, tags->str);
  set_optional_label (self->note, highlight->note);

  label = accessible_label (highlight, category_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The list's own row is what a screen reader lands on. */
  parent = gtk_widget_get_parent (GTK_WIDGET (self));
  if (parent != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
