/* lectern-corrections.c: the user's corrections to a story's entity list
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Corrections are replayed over every new extractor result instead of
 * editing a stored list, so that they outlive a new model or a new version
 * of the story. They find their entity by surface form for the same reason.
 */

#define G_LOG_DOMAIN "lectern-corrections"

#include "config.h"

#include "lectern-corrections.h"

#include <glib/gi18n.h>

G_DEFINE_QUARK (lectern-corrections-error-quark, lectern_corrections_error)

static const char *kind_names[] = {
  [LECTERN_CORRECTION_RENAME] = "rename",
  [LECTERN_CORRECTION_RETYPE] = "type",
  [LECTERN_CORRECTION_MERGE] = "merge",
  [LECTERN_CORRECTION_SPLIT] = "split",
  [LECTERN_CORRECTION_REMOVE] = "remove",
  [LECTERN_CORRECTION_ADD] = "add",
};

/* One entry of the list being corrected. */
typedef struct
{
  LecternEntity *entity;
  gboolean       renamed;  /* the user chose the name: merges and splits keep it */
} Item;

/* The story's text as code points, made only when a correction needs it:
 * offsets are code points, and a 5 MB book should not pay for a rename. */
typedef struct
{
  const char *utf8;
  gunichar   *ucs;
  glong       len;
} Text;

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* The comparison key of a form: NFC, case-folded, one space between words,
 * one apostrophe. */
static char *
form_key (const char *form)
{
  g_autofree char *valid = g_utf8_make_valid (form, -1);
  g_autofree char *nfc = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
  g_autofree char *folded = g_utf8_casefold (nfc != NULL ? nfc : valid, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, is_apostrophe (c) ? '\'' : c);
    }

  return g_string_free (out, FALSE);
}

static void
item_free (gpointer pointer)
{
  Item *item = pointer;

  lectern_entity_free (item->entity);
  g_free (item);
}

static Item *
item_new (LecternEntity *entity,
          gboolean       renamed)
{
  Item *item = g_new0 (Item, 1);

  item->entity = entity;
  item->renamed = renamed;
  return item;
}

static LecternEntity *
entity_copy (const LecternEntity *src)
{
  LecternEntity *copy = lectern_entity_new (src->name, src->type);

  for (guint i = 0; i < src->forms->len; i++)
    g_ptr_array_add (copy->forms, g_strdup (g_ptr_array_index (src->forms, i)));
  g_array_append_vals (copy->mentions, src->mentions->data, src->mentions->len);

  return copy;
}

/* Form → key. Forms recur in every correction and entity, and a key costs
 * a normalization and a case fold. */
static GHashTable *
keys_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static const char *
key_of (GHashTable *keys,
        const char *form)
{
  char *key = g_hash_table_lookup (keys, form);

  if (key == NULL)
    {
      key = form_key (form);
      g_hash_table_insert (keys, g_strdup (form), key);
    }

  return key;
}

static gboolean
entity_has_key (GHashTable          *keys,
                const LecternEntity *entity,
                const char          *key)
{
  for (guint i = 0; i < entity->forms->len; i++)
    if (g_str_equal (key_of (keys, g_ptr_array_index (entity->forms, i)), key))
      return TRUE;

  return FALSE;
}

/* The list being corrected and what the corrections share. */
typedef struct
{
  GPtrArray  *items;  /* (element-type Item) */
  GHashTable *keys;
  Text        text;
} Apply;

static int
find_item (Apply      *apply,
           const char *form)
{
  const char *key = key_of (apply->keys, form);

  for (guint i = 0; i < apply->items->len; i++)
    if (entity_has_key (apply->keys, ((Item *) g_ptr_array_index (apply->items, i))->entity, key))
      return (int) i;

  return -1;
}

/* Without a chosen name, an entity is named by its longest form, as the
 * extractor does, and that form leads the list. On a tie the current name
 * stays. */
