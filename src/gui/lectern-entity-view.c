/* lectern-entity-view.c: one person or organization across the library:
 * the stories that name it, its quotes, the highlights and notes next to
 * its mentions, its aliases and the user's corrections, and its dossier
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-entity-view"

#include "config.h"

#include "lectern-entity-view.h"

#include "lectern-export.h"
#include "lectern-search.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

/* The page shared with the export running on the store's thread, which
 * may outlive the page shown. */
typedef struct
{
  LecternEntityPage *page;
} PageRef;

struct _LecternEntityView
{
  GtkWidget     parent_instance;

  GtkButton    *back_button;
  GtkLabel     *title_label;
  GtkStack     *stack;
  GtkSpinner   *spinner;
  AdwStatusPage *error_page;
  GtkScrolledWindow *scroller;
  GtkLabel     *name_label;
  GtkLabel     *summary_label;
  GtkLabel     *forms_label;
  GtkListView  *list_view;
  GListStore   *items;        /* LecternEntityPageItem: headings and rows */

  LecternStore *store;
  GCancellable *cancellable;  /* the load under way */
  char         *name;         /* asked for */
  PageRef      *page;         /* nullable */
  guint         n_exports;
};

G_DEFINE_FINAL_TYPE (LecternEntityView, lectern_entity_view, GTK_TYPE_WIDGET)

/* One line of the page's list: a section heading, or a row that may open
 * a story at a passage (story_id > 0) or split a merged name. */
#define LECTERN_TYPE_ENTITY_PAGE_ITEM (lectern_entity_page_item_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntityPageItem, lectern_entity_page_item, LECTERN, ENTITY_PAGE_ITEM,
                      GObject)

struct _LecternEntityPageItem
{
  GObject   parent_instance;
  gboolean  heading;
  char     *title;
  char     *subtitle;    /* nullable */
  char     *split_key;   /* nullable: a merged name */
  char     *split_form;
  gint64    story_id;
  gint64    start;
  gint64    end;
};

G_DEFINE_FINAL_TYPE (LecternEntityPageItem, lectern_entity_page_item, G_TYPE_OBJECT)

static void
lectern_entity_page_item_finalize (GObject *object)
{
  LecternEntityPageItem *self = LECTERN_ENTITY_PAGE_ITEM (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->split_key);
  g_free (self->split_form);

  G_OBJECT_CLASS (lectern_entity_page_item_parent_class)->finalize (object);
}

static void
lectern_entity_page_item_class_init (LecternEntityPageItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lectern_entity_page_item_finalize;
}

static void
lectern_entity_page_item_init (LecternEntityPageItem *self)
{
}

enum { OPEN_PASSAGE, BACK, LOADED, EXPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
timing_enabled (void)
{
  return g_strcmp0 (g_getenv ("LECTERN_TIMING"), "1") == 0;
}

static void
page_ref_clear (gpointer data)
{
  PageRef *ref = data;

  g_clear_pointer (&ref->page, lectern_entity_page_free);
}

static void
page_ref_release (PageRef *ref)
{
  g_atomic_rc_box_release_full (ref, page_ref_clear);
}

/* Rows */

static void
add_section (GPtrArray  *items,
             const char *title,
             guint       n_items)
{
  LecternEntityPageItem *item = g_object_new (LECTERN_TYPE_ENTITY_PAGE_ITEM, NULL);

  item->heading = TRUE;
  /* Translators: a section heading and its number of items, "Stories (3)" */
  item->title = g_strdup_printf (_("%s (%u)"), title, n_items);
  g_ptr_array_add (items, item);
}

/* A row of `title` and `subtitle` (nullable); activating it opens
 * `story_id` at [start, end) (nothing when story_id is 0). */
static LecternEntityPageItem *
add_row (GPtrArray  *items,
         const char *title,
         const char *subtitle,
         gint64      story_id,
         gint64      start,
         gint64      end)
{
  LecternEntityPageItem *item = g_object_new (LECTERN_TYPE_ENTITY_PAGE_ITEM, NULL);

  item->title = g_strdup (title);
  item->subtitle = g_strdup (subtitle);
  item->story_id = story_id;
  item->start = start;
  item->end = end;
  g_ptr_array_add (items, item);

  return item;
}

static GtkWidget *
row_label (gboolean dim)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* A long quote stays a few lines; the story has the rest. */
  gtk_label_set_lines (GTK_LABEL (label), 4);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (dim)
    {
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
    }

