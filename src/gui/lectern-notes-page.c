/* lectern-notes-page.c: the Notes page of the sidebar: the story note, the
 * highlights in reading order and their filters
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-notes-page"

#include "config.h"

#include "lectern-notes-page.h"

#include "lectern-entity.h"
#include "lectern-note-row.h"

#include <glib/gi18n.h>

struct _LecternNotesPage
{
  GtkWidget           parent_instance;

  GtkExpander        *story_note_expander;
  GtkTextView        *story_note_view;
  GtkSearchEntry     *notes_search_entry;
  GtkDropDown        *notes_category_dropdown;
  GtkDropDown        *notes_entity_dropdown;
  GtkLabel           *notes_count_label;
  GtkStack           *notes_stack;
  GtkListView        *notes_list;

  LecternAnnotations *annotations;
  GPtrArray          *categories;       /* LecternCategory, nullable */
  GPtrArray          *filter_entities;  /* LecternEntity (no refs), dropdown order */
  GPtrArray          *entities;         /* keeps them alive */
  GtkFilter          *filter;           /* owned by filter_model */
  GtkFilterListModel *filter_model;     /* LecternAnnotation that pass the filters */
  gboolean            story_note_setting;
};

G_DEFINE_FINAL_TYPE (LecternNotesPage, lectern_notes_page, GTK_TYPE_WIDGET)

enum { HIGHLIGHT_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *
category_name (LecternNotesPage *self,
               const char       *color)
{
  return lectern_category_name_for (self->categories, color);
}

/* Rows */

/* The list view makes rows only for what is on screen, so thousands of
 * highlights cost no more than a screenful. */
static void
on_note_row_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, lectern_note_row_new ());
}

static void
fill_note_row (LecternNotesPage       *self,
               GtkWidget              *row,
               const LecternHighlight *highlight)
{
  lectern_note_row_bind (LECTERN_NOTE_ROW (row), highlight, category_name (self, highlight->color));
}

/* A row shows the model's highlight itself, and follows its changes. */
static void
on_note_row_annotation_notify_cb (LecternAnnotation *annotation,
                                  GParamSpec        *pspec,
                                  GtkListItem       *list_item)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GtkWidget *page = gtk_widget_get_ancestor (row, LECTERN_TYPE_NOTES_PAGE);

  if (page != NULL)
    fill_note_row (LECTERN_NOTES_PAGE (page), row, lectern_annotation_get_highlight (annotation));
}

static void
on_note_row_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     LecternNotesPage         *self)
{
  LecternAnnotation *annotation = gtk_list_item_get_item (list_item);

  fill_note_row (self, gtk_list_item_get_child (list_item), lectern_annotation_get_highlight (annotation));
  g_signal_connect_object (annotation, "notify", G_CALLBACK (on_note_row_annotation_notify_cb),
                           list_item, 0);
}

static void
on_note_row_unbind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       LecternNotesPage         *self)
{
  LecternAnnotation *annotation = gtk_list_item_get_item (list_item);

  if (annotation != NULL)
    g_signal_handlers_disconnect_by_func (annotation, on_note_row_annotation_notify_cb, list_item);
}

/* The Notes page's filters: text or #tag, category, and an entity named
 * in or next to the passage. */
static gboolean
highlight_passes_filter (LecternNotesPage       *self,
                         const LecternHighlight *highlight)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->notes_search_entry));
  guint category = gtk_drop_down_get_selected (self->notes_category_dropdown);
  guint entity = gtk_drop_down_get_selected (self->notes_entity_dropdown);
  const char *const *colors = lectern_highlight_colors ();

  if (category != GTK_INVALID_LIST_POSITION && category > 0 &&
      g_strcmp0 (highlight->color, colors[category - 1]) != 0)
    return FALSE;

  if (entity != GTK_INVALID_LIST_POSITION && entity > 0 && self->filter_entities != NULL &&
      entity - 1 < self->filter_entities->len &&
      !lectern_highlight_near_entity (highlight, g_ptr_array_index (self->filter_entities, entity - 1), 40))
    return FALSE;

  if (text[0] == '#' && text[1] != '\0')
    return lectern_highlight_has_tag (highlight, text + 1);
  if (text[0] != '\0')
    return lectern_highlight_matches_text (highlight, text);

  return TRUE;
}

static gboolean
note_filter_cb (gpointer item,
                gpointer user_data)
{
  return highlight_passes_filter (user_data, lectern_annotation_get_highlight (item));
}

/* The count under the filters, and which page shows. */
static void
update_notes_count (LecternNotesPage *self)
{
  guint total = self->annotations != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->annotations)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;

  /* Translators: how many highlights the filters let through */
  count = g_strdup_printf (ngettext ("%u of %u highlight", "%u of %u highlights", total), shown, total);
  gtk_label_set_text (self->notes_count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_count_label), total > 0);
  /* "No Highlights Yet" only when there are none; filters that match
   * nothing say so (a bare "0 of 7" read as a bug). */
  gtk_stack_set_visible_child_name (self->notes_stack,
                                    total == 0 ? "empty" : shown == 0 ? "no-match" : "list");
}