static void
name_after_longest_form (LecternEntity *entity)
{
  guint best = G_MAXUINT;
  glong best_len = -1;

  for (guint i = 0; i < entity->forms->len; i++)
    {
      const char *form = g_ptr_array_index (entity->forms, i);
      glong len = g_utf8_strlen (form, -1);

      if (len > best_len || (len == best_len && g_str_equal (form, entity->name)))
        {
          best = i;
          best_len = len;
        }
    }

  if (best == G_MAXUINT)
    return;

  g_free (entity->name);
  entity->name = g_strdup (g_ptr_array_index (entity->forms, best));
  if (best > 0)
    {
      gpointer tmp = entity->forms->pdata[0];

      entity->forms->pdata[0] = entity->forms->pdata[best];
      entity->forms->pdata[best] = tmp;
    }
}

static void
text_ensure (Text *text)
{
  if (text->ucs == NULL)
    text->ucs = g_utf8_to_ucs4_fast (text->utf8, -1, &text->len);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Whole-word occurrences of a cleaned form (single spaces only). */
static GArray *
find_in_ucs (const gunichar *text,
             glong           len,
             const char     *form)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (LecternSpan));
  glong form_len = 0;
  g_autofree gunichar *pattern = g_utf8_to_ucs4_fast (form, -1, &form_len);

  if (form_len == 0)
    return spans;

  for (glong i = 0; i + form_len <= len;)
    {
      glong t = i;
      gboolean ok = TRUE;

      if (is_word_char (pattern[0]) && i > 0 && is_word_char (text[i - 1]))
        {
          i++;
          continue;
        }

      for (glong f = 0; f < form_len && ok; f++)
        {
          if (pattern[f] == ' ')
            {
              ok = t < len && g_unichar_isspace (text[t]);
              while (t < len && g_unichar_isspace (text[t]))
                t++;
            }
          else
            {
              ok = t < len && (text[t] == pattern[f]
                               || (is_apostrophe (text[t]) && is_apostrophe (pattern[f])));
              t++;
            }
        }

      if (ok && is_word_char (pattern[form_len - 1]) && t < len && is_word_char (text[t]))
        ok = FALSE;
      if (!ok)
        {
          i++;
          continue;
        }

      g_array_append_val (spans, ((LecternSpan) { i, t }));
      i = t;
    }

  return spans;
}

/* The key of what the text says at `span`. */
static const char *
span_key (Apply             *apply,
          const LecternSpan *span)
{
  g_autofree char *written = NULL;

  text_ensure (&apply->text);
  if (span->start < 0 || span->end > apply->text.len || span->start >= span->end)
    return "";

  written = g_ucs4_to_utf8 (apply->text.ucs + span->start, span->end - span->start,
                            NULL, NULL, NULL);
  return key_of (apply->keys, written != NULL ? written : "");
}

static void
apply_rename (Apply                   *apply,
              const LecternCorrection *correction)
{
  int i = find_item (apply, correction->form);
  Item *item;

  if (i < 0 || correction->value == NULL)
    return;

  item = g_ptr_array_index (apply->items, i);
  g_free (item->entity->name);
  item->entity->name = g_strdup (correction->value);
  item->renamed = TRUE;
}

static void
apply_retype (Apply                   *apply,
              const LecternCorrection *correction)
{
  int i = find_item (apply, correction->form);

  if (i >= 0)
    ((Item *) g_ptr_array_index (apply->items, i))->entity->type = correction->type;
}

static void
apply_remove (Apply                   *apply,
              const LecternCorrection *correction)
{
  int i = find_item (apply, correction->form);

  if (i >= 0)
    g_ptr_array_remove_index (apply->items, i);
}