  return label;
}

/* The row widget: texts, and Split for a merged name. Its parts are its
 * children in order, so binding needs no lookup table. */
static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Split"));

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), row_label (FALSE));
  gtk_box_append (GTK_BOX (texts), row_label (TRUE));
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (button, FALSE);
  gtk_box_append (GTK_BOX (box), button);
  gtk_list_item_set_child (list_item, box);
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  LecternEntityPageItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *texts = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (texts);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *button = gtk_widget_get_next_sibling (texts);
  gboolean has_subtitle = item->subtitle != NULL && *item->subtitle != '\0';

  gtk_label_set_text (GTK_LABEL (title), item->title);
  gtk_label_set_text (GTK_LABEL (subtitle), has_subtitle ? item->subtitle : "");
  gtk_widget_set_visible (subtitle, has_subtitle);
  if (item->heading)
    gtk_widget_add_css_class (title, "heading");
  else
    gtk_widget_remove_css_class (title, "heading");
  gtk_widget_set_margin_top (box, item->heading ? 18 : 6);
  gtk_list_item_set_activatable (list_item, item->story_id > 0);
  gtk_list_item_set_selectable (list_item, !item->heading);

  gtk_widget_set_visible (button, item->split_key != NULL);
  /* The target first: an action with no target would not fit "s". */
  if (item->split_key == NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), NULL);
  else
    {
      g_autofree char *a11y = g_strdup_printf (_("Split “%s” From This Entry"), item->split_form);

      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", item->split_key);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "entity.split");
      gtk_widget_set_tooltip_text (button, a11y);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      a11y, -1);
    }
}

static void
on_list_view_activate_cb (LecternEntityView *self,
                          guint              position,
                          GtkListView       *list_view)
{
  g_autoptr(LecternEntityPageItem) item = g_list_model_get_item (G_LIST_MODEL (self->items),
                                                                 position);

  if (item != NULL && item->story_id > 0)
    g_signal_emit (self, signals[OPEN_PASSAGE], 0, item->story_id, item->start, item->end);
}

/* Story ids to the page's stories: thousands of highlights each look
 * theirs up. */
static GHashTable *
index_stories (const LecternEntityPage *page)
{
  GHashTable *by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < page->stories->len; i++)
    {
      LecternEntityStory *story = g_ptr_array_index (page->stories, i);

      g_hash_table_insert (by_id, &story->story_id, story);
    }

  return by_id;
}

static char *
story_date (const LecternEntityStory *story)
{
  g_autoptr(GDateTime) added = NULL;
  g_autofree char *day = NULL;

  if (story->published != NULL && *story->published != '\0')
    {
      g_autofree char *published = g_strndup (story->published, 10);

      /* Translators: %s is a date such as 2026-11-26 */
      return g_strdup_printf (_("published %s"), published);
    }
  added = g_date_time_new_from_unix_local (story->imported_at);
  day = added != NULL ? g_date_time_format (added, "%Y-%m-%d") : g_strdup ("");
  /* Translators: %s is a date such as 2026-11-26 */
  return g_strdup_printf (_("added %s"), day);
}

static char *
one_line (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, "\r\n\t", -1);
  g_autofree char *joined = g_strjoinv (" ", words);

  return g_strdup (g_strstrip (joined));
}

static void
add_stories (GPtrArray               *list,
             const LecternEntityPage *page)
{
  add_section (list, _("Stories"), page->stories->len);
  for (guint i = 0; i < page->stories->len; i++)
    {
      const LecternEntityStory *story = g_ptr_array_index (page->stories, i);
      g_autofree char *date = story_date (story);
      g_autofree char *mentions = g_strdup_printf (ngettext ("%u mention", "%u mentions",
                                                             story->n_mentions),
                                                   story->n_mentions);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      gint64 start = 0, end = 0;

      if (story->author != NULL && *story->author != '\0')
        g_string_append_printf (subtitle, "%s · ", story->author);
      g_string_append_printf (subtitle, "%s · %s", date, mentions);
      if (story->mentions->len > 0)
        {
          start = g_array_index (story->mentions, LecternSpan, 0).start;
          end = g_array_index (story->mentions, LecternSpan, 0).end;
        }
      add_row (list, *story->title != '\0' ? story->title : _("Untitled"), subtitle->str,
               story->story_id, start, end);
    }
}