/* The filters changed, or what they look at: filter the model again. */
static void
rebuild_notes (LecternNotesPage *self)
{
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_notes_count (self);
}

static void
on_filter_changed_cb (LecternNotesPage *self)
{
  rebuild_notes (self);
}

static void
rebuild_category_filter (LecternNotesPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *const *colors = lectern_highlight_colors ();
  guint selected = gtk_drop_down_get_selected (self->notes_category_dropdown);

  gtk_string_list_append (names, _("All Categories"));
  for (guint i = 0; colors[i] != NULL; i++)
    gtk_string_list_append (names, category_name (self, colors[i]));
  gtk_drop_down_set_model (self->notes_category_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->notes_category_dropdown,
                              selected != GTK_INVALID_LIST_POSITION ? selected : 0);
}

static void
rebuild_entity_filter (LecternNotesPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->filter_entities, g_ptr_array_unref);
  self->filter_entities = g_ptr_array_new ();
  gtk_string_list_append (names, _("Anyone"));
  for (guint i = 0; self->entities != NULL && i < self->entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (self->entities, i);

      if (entity->type != LECTERN_ENTITY_PERSON && entity->type != LECTERN_ENTITY_ORGANIZATION)
        continue;
      g_ptr_array_add (self->filter_entities, entity);
      gtk_string_list_append (names, entity->name);
    }
  gtk_drop_down_set_model (self->notes_entity_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->notes_entity_dropdown, 0);
  rebuild_notes (self);
}

/* The story note: one note on the whole story, in the Notes page */

/* Typed text goes to the model at once; it writes it after a pause. */
static void
on_story_note_changed_cb (LecternNotesPage *self,
                          GtkTextBuffer    *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->story_note_setting || self->annotations == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lectern_annotations_set_story_note (self->annotations, text);
}

static void
show_story_note (LecternNotesPage *self)
{
  const char *note = self->annotations != NULL ? lectern_annotations_get_story_note (self->annotations) : "";

  self->story_note_setting = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->story_note_view), note, -1);
  self->story_note_setting = FALSE;
  /* Open when there is something to read. */
  gtk_expander_set_expanded (self->story_note_expander, note[0] != '\0');
}

/* Another program's note, reloaded or shown after a conflict. What the
 * person types comes back here too: left alone, cursor and all. */
static void
on_story_note_notify_cb (LecternNotesPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->story_note_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, lectern_annotations_get_story_note (self->annotations)) != 0)
    show_story_note (self);
}


static void
on_notes_list_activate_cb (LecternNotesPage *self,
                           guint             position,
                           GtkListView      *list)
{
  lectern_notes_page_activate (self, position);
}

static void
on_annotation_changed_cb (LecternNotesPage *self)
{
  /* The filters may see it differently now. */
  rebuild_notes (self);
}

/* A short label on the drop-down's button, the whole name in its list: a
 * long name chosen must not widen the sidebar and reflow the story. */
static void
on_button_label_setup_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *list_item,
                          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 6);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_list_item_set_child (list_item, label);
}

static void
on_list_label_setup_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
on_label_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), gtk_string_object_get_string (item));
}

static void
set_label_factories (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (on_button_label_setup_cb), NULL);
  g_signal_connect (button, "bind", G_CALLBACK (on_label_bind_cb), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (on_list_label_setup_cb), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (on_label_bind_cb), NULL);
  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

static void
lectern_notes_page_dispose (GObject *object)
{
  LecternNotesPage *self = LECTERN_NOTES_PAGE (object);
  GtkWidget *child;

  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_data (self->annotations, self);
  if (self->filter_model != NULL)
    gtk_filter_list_model_set_model (self->filter_model, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_NOTES_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->annotations);
  g_clear_object (&self->filter_model);

  G_OBJECT_CLASS (lectern_notes_page_parent_class)->dispose (object);
}

static void
lectern_notes_page_finalize (GObject *object)
{
  LecternNotesPage *self = LECTERN_NOTES_PAGE (object);

  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->filter_entities, g_ptr_array_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);

  G_OBJECT_CLASS (lectern_notes_page_parent_class)->finalize (object);
}

static void
lectern_notes_page_class_init (LecternNotesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_notes_page_dispose;
  object_class->finalize = lectern_notes_page_finalize;

  /* A row was activated: the id of its highlight (not an orphan). */
  signals[HIGHLIGHT_ACTIVATED] =
    g_signal_new ("highlight-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-notes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternNotesPage, story_note_expander);
  gtk_widget_class_bind_template_child (widget_class, LecternNotesPage, story_note_view);
  gtk_widget_class_bind_template_child (widget_class, LecternNotesPage, notes_search_entry);
  gtk_widget_class_bind_template_child (widget_class, LecternNotesPage, notes_category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LecternNotesPage, notes_entity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LecternNotesPage, notes_count_label);
  gtk_widget_class_bind_template_child (widget_class, LecternNotesPage, notes_stack);
  gtk_widget_class_bind_template_child (widget_class, LecternNotesPage, notes_list);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_notes_list_activate_cb);
}