static void
apply_merge (Apply                   *apply,
             const LecternCorrection *correction)
{
  int a, b;
  Item *into, *from;

  if (correction->value == NULL)
    return;
  a = find_item (apply, correction->form);
  b = find_item (apply, correction->value);
  if (a < 0 || b < 0 || a == b)
    return;

  into = g_ptr_array_index (apply->items, a);
  from = g_ptr_array_index (apply->items, b);
  for (guint i = 0; i < from->entity->forms->len; i++)
    lectern_entity_add_form (into->entity, g_ptr_array_index (from->entity->forms, i));
  for (guint i = 0; i < from->entity->mentions->len; i++)
    {
      const LecternSpan *span = &g_array_index (from->entity->mentions, LecternSpan, i);

      lectern_entity_add_mention (into->entity, span->start, span->end);
    }

  if (!into->renamed && from->renamed)
    {
      g_free (into->entity->name);
      into->entity->name = g_strdup (from->entity->name);
      into->renamed = TRUE;
    }
  else if (!into->renamed)
    name_after_longest_form (into->entity);

  g_ptr_array_remove_index (apply->items, b);
}

static void
apply_split (Apply                   *apply,
             const LecternCorrection *correction)
{
  int i = find_item (apply, correction->form);
  const char *key = key_of (apply->keys, correction->form);
  g_autoptr(GArray) kept = NULL;
  LecternEntity *entity, *part = NULL;
  Item *item;
  gboolean other = FALSE;

  if (i < 0)
    return;
  item = g_ptr_array_index (apply->items, i);
  entity = item->entity;

  /* Forms spelled like the split one (case, spaces) all leave; if nothing
   * else is left there was no merge to undo. */
  for (guint f = 0; f < entity->forms->len && !other; f++)
    other = !g_str_equal (key_of (apply->keys, g_ptr_array_index (entity->forms, f)), key);
  if (!other)
    return;

  for (guint f = 0; f < entity->forms->len;)
    {
      const char *form = g_ptr_array_index (entity->forms, f);

      if (!g_str_equal (key_of (apply->keys, form), key))
        {
          f++;
          continue;
        }
      if (part == NULL)
        part = lectern_entity_new (form, entity->type);
      lectern_entity_add_form (part, form);
      g_ptr_array_remove_index (entity->forms, f);
    }

  /* Entities do not record which form each mention had: read it back. */
  kept = g_array_new (FALSE, FALSE, sizeof (LecternSpan));
  for (guint m = 0; m < entity->mentions->len; m++)
    {
      const LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, m);

      if (g_str_equal (span_key (apply, span), key))
        lectern_entity_add_mention (part, span->start, span->end);
      else
        g_array_append_val (kept, *span);
    }
  g_array_set_size (entity->mentions, 0);
  g_array_append_vals (entity->mentions, kept->data, kept->len);

  /* Its old name left with the form. */
  if (!item->renamed && g_str_equal (key_of (apply->keys, entity->name), key))
    name_after_longest_form (entity);

  g_ptr_array_add (apply->items, item_new (part, FALSE));
}

/* Every mention of the list, flattened and sorted by start, so that an
 * added name finds what it overlaps by bisection, not by a scan per
 * occurrence. */
typedef struct
{
  LecternSpan span;
  guint       item;
  gboolean    dropped;
} Flat;

static gint
compare_flat (gconstpointer a,
              gconstpointer b)
{
  const Flat *x = a;
  const Flat *y = b;

  if (x->span.start != y->span.start)
    return x->span.start < y->span.start ? -1 : 1;
  return x->span.end < y->span.end ? -1 : x->span.end > y->span.end;
}

static gboolean
spans_overlap (const LecternSpan *a,
               const LecternSpan *b)
{
  return a->start < b->end && b->start < a->end;
}