static void
add_quotes (GPtrArray               *list,
            const LecternEntityPage *page,
            GHashTable              *by_id)
{

  if (page->quotes == NULL || page->quotes->len == 0)
    return;

  add_section (list, _("Quotes"), page->quotes->len);
  for (guint i = 0; i < page->quotes->len; i++)
    {
      const LecternHighlight *quote = g_ptr_array_index (page->quotes, i);
      const LecternEntityStory *story = g_hash_table_lookup (by_id, &quote->story_id);
      g_autofree char *text = one_line (quote->quote);
      /* Translators: a quotation in the reader's language's quote marks */
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), text);
      g_autofree char *subtitle = g_strdup_printf ("— %s · %s", quote->speaker,
                                                   story != NULL ? story->title : "");

      add_row (list, quoted, subtitle, quote->story_id, quote->start, quote->end);
    }
}

/* The quotations the quote finder attributes to it in its stories, but
 * those a quote highlight already shows. */
static void
add_found_quotes (GPtrArray               *list,
                  const LecternEntityPage *page,
                  GHashTable              *by_id)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  for (guint i = 0; page->found_quotes != NULL && i < page->found_quotes->len; i++)
    if (!lectern_entity_page_quote_highlighted (page, g_ptr_array_index (page->found_quotes, i)))
      g_ptr_array_add (shown, g_ptr_array_index (page->found_quotes, i));
  if (shown->len == 0)
    return;

  add_section (list, _("Quotes Found in the Stories"), shown->len);
  for (guint i = 0; i < shown->len; i++)
    {
      const LecternEntityQuote *quote = g_ptr_array_index (shown, i);
      const LecternEntityStory *story = g_hash_table_lookup (by_id, &quote->story_id);
      g_autofree char *text = one_line (quote->quote);
      /* Translators: a quotation in the reader's language's quote marks */
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), text);
      g_autofree char *subtitle = g_strdup_printf ("— %s · %s", quote->speaker,
                                                   story != NULL ? story->title : "");

      add_row (list, quoted, subtitle, quote->story_id, quote->start, quote->end);
    }
}

static void
add_highlights (GPtrArray               *list,
                const LecternEntityPage *page,
                GHashTable              *by_id)
{

  if (page->highlights->len == 0)
    return;

  add_section (list, _("Highlights and Notes"), page->highlights->len);
  for (guint i = 0; i < page->highlights->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (page->highlights, i);
      const LecternEntityStory *story = g_hash_table_lookup (by_id, &highlight->story_id);
      g_autofree char *quote = one_line (highlight->quote);
      g_autoptr(GString) subtitle = g_string_new (NULL);

      if (*highlight->note != '\0')
        {
          g_autofree char *note = one_line (highlight->note);

          /* Translators: a highlight's note, then the story it is in */
          g_string_append_printf (subtitle, _("Note: %s"), note);
          g_string_append (subtitle, " · ");
        }
      g_string_append (subtitle, story != NULL ? story->title : "");
      add_row (list, quote, subtitle->str, highlight->story_id, highlight->start, highlight->end);
    }
}

static void
add_notes (GPtrArray               *list,
           const LecternEntityPage *page,
           GHashTable              *by_id)
{

  if (page->notes->len == 0)
    return;

  add_section (list, _("Notes on the Stories"), page->notes->len);
  for (guint i = 0; i < page->notes->len; i++)
    {
      const LecternEntityNote *note = g_ptr_array_index (page->notes, i);
      const LecternEntityStory *story = g_hash_table_lookup (by_id, &note->story_id);
      g_autofree char *text = one_line (note->note);

      add_row (list, text, story != NULL ? story->title : NULL, note->story_id, 0, 0);
    }
}

/* The short names the alias rules merged into this entry, each with
 * Split: the user's way to say they are someone else. */
