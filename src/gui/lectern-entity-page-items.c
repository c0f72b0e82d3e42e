/* lectern-entity-page-items.c: the page of a person or organization as
 * the lines of its list: a heading per section, then its rows, the long
 * sections cut with a "Show All" row
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-entity-view"

#include "config.h"

#include "lectern-entity-page-items.h"

#include "lectern-search.h"

#include <glib/gi18n.h>

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
  int       show_all;    /* the section it shows whole, or -1 */
  gboolean  loading;     /* a Show All row: the rest is being read */
  char     *error;       /* a Show All row: nullable, why the rest was not read */
};

G_DEFINE_FINAL_TYPE (LecternEntityPageItem, lectern_entity_page_item, G_TYPE_OBJECT)

enum { PROP_0, PROP_LOADING, PROP_ERROR, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
lectern_entity_page_item_finalize (GObject *object)
{
  LecternEntityPageItem *self = LECTERN_ENTITY_PAGE_ITEM (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->split_key);
  g_free (self->split_form);
  g_free (self->error);

  G_OBJECT_CLASS (lectern_entity_page_item_parent_class)->finalize (object);
}

static void
lectern_entity_page_item_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LecternEntityPageItem *self = LECTERN_ENTITY_PAGE_ITEM (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_entity_page_item_class_init (LecternEntityPageItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lectern_entity_page_item_finalize;
  object_class->get_property = lectern_entity_page_item_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lectern_entity_page_item_init (LecternEntityPageItem *self)
{
  self->show_all = -1;
}

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


/* Cut at `cap` of `n_items`: the row that shows the section whole. */
static void
add_show_all (GPtrArray            *items,
              LecternEntitySection  section,
              guint                 n_items,
              guint                 cap)
{
  LecternEntityPageItem *item;

  if (n_items <= cap)
    return;

  item = g_object_new (LECTERN_TYPE_ENTITY_PAGE_ITEM, NULL);
  /* Translators: the last row of a long section of a person's page */
  item->title = g_strdup_printf (ngettext ("Show All %u", "Show All %u", n_items), n_items);
  item->subtitle = g_strdup_printf (ngettext ("%u more", "%u more", n_items - cap), n_items - cap);
  item->show_all = section;
  g_ptr_array_add (items, item);
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
  /* The stories of the first rows that are not among the first stories. */
  for (guint i = 0; page->other_stories != NULL && i < page->other_stories->len; i++)
    {
      LecternEntityStory *story = g_ptr_array_index (page->other_stories, i);

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
             const LecternEntityPage *page,
             guint                    cap)
{
  add_section (list, _("Stories"), page->entity->n_stories);
  for (guint i = 0; i < MIN (page->stories->len, cap); i++)
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
  add_show_all (list, LECTERN_ENTITY_SECTION_STORIES, page->entity->n_stories, cap);
}

static void
add_quotes (GPtrArray               *list,
            const LecternEntityPage *page,
            GHashTable              *by_id,
            guint                    cap)
{
  if (page->quotes == NULL || page->quotes->len == 0)
    return;

  add_section (list, _("Quotes"), page->n_quotes);
  for (guint i = 0; i < MIN (page->quotes->len, cap); i++)
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
  add_show_all (list, LECTERN_ENTITY_SECTION_QUOTES, page->n_quotes, cap);
}

/* The quotations the quote finder attributes to it in its stories, but
 * those a quote highlight already shows (a page of first rows has left
 * them out). */
static void
add_found_quotes (GPtrArray               *list,
                  const LecternEntityPage *page,
                  GHashTable              *by_id,
                  guint                    cap)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  for (guint i = 0; page->found_quotes != NULL && i < page->found_quotes->len; i++)
    if (!lectern_entity_page_quote_highlighted (page, g_ptr_array_index (page->found_quotes, i)))
      g_ptr_array_add (shown, g_ptr_array_index (page->found_quotes, i));
  if (shown->len == 0)
    return;

  add_section (list, _("Quotes Found in the Stories"), page->n_found_quotes);
  for (guint i = 0; i < MIN (shown->len, cap); i++)
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
  add_show_all (list, LECTERN_ENTITY_SECTION_FOUND_QUOTES, page->n_found_quotes, cap);
}

static void
add_highlights (GPtrArray               *list,
                const LecternEntityPage *page,
                GHashTable              *by_id,
                guint                    cap)
{
  if (page->highlights->len == 0)
    return;

  add_section (list, _("Highlights and Notes"), page->n_highlights);
  for (guint i = 0; i < MIN (page->highlights->len, cap); i++)
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
  add_show_all (list, LECTERN_ENTITY_SECTION_HIGHLIGHTS, page->n_highlights, cap);
}

static void
add_notes (GPtrArray               *list,
           const LecternEntityPage *page,
           GHashTable              *by_id,
           guint                    cap)
{
  if (page->notes->len == 0)
    return;

  add_section (list, _("Notes on the Stories"), page->n_notes);
  for (guint i = 0; i < MIN (page->notes->len, cap); i++)
    {
      const LecternEntityNote *note = g_ptr_array_index (page->notes, i);
      const LecternEntityStory *story = g_hash_table_lookup (by_id, &note->story_id);
      g_autofree char *text = one_line (note->note);

      add_row (list, text, story != NULL ? story->title : NULL, note->story_id, 0, 0);
    }
  add_show_all (list, LECTERN_ENTITY_SECTION_NOTES, page->n_notes, cap);
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
      g_autofree char *text = lectern_correction_describe (correction);
      g_autoptr(GDateTime) made = g_date_time_new_from_unix_local (correction->created_at);
      g_autofree char *day = made != NULL ? g_date_time_format (made, "%Y-%m-%d") : g_strdup ("");
      g_autofree char *subtitle = g_strdup_printf ("%s · %s",
                                                   correction->general ? _("every story")
                                                                       : _("one story"),
                                                   day);

      add_row (list, text, subtitle, 0, 0, 0);
    }
}


GPtrArray *
lectern_entity_page_items_new (const LecternEntityPage *page,
                               guint                    expanded)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = index_stories (page);

  /* Only a complete page has a section's every row. */
  if (!page->complete)
    expanded = 0;
#define CAP(section) ((expanded & (1u << (section))) != 0 ? G_MAXUINT : LECTERN_ENTITY_SECTION_CAP)
  add_stories (items, page, CAP (LECTERN_ENTITY_SECTION_STORIES));
  add_quotes (items, page, by_id, CAP (LECTERN_ENTITY_SECTION_QUOTES));
  add_found_quotes (items, page, by_id, CAP (LECTERN_ENTITY_SECTION_FOUND_QUOTES));
  add_highlights (items, page, by_id, CAP (LECTERN_ENTITY_SECTION_HIGHLIGHTS));
  add_notes (items, page, by_id, CAP (LECTERN_ENTITY_SECTION_NOTES));
#undef CAP
  add_aliases (items, page);
  add_corrections (items, page);

  return items;
}

gboolean
lectern_entity_page_item_is_heading (LecternEntityPageItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self), FALSE);

  return self->heading;
}