static void
apply_add (Apply                   *apply,
           const LecternCorrection *correction)
{
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) flat = NULL;
  g_autoptr(GArray) taken = NULL;
  int i = find_item (apply, correction->form);
  gint64 max_len = 0;
  gboolean any_dropped = FALSE;
  Item *target;

  text_ensure (&apply->text);
  found = find_in_ucs (apply->text.ucs, apply->text.len, correction->form);

  if (i >= 0)
    {
      target = g_ptr_array_index (apply->items, i);
      target->entity->type = correction->type;
    }
  else if (found->len > 0)
    {
      LecternEntity *entity = lectern_entity_new (correction->form, correction->type);

      lectern_entity_add_form (entity, correction->form);
      target = item_new (entity, FALSE);
      g_ptr_array_add (apply->items, target);
    }
  else
    return;

  flat = g_array_new (FALSE, FALSE, sizeof (Flat));
  for (guint k = 0; k < apply->items->len; k++)
    {
      GArray *mentions = ((Item *) g_ptr_array_index (apply->items, k))->entity->mentions;

      for (guint m = 0; m < mentions->len; m++)
        {
          Flat entry = { g_array_index (mentions, LecternSpan, m), k, FALSE };

          max_len = MAX (max_len, entry.span.end - entry.span.start);
          g_array_append_val (flat, entry);
        }
    }
  g_array_sort (flat, compare_flat);

  /* Longest mention wins, as in the extractor: an added "Nadella" leaves
   * "Satya Nadella" alone, an added "Fondation Sam Altman" takes its
   * "Sam Altman". */
  taken = g_array_new (FALSE, FALSE, sizeof (LecternSpan));
  for (guint o = 0; o < found->len; o++)
    {
      const LecternSpan *occurrence = &g_array_index (found, LecternSpan, o);
      gint64 length = occurrence->end - occurrence->start;
      guint lo = 0, hi = flat->len;
      gboolean covered = FALSE;

      /* The first mention that may reach the occurrence. */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (g_array_index (flat, Flat, mid).span.start < occurrence->start - max_len)
            lo = mid + 1;
          else
            hi = mid;
        }

      for (guint j = lo; j < flat->len && !covered; j++)
        {
          const Flat *entry = &g_array_index (flat, Flat, j);

          if (entry->span.start >= occurrence->end)
            break;
          covered = !entry->dropped && spans_overlap (&entry->span, occurrence)
                    && entry->span.end - entry->span.start >= length;
        }
      if (covered)
        continue;

      for (guint j = lo; j < flat->len; j++)
        {
          Flat *entry = &g_array_index (flat, Flat, j);

          if (entry->span.start >= occurrence->end)
            break;
          if (spans_overlap (&entry->span, occurrence))
            entry->dropped = any_dropped = TRUE;
        }
      g_array_append_val (taken, *occurrence);
    }

  if (any_dropped)
    {
      for (guint k = 0; k < apply->items->len; k++)
        g_array_set_size (((Item *) g_ptr_array_index (apply->items, k))->entity->mentions, 0);
      for (guint j = 0; j < flat->len; j++)
        {
          const Flat *entry = &g_array_index (flat, Flat, j);
          LecternEntity *entity = ((Item *) g_ptr_array_index (apply->items, entry->item))->entity;

          if (!entry->dropped)
            g_array_append_val (entity->mentions, entry->span);
        }
    }
  for (guint t = 0; t < taken->len; t++)
    {
      const LecternSpan *span = &g_array_index (taken, LecternSpan, t);

      lectern_entity_add_mention (target->entity, span->start, span->end);
    }
}

static gint
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  const LecternEntity *x = *(LecternEntity * const *) a;
  const LecternEntity *y = *(LecternEntity * const *) b;
  gint64 xs, ys;

  if (x->mentions->len != y->mentions->len)
    return x->mentions->len > y->mentions->len ? -1 : 1;
  xs = g_array_index (x->mentions, LecternSpan, 0).start;
  ys = g_array_index (y->mentions, LecternSpan, 0).start;
  if (xs != ys)
    return xs < ys ? -1 : 1;

  return g_strcmp0 (x->name, y->name);
}