static void
add_aliases (GPtrArray               *list,
             const LecternEntityPage *page)
{
  GPtrArray *keys = page->entity->keys;

  if (keys == NULL || keys->len < 2)
    return;

  add_section (list, _("Merged Names"), keys->len - 1);
  for (guint i = 1; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      const char *form = key;
      g_autofree char *title = NULL;
      LecternEntityPageItem *item;

      /* As the stories write it, rather than its folded key. */
      for (guint k = 0; k < page->forms->len; k++)
        {
          g_autofree char *folded = lectern_search_fold (g_ptr_array_index (page->forms, k));

          if (g_strcmp0 (folded, key) == 0)
            {
              form = g_ptr_array_index (page->forms, k);
              break;
            }
        }

      title = g_strdup_printf (_("“%s” is taken to mean %s"), form, page->entity->name);
      item = add_row (list, title, _("Merged by the alias rules"), 0, 0, 0);
      item->split_key = g_strdup (key);
      item->split_form = g_strdup (form);
    }
}

static char *
describe_correction (const LecternCorrection *correction)
{
  const char *type = correction->type == LECTERN_ENTITY_ORGANIZATION ? _("an organization")
                     : correction->type == LECTERN_ENTITY_PERSON ? _("a person")
                     : _("neither a person nor an organization");

  switch (correction->kind)
    {
    case LECTERN_CORRECTION_RENAME:
      return g_strdup_printf (_("“%s” renamed “%s”"), correction->form, correction->value);
    case LECTERN_CORRECTION_RETYPE:
      return g_strdup_printf (_("“%s” is %s"), correction->form, type);
    case LECTERN_CORRECTION_MERGE:
      return g_strdup_printf (_("“%s” and “%s” are the same"), correction->form, correction->value);
    case LECTERN_CORRECTION_SPLIT:
      return g_strdup_printf (_("“%s” split from its entry"), correction->form);
    case LECTERN_CORRECTION_REMOVE:
      return g_strdup_printf (_("“%s” is not a person or organization"), correction->form);
    case LECTERN_CORRECTION_ADD:
    default:
      return g_strdup_printf (_("“%s” added as %s"), correction->form, type);
    }
}

static void
add_corrections (GPtrArray               *list,
                 const LecternEntityPage *page)
{

  if (page->corrections->len == 0)
    return;

  add_section (list, _("Your Corrections"), page->corrections->len);
  for (guint i = 0; i < page->corrections->len; i++)
    {
      const LecternCorrection *correction = g_ptr_array_index (page->corrections, i);
      g_autofree char *text = describe_correction (correction);
      g_autoptr(GDateTime) made = g_date_time_new_from_unix_local (correction->created_at);
      g_autofree char *day = made != NULL ? g_date_time_format (made, "%Y-%m-%d") : g_strdup ("");
      g_autofree char *subtitle = g_strdup_printf ("%s · %s",
                                                   correction->general ? _("every story")
                                                                       : _("one story"),
                                                   day);

      add_row (list, text, subtitle, 0, 0, 0);
    }
}

static void
show_page (LecternEntityView       *self,
           const LecternEntityPage *page)
{
  const LecternLibraryEntity *entity = page->entity;
  g_autofree char *stories = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GString) forms = g_string_new (NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = index_stories (page);
  GtkAdjustment *adjustment;

  stories = g_strdup_printf (ngettext ("named in %u story", "named in %u stories",
                                       page->stories->len), page->stories->len);
  /* Translators: "Person, named in 3 stories, 12 mentions" */
  summary = g_strdup_printf (ngettext ("%s, %s, %u mention", "%s, %s, %u mentions",
                                       entity->n_mentions),
                             entity->type == LECTERN_ENTITY_ORGANIZATION ? _("Organization")
                                                                         : _("Person"),
                             stories, entity->n_mentions);
  for (guint i = 0; i < page->forms->len; i++)
    g_string_append_printf (forms, "%s%s", i > 0 ? ", " : "",
                            (char *) g_ptr_array_index (page->forms, i));

  gtk_label_set_text (self->title_label, entity->name);
  gtk_label_set_text (self->name_label, entity->name);
  gtk_label_set_text (self->summary_label, summary);
  if (forms->len > 0)
    {
      g_autofree char *written = g_strdup_printf (_("Written as: %s"), forms->str);

      gtk_label_set_text (self->forms_label, written);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->forms_label), forms->len > 0);

  add_stories (items, page);
  add_quotes (items, page, by_id);
  add_found_quotes (items, page, by_id);
  add_highlights (items, page, by_id);
  add_notes (items, page, by_id);
  add_aliases (items, page);
  add_corrections (items, page);
  /* One change for the list view, which makes rows only for what shows. */
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, 0);
  gtk_stack_set_visible_child_name (self->stack, "page");
}