static void
lectern_notes_page_init (LecternNotesPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The list shows the model's annotations through the filters: rows read
   * them, nothing is copied, and the list view makes rows only for what
   * is on screen. */
  self->filter = GTK_FILTER (gtk_custom_filter_new (note_filter_cb, self, NULL));
  self->filter_model = gtk_filter_list_model_new (NULL, self->filter);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_notes_count), self, G_CONNECT_SWAPPED);
  g_signal_connect (factory, "setup", G_CALLBACK (on_note_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_note_row_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_note_row_unbind_cb), self);
  gtk_list_view_set_factory (self->notes_list, factory);
  gtk_list_view_set_model (self->notes_list, GTK_SELECTION_MODEL (selection));

  set_label_factories (self->notes_category_dropdown);
  set_label_factories (self->notes_entity_dropdown);
  g_signal_connect_object (gtk_text_view_get_buffer (self->story_note_view), "changed",
                           G_CALLBACK (on_story_note_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_category_filter (self);
  rebuild_entity_filter (self);
  update_notes_count (self);
}

GtkWidget *
lectern_notes_page_new (void)
{
  return g_object_new (LECTERN_TYPE_NOTES_PAGE, NULL);
}

void
lectern_notes_page_set_annotations (LecternNotesPage   *self,
                                    LecternAnnotations *annotations)
{
  g_return_if_fail (LECTERN_IS_NOTES_PAGE (self));
  g_return_if_fail (annotations == NULL || LECTERN_IS_ANNOTATIONS (annotations));

  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_data (self->annotations, self);
  g_set_object (&self->annotations, annotations);
  if (annotations != NULL)
    {
      g_signal_connect_object (annotations, "annotation-changed", G_CALLBACK (on_annotation_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (annotations, "items-changed", G_CALLBACK (update_notes_count),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (annotations, "notify::story-note", G_CALLBACK (on_story_note_notify_cb),
                               self, G_CONNECT_SWAPPED);
    }
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (annotations));
  show_story_note (self);
  update_notes_count (self);
}

void
lectern_notes_page_set_categories (LecternNotesPage *self,
                                   GPtrArray        *categories)
{
  g_return_if_fail (LECTERN_IS_NOTES_PAGE (self));

  g_clear_pointer (&self->categories, g_ptr_array_unref);
  self->categories = categories != NULL ? g_ptr_array_ref (categories) : NULL;
  rebuild_category_filter (self);
  /* Captions name the categories: bind the rows again. */
  {
    g_autoptr(GtkSelectionModel) model = g_object_ref (gtk_list_view_get_model (self->notes_list));

    gtk_list_view_set_model (self->notes_list, NULL);
    gtk_list_view_set_model (self->notes_list, model);
  }
  update_notes_count (self);
}

void
lectern_notes_page_set_entities (LecternNotesPage *self,
                                 GPtrArray        *entities)
{
  g_return_if_fail (LECTERN_IS_NOTES_PAGE (self));

  g_clear_pointer (&self->entities, g_ptr_array_unref);
  self->entities = entities != NULL ? g_ptr_array_ref (entities) : NULL;
  rebuild_entity_filter (self);
}

GListModel *
lectern_notes_page_get_model (LecternNotesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_NOTES_PAGE (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

const char *
lectern_notes_page_get_count_text (LecternNotesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_NOTES_PAGE (self), NULL);

  return gtk_label_get_text (self->notes_count_label);
}

GtkTextView *
lectern_notes_page_get_story_note_view (LecternNotesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_NOTES_PAGE (self), NULL);

  return self->story_note_view;
}

GtkEditable *
lectern_notes_page_get_search_entry (LecternNotesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_NOTES_PAGE (self), NULL);

  return GTK_EDITABLE (self->notes_search_entry);
}

GtkDropDown *
lectern_notes_page_get_category_dropdown (LecternNotesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_NOTES_PAGE (self), NULL);

  return self->notes_category_dropdown;
}

void
lectern_notes_page_activate (LecternNotesPage *self,
                             guint             position)
{
  g_autoptr(LecternAnnotation) item = NULL;

  g_return_if_fail (LECTERN_IS_NOTES_PAGE (self));

  item = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);
  if (item == NULL || lectern_annotation_get_highlight (item)->orphaned)
    return;

  g_signal_emit (self, signals[HIGHLIGHT_ACTIVATED], 0, lectern_annotation_get_id (item));
}