const char *
lectern_entity_page_item_get_title (LecternEntityPageItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self), NULL);

  return self->title;
}

const char *
lectern_entity_page_item_get_subtitle (LecternEntityPageItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self), NULL);

  return self->subtitle;
}

const char *
lectern_entity_page_item_get_split_key (LecternEntityPageItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self), NULL);

  return self->split_key;
}

const char *
lectern_entity_page_item_get_split_form (LecternEntityPageItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self), NULL);

  return self->split_form;
}

gboolean
lectern_entity_page_item_get_passage (LecternEntityPageItem *self,
                                      gint64                *out_story_id,
                                      gint64                *out_start,
                                      gint64                *out_end)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self), FALSE);

  if (out_story_id != NULL)
    *out_story_id = self->story_id;
  if (out_start != NULL)
    *out_start = self->start;
  if (out_end != NULL)
    *out_end = self->end;

  return self->story_id > 0;
}

int
lectern_entity_page_item_get_show_all (LecternEntityPageItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self), -1);

  return self->show_all;
}

gboolean
lectern_entity_page_item_get_loading (LecternEntityPageItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self), FALSE);

  return self->loading;
}

const char *
lectern_entity_page_item_get_error (LecternEntityPageItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self), NULL);

  return self->error;
}

void
lectern_entity_page_item_set_loading (LecternEntityPageItem *self,
                                      gboolean               loading)
{
  g_return_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (loading && self->error != NULL)
    {
      g_clear_pointer (&self->error, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }
  if (self->loading != !!loading)
    {
      self->loading = !!loading;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
lectern_entity_page_item_set_error (LecternEntityPageItem *self,
                                    const char            *error)
{
  g_return_if_fail (LECTERN_IS_ENTITY_PAGE_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  lectern_entity_page_item_set_loading (self, FALSE);
  if (g_strcmp0 (self->error, error) != 0)
    {
      g_free (self->error);
      self->error = g_strdup (error);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}