static void
update_actions (LecternEntityView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "entity.export", self->page != NULL);
}

/* Loading */

static void
on_page_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(LecternEntityView) self = user_data;
  g_autoptr(GError) error = NULL;
  LecternEntityPage *page;

  page = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->spinner);
  g_clear_pointer (&self->page, page_ref_release);
  if (page == NULL)
    {
      gtk_label_set_text (self->title_label, self->name);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      gint64 start = g_get_monotonic_time ();

      self->page = g_atomic_rc_box_new0 (PageRef);
      self->page->page = page;
      show_page (self, page);
      if (timing_enabled ())
        g_printerr ("lectern-timing: entity-page-shown ms=%.1f\n",
                    (g_get_monotonic_time () - start) / 1000.0);
    }
  update_actions (self);
  g_signal_emit (self, signals[LOADED], 0);
}

/* Actions */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gint64 story_id, start, end;

  g_variant_get (parameter, "(xxx)", &story_id, &start, &end);
  g_signal_emit (widget, signals[OPEN_PASSAGE], 0, story_id, start, end);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

typedef struct
{
  char    *key;
  char    *name;
} SplitData;

static void
split_data_free (gpointer data)
{
  SplitData *split = data;

  g_free (split->key);
  g_free (split->name);
  g_free (split);
}

static gpointer
split_worker (LecternStore  *store,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  SplitData *split = data;

  if (!lectern_library_set_split_sync (store, split->key, TRUE, error))
    return NULL;

  return lectern_library_get_entity_sync (store, split->name, error);
}

/* Stories imported or corrected since the last look get their lists
 * first (the extractor's cache makes that quick), so the page counts
 * every story of the library. */