static LecternCorrection *
correction_new (LecternCorrectionKind  kind,
                const char            *form,
                const char            *value,
                LecternEntityType      type)
{
  LecternCorrection *self = g_new0 (LecternCorrection, 1);

  self->kind = kind;
  self->form = lectern_corrections_clean_form (form != NULL ? form : "");
  self->value = value != NULL ? lectern_corrections_clean_form (value) : NULL;
  self->type = type;
  self->general = kind != LECTERN_CORRECTION_SPLIT;

  return self;
}

LecternCorrection *
lectern_correction_new_rename (const char *form,
                               const char *new_name)
{
  g_return_val_if_fail (form != NULL && new_name != NULL, NULL);

  return correction_new (LECTERN_CORRECTION_RENAME, form, new_name, LECTERN_ENTITY_PERSON);
}

LecternCorrection *
lectern_correction_new_retype (const char        *form,
                               LecternEntityType  type)
{
  g_return_val_if_fail (form != NULL, NULL);

  return correction_new (LECTERN_CORRECTION_RETYPE, form, NULL, type);
}

LecternCorrection *
lectern_correction_new_merge (const char *form,
                              const char *other_form)
{
  g_return_val_if_fail (form != NULL && other_form != NULL, NULL);

  return correction_new (LECTERN_CORRECTION_MERGE, form, other_form, LECTERN_ENTITY_PERSON);
}

LecternCorrection *
lectern_correction_new_split (const char *form)
{
  g_return_val_if_fail (form != NULL, NULL);

  return correction_new (LECTERN_CORRECTION_SPLIT, form, NULL, LECTERN_ENTITY_PERSON);
}

LecternCorrection *
lectern_correction_new_remove (const char *form)
{
  g_return_val_if_fail (form != NULL, NULL);

  return correction_new (LECTERN_CORRECTION_REMOVE, form, NULL, LECTERN_ENTITY_PERSON);
}

LecternCorrection *
lectern_correction_new_add (const char        *text,
                            LecternEntityType  type)
{
  g_return_val_if_fail (text != NULL, NULL);

  return correction_new (LECTERN_CORRECTION_ADD, text, NULL, type);
}

LecternCorrection *
lectern_correction_copy (const LecternCorrection *self)
{
  LecternCorrection *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->form = g_strdup (self->form);
  copy->value = g_strdup (self->value);

  return copy;
}

void
lectern_correction_free (LecternCorrection *self)
{
  if (self == NULL)
    return;

  g_free (self->form);
  g_free (self->value);
  g_free (self);
}

gboolean
lectern_correction_validate (const LecternCorrection  *self,
                             GError                  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->kind > LECTERN_CORRECTION_ADD)
    {
      g_set_error_literal (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                           _("This is not a kind of correction Lectern knows."));
      return FALSE;
    }
  if (self->form == NULL || *self->form == '\0' || !g_utf8_validate (self->form, -1, NULL))
    {
      g_set_error_literal (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                           _("A correction needs the name as it is written in the story."));
      return FALSE;
    }
  if ((self->kind == LECTERN_CORRECTION_RENAME || self->kind == LECTERN_CORRECTION_MERGE)
      && (self->value == NULL || *self->value == '\0'
          || !g_utf8_validate (self->value, -1, NULL)))
    {
      g_set_error_literal (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                           self->kind == LECTERN_CORRECTION_RENAME
                           ? _("The new name is empty.")
                           : _("A merge needs two names as they are written in the story."));
      return FALSE;
    }
  if (self->kind == LECTERN_CORRECTION_MERGE
      && lectern_corrections_forms_equal (self->form, self->value))
    {
      g_set_error_literal (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                           _("An entry cannot be merged with itself."));
      return FALSE;
    }
  if ((self->kind == LECTERN_CORRECTION_RETYPE || self->kind == LECTERN_CORRECTION_ADD)
      && self->type > LECTERN_ENTITY_MISC)
    {
      g_set_error_literal (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID,
                           _("This is not a kind of entity Lectern knows."));
      return FALSE;
    }

  return TRUE;
}