static gpointer
load_worker (LecternStore  *store,
             gpointer       name,
             GCancellable  *cancellable,
             GError       **error)
{
  gint64 start = g_get_monotonic_time ();
  LecternEntityPage *page;

  if (!lectern_library_refresh_entities_sync (store, NULL, cancellable, NULL, error))
    return NULL;
  if (timing_enabled ())
    g_printerr ("lectern-timing: entity-lists-refreshed ms=%.1f\n",
                (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  page = lectern_library_get_entity_sync (store, name, error);
  if (timing_enabled ())
    g_printerr ("lectern-timing: entity-page-read ms=%.1f\n",
                (g_get_monotonic_time () - start) / 1000.0);

  return page;
}

static void
split_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LecternEntityView *self = LECTERN_ENTITY_VIEW (widget);
  SplitData *split;

  if (self->store == NULL || self->page == NULL)
    return;

  split = g_new0 (SplitData, 1);
  split->key = g_variant_dup_string (parameter, NULL);
  split->name = g_strdup (self->page->page->entity->name);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  /* The page read again after the split, in the same queue, so it
   * shows the entry without the short name. */
  lectern_store_run_async (self->store, split_worker, split, split_data_free,
                           (GDestroyNotify) lectern_entity_page_free, self->cancellable,
                           on_page_loaded_cb, g_object_ref (self));
}

static const struct
{
  LecternDossierFormat  format;
  const char           *id;
  const char           *label;
} dossier_formats[] = {
  { LECTERN_DOSSIER_MARKDOWN, "markdown", N_("Markdown") },
  { LECTERN_DOSSIER_HTML,     "html",     N_("Web Page (HTML)") },
  { LECTERN_DOSSIER_PDF,      "pdf",      N_("PDF") },
};

/* The file a chosen name stands for: the format's extension is added
 * unless it is there. */
static char *
path_for (const char           *chosen,
          LecternDossierFormat  format)
{
  const char *extension = lectern_dossier_format_extension (format);

  if (g_str_has_suffix (chosen, extension))
    return g_strdup (chosen);

  return g_strconcat (chosen, extension, NULL);
}

static void
on_export_response_cb (GtkNativeDialog   *dialog,
                       int                response,
                       LecternEntityView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *chosen = g_file_get_path (file);
      const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "format");
      LecternDossierFormat format = LECTERN_DOSSIER_MARKDOWN;

      for (guint i = 0; i < G_N_ELEMENTS (dossier_formats); i++)
        if (g_strcmp0 (choice, dossier_formats[i].id) == 0)
          format = dossier_formats[i].format;

      if (chosen == NULL)
        g_signal_emit (self, signals[EXPORTED], 0, NULL,
                       _("A dossier can only be saved to a local folder."));
      else
        {
          g_autofree char *path = path_for (chosen, format);

          /* The chooser asked about `chosen`; a name it changed must not
           * replace another file unasked. */
          if (g_strcmp0 (path, chosen) != 0 && g_file_test (path, G_FILE_TEST_EXISTS))
            {
              g_autofree char *message = g_strdup_printf (_("“%s” already exists."), path);

              g_signal_emit (self, signals[EXPORTED], 0, path, message);
            }
          else
            lectern_entity_view_export (self, path, format);
        }
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LecternEntityView *self = LECTERN_ENTITY_VIEW (widget);
  GtkFileChooserNative *chooser;
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *forced_path = g_getenv ("LECTERN_EXPORT_PATH");
  const char *ids[G_N_ELEMENTS (dossier_formats) + 1] = { NULL };
  const char *labels[G_N_ELEMENTS (dossier_formats) + 1] = { NULL };
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (self->page == NULL)
    return;

  /* Tests and scripts skip the file chooser; the extension picks the
   * format, as for the notes export. */
  if (forced_path != NULL && forced_path[0] != '\0')
    {
      const char *dot = strrchr (forced_path, '.');
      LecternDossierFormat format = LECTERN_DOSSIER_MARKDOWN;

      if (dot != NULL)
        lectern_dossier_format_from_string (dot + 1, &format);
      lectern_entity_view_export (self, forced_path, format);
      return;
    }

  /* Translators: %s is the name of a person or organization */
  title = g_strdup_printf (_("Dossier %s"), self->page->page->entity->name);
  name = lectern_export_suggest_filename (title, ".md");
  chooser = gtk_file_chooser_native_new (_("Export Dossier"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  for (guint i = 0; i < G_N_ELEMENTS (dossier_formats); i++)
    {
      ids[i] = dossier_formats[i].id;
      labels[i] = _(dossier_formats[i].label);
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "markdown");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  LecternEntityView    *self;
  PageRef              *page;
  char                 *path;
  LecternDossierFormat  format;
  GPtrArray            *categories;  /* nullable: the default names */
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_clear_object (&export->self);
  g_clear_pointer (&export->page, page_ref_release);
  g_clear_pointer (&export->categories, g_ptr_array_unref);
  g_free (export->path);
  g_free (export);
}

static gpointer
categories_worker (LecternStore  *store,
                   gpointer       data,
                   GCancellable  *cancellable,
                   GError       **error)
{
  return lectern_store_list_categories_sync (store, error);
}

/* In a thread of its own, not the store's: a PDF of a name in thousands
 * of stories takes a while to lay out, and the library's other work must
 * not wait for it. The page is not changed while it is shared. */
static void
write_dossier_thread (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  ExportData *export = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  gsize size;
  const char *contents;

  bytes = lectern_dossier_write_bytes (export->page->page, export->format, export->categories,
                                       NULL, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  contents = g_bytes_get_data (bytes, &size);
  if (!lectern_export_write_file (export->path, contents, size, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_strdup (export->path), g_free);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LecternEntityView *self = LECTERN_ENTITY_VIEW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  self->n_exports--;
  path = g_task_propagate_pointer (G_TASK (result), &error);
  if (path != NULL)
    g_signal_emit (self, signals[EXPORTED], 0, path, NULL);
  else
    g_signal_emit (self, signals[EXPORTED], 0, NULL, error->message);
}

static void
on_categories_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ExportData *export = user_data;
  g_autoptr(GTask) task = NULL;

  /* Without them the colours keep their default names. */
  export->categories = lectern_store_run_finish (LECTERN_STORE (source), result, NULL);
  task = g_task_new (export->self, NULL, on_exported_cb, NULL);
  g_task_set_source_tag (task, lectern_entity_view_export);
  g_task_set_task_data (task, export, export_data_free);
  g_task_run_in_thread (task, write_dossier_thread);
}

/* GObject */

static void
lectern_entity_view_dispose (GObject *object)
{
  LecternEntityView *self = LECTERN_ENTITY_VIEW (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ENTITY_VIEW);
  /* Children without an id in the template are ours to drop too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->items);
  g_clear_pointer (&self->page, page_ref_release);

  G_OBJECT_CLASS (lectern_entity_view_parent_class)->dispose (object);
}

static void
lectern_entity_view_finalize (GObject *object)
{
  LecternEntityView *self = LECTERN_ENTITY_VIEW (object);

  g_free (self->name);

  G_OBJECT_CLASS (lectern_entity_view_parent_class)->finalize (object);
}

static void
lectern_entity_view_class_init (LecternEntityViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_entity_view_dispose;
  object_class->finalize = lectern_entity_view_finalize;

  signals[OPEN_PASSAGE] = g_signal_new ("open-passage", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                        3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING,
                                    G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-entity-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, back_button);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, stack);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, spinner);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, error_page);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, scroller);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, name_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, forms_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "entity.open", "(xxx)", open_action);
  gtk_widget_class_install_action (widget_class, "entity.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "entity.split", "s", split_action);
  gtk_widget_class_install_action (widget_class, "entity.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "entity.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "entity.back",
                                       NULL);
  gtk_widget_class_set_css_name (widget_class, "lectern-entity-view");
}

static void
lectern_entity_view_init (LecternEntityView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->items = g_list_store_new (LECTERN_TYPE_ENTITY_PAGE_ITEM);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->items)));
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  update_actions (self);
}

/* Public API */

GtkWidget *
lectern_entity_view_new (void)
{
  return g_object_new (LECTERN_TYPE_ENTITY_VIEW, NULL);
}

void
lectern_entity_view_set_store (LecternEntityView *self,
                               LecternStore      *store)
{
  g_return_if_fail (LECTERN_IS_ENTITY_VIEW (self));
  g_return_if_fail (store == NULL || LECTERN_IS_STORE (store));

  g_set_object (&self->store, store);
}

void
lectern_entity_view_load (LecternEntityView *self,
                          const char        *name)
{
  g_return_if_fail (LECTERN_IS_ENTITY_VIEW (self));
  g_return_if_fail (name != NULL);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_free (self->name);
  self->name = g_strdup (name);
  g_clear_pointer (&self->page, page_ref_release);
  update_actions (self);

  gtk_label_set_text (self->title_label, name);
  /* Keys work on the page at once: Esc goes back, Tab reaches the rows. */
  gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  if (self->store == NULL)
    {
      gtk_spinner_stop (self->spinner);
      adw_status_page_set_description (self->error_page, _("The library is not open."));
      gtk_stack_set_visible_child_name (self->stack, "error");
      g_signal_emit (self, signals[LOADED], 0);
      return;
    }

  self->cancellable = g_cancellable_new ();
  lectern_store_run_async (self->store, load_worker, g_strdup (name), g_free,
                           (GDestroyNotify) lectern_entity_page_free, self->cancellable,
                           on_page_loaded_cb, g_object_ref (self));
}

gboolean
lectern_entity_view_get_loading (LecternEntityView *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_VIEW (self), FALSE);

  return self->cancellable != NULL || self->n_exports > 0;
}

const LecternEntityPage *
lectern_entity_view_get_page (LecternEntityView *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_VIEW (self), NULL);

  return self->page != NULL ? self->page->page : NULL;
}

void
lectern_entity_view_export (LecternEntityView    *self,
                            const char           *path,
                            LecternDossierFormat  format)
{
  ExportData *export;

  g_return_if_fail (LECTERN_IS_ENTITY_VIEW (self));
  g_return_if_fail (path != NULL);

  if (self->page == NULL || self->store == NULL)
    return;

  export = g_new0 (ExportData, 1);
  export->self = g_object_ref (self);
  export->page = g_atomic_rc_box_acquire (self->page);
  export->path = g_strdup (path);
  export->format = format;
  self->n_exports++;
  lectern_store_run_async (self->store, categories_worker, NULL, NULL,
                           (GDestroyNotify) g_ptr_array_unref, NULL, on_categories_cb, export);
}