const char *
lectern_correction_kind_to_string (LecternCorrectionKind kind)
{
  g_return_val_if_fail (kind <= LECTERN_CORRECTION_ADD, "rename");

  return kind_names[kind];
}

gboolean
lectern_correction_kind_from_string (const char            *str,
                                     LecternCorrectionKind *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_strcmp0 (str, kind_names[i]) == 0)
        {
          *out_kind = (LecternCorrectionKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

char *
lectern_corrections_clean_form (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_new (NULL);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Control characters have no place in a name. */
      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

gboolean
lectern_corrections_forms_equal (const char *a,
                                 const char *b)
{
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  ka = form_key (a);
  kb = form_key (b);
  return g_str_equal (ka, kb);
}

LecternEntity *
lectern_corrections_find_entity (GPtrArray  *entities,
                                 const char *form)
{
  g_autoptr(GHashTable) keys = NULL;
  const char *key;

  g_return_val_if_fail (entities != NULL, NULL);
  g_return_val_if_fail (form != NULL, NULL);

  keys = keys_new ();
  key = key_of (keys, form);
  for (guint i = 0; i < entities->len; i++)
    if (entity_has_key (keys, g_ptr_array_index (entities, i), key))
      return g_ptr_array_index (entities, i);

  return NULL;
}

const char *
lectern_corrections_entity_key (const LecternEntity *entity)
{
  g_return_val_if_fail (entity != NULL, NULL);

  return entity->forms->len > 0 ? g_ptr_array_index (entity->forms, 0) : entity->name;
}

GArray *
lectern_corrections_find_occurrences (const char *text,
                                      const char *form)
{
  g_autofree gunichar *ucs = NULL;
  g_autofree char *clean = NULL;
  glong len = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (form != NULL, NULL);

  ucs = g_utf8_to_ucs4_fast (text, -1, &len);
  clean = lectern_corrections_clean_form (form);
  return find_in_ucs (ucs, len, clean);
}

GPtrArray *
lectern_corrections_apply (GPtrArray  *entities,
                           const char *text,
                           GPtrArray  *corrections)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) keys = NULL;
  GPtrArray *result;
  Apply apply;

  g_return_val_if_fail (entities != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  items = g_ptr_array_new_with_free_func (item_free);
  keys = keys_new ();
  apply = (Apply) { items, keys, { text, NULL, 0 } };
  for (guint i = 0; i < entities->len; i++)
    g_ptr_array_add (items, item_new (entity_copy (g_ptr_array_index (entities, i)), FALSE));

  for (guint c = 0; corrections != NULL && c < corrections->len; c++)
    {
      const LecternCorrection *correction = g_ptr_array_index (corrections, c);

      switch (correction->kind)
        {
        case LECTERN_CORRECTION_RENAME:
          apply_rename (&apply, correction);
          break;
        case LECTERN_CORRECTION_RETYPE:
          apply_retype (&apply, correction);
          break;
        case LECTERN_CORRECTION_MERGE:
          apply_merge (&apply, correction);
          break;
        case LECTERN_CORRECTION_SPLIT:
          apply_split (&apply, correction);
          break;
        case LECTERN_CORRECTION_REMOVE:
          apply_remove (&apply, correction);
          break;
        case LECTERN_CORRECTION_ADD:
          apply_add (&apply, correction);
          break;
        default:
          g_debug ("Ignoring a correction of unknown kind %d", correction->kind);
          break;
        }
    }

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);

      if (item->entity->mentions->len == 0)
        continue;
      g_ptr_array_add (result, g_steal_pointer (&item->entity));
    }
  g_ptr_array_sort (result, compare_entities);

  g_free (apply.text.ucs);
  return result;
}

char *
lectern_correction_describe (const LecternCorrection *correction)
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
