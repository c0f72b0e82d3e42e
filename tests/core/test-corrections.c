/* test-corrections.c: user corrections of entity lists and the gazetteer
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <glib/gstdio.h>

#include "lectern-corrections.h"
#include "lectern-extractor.h"
#include "lectern-correct.h"
#include "lectern-store-private.h"
#include "lectern-utf8.h"

/* A hand-made story: "Dupont" is both a surname of Jean Dupont and a form
 * of its own; "Dupontel" must never match it; a line break sits inside one
 * "Marie Curie"; "é" makes code points differ from bytes. */
static const char hand_text[] =
  "Jean Dupont a rencontré Marie Curie à Genève. Dupont salue Curie, puis Marie\n"
  "Curie part. La Banque verte et Dupontel se taisent. Jean Dupont s’en va, "
  "et l'ONU aussi. La Fondation Marie Curie ouvre.";

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lectern-corrections-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "library.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static LecternStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  LecternStore *store = lectern_store_new (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static char *
read_seed (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("LECTERN_SOURCE_ROOT"), "data",
                                            "fr-seed.txt", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static LecternExtractor *
get_extractor (void)
{
  g_autoptr(GError) error = NULL;
  LecternExtractor *extractor = lectern_extractor_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (extractor);
  return extractor;
}

static GPtrArray *
extract (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entities = lectern_extractor_extract (get_extractor (), text, NULL, NULL, NULL,
                                                   &error);

  g_assert_no_error (error);
  g_assert_nonnull (entities);
  return entities;
}

/* Adds the forms in order, each with the occurrences that no earlier
 * (longer) form of the entity took, as the extractor would. */
static LecternEntity *
make_entity (LecternEntityType  type,
             const char        *first_form,
             ...)
{
  LecternEntity *entity = lectern_entity_new (first_form, type);
  va_list args;

  va_start (args, first_form);
  for (const char *form = first_form; form != NULL; form = va_arg (args, const char *))
    {
      g_autoptr(GArray) found = lectern_corrections_find_occurrences (hand_text, form);

      lectern_entity_add_form (entity, form);
      for (guint i = 0; i < found->len; i++)
        {
          const LecternSpan *span = &g_array_index (found, LecternSpan, i);
          gboolean taken = FALSE;

          for (guint m = 0; m < entity->mentions->len && !taken; m++)
            {
              const LecternSpan *old = &g_array_index (entity->mentions, LecternSpan, m);

              taken = old->start < span->end && span->start < old->end;
            }
          if (!taken)
            lectern_entity_add_mention (entity, span->start, span->end);
        }
    }
  va_end (args);

  return entity;
}

/* Jean Dupont (3: two full, one "Dupont"), Marie Curie (3 with the one in
 * "Fondation Marie Curie"), Curie alone (1), Banque verte (1). */
static GPtrArray *
hand_entities (void)
{
  GPtrArray *entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);

  g_ptr_array_add (entities, make_entity (LECTERN_ENTITY_PERSON, "Jean Dupont", "Dupont", NULL));
  g_ptr_array_add (entities, make_entity (LECTERN_ENTITY_PERSON, "Marie Curie", NULL));
  g_ptr_array_add (entities, make_entity (LECTERN_ENTITY_PERSON, "Curie", NULL));
  g_ptr_array_add (entities, make_entity (LECTERN_ENTITY_PERSON, "Banque verte", NULL));

  /* "Curie" must not also hold the mentions inside "Marie Curie". */
  {
    LecternEntity *curie = g_ptr_array_index (entities, 2);
    LecternEntity *marie = g_ptr_array_index (entities, 1);

    for (guint m = curie->mentions->len; m > 0; m--)
      {
        const LecternSpan *span = &g_array_index (curie->mentions, LecternSpan, m - 1);

        for (guint k = 0; k < marie->mentions->len; k++)
          {
            const LecternSpan *big = &g_array_index (marie->mentions, LecternSpan, k);

            if (span->start >= big->start && span->end <= big->end)
              {
                g_array_remove_index (curie->mentions, m - 1);
                break;
              }
          }
      }
  }

  return entities;
}

static GPtrArray *
apply_one (GPtrArray         *entities,
           const char        *text,
           LecternCorrection *correction)
{
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_correction_free);

  g_ptr_array_add (corrections, correction);
  return lectern_corrections_apply (entities, text, corrections);
}

static LecternEntity *
find (GPtrArray  *entities,
      const char *form)
{
  return lectern_corrections_find_entity (entities, form);
}

static guint
total_mentions (GPtrArray *entities)
{
  guint n = 0;

  for (guint i = 0; i < entities->len; i++)
    n += ((LecternEntity *) g_ptr_array_index (entities, i))->mentions->len;
  return n;
}

/* Every mention spells one of its entity's forms (white space folded), and
 * the list is sorted like the extractor's. */
static void
assert_consistent (GPtrArray  *entities,
                   const char *text)
{
  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      g_assert_cmpuint (entity->mentions->len, >, 0);
      for (guint m = 0; m < entity->mentions->len; m++)
        {
          const LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, m);
          g_autofree char *written = lectern_utf8_substring (text, span->start, span->end);
          gboolean known = FALSE;

          for (guint f = 0; f < entity->forms->len && !known; f++)
            known = lectern_corrections_forms_equal (written, g_ptr_array_index (entity->forms, f));
          if (!known)
            g_error ("Mention “%s” of %s is none of its forms", written, entity->name);
        }

      if (i > 0)
        {
          LecternEntity *prev = g_ptr_array_index (entities, i - 1);

          g_assert_cmpuint (prev->mentions->len, >=, entity->mentions->len);
          if (prev->mentions->len == entity->mentions->len)
            g_assert_cmpint (g_array_index (prev->mentions, LecternSpan, 0).start, <=,
                             g_array_index (entity->mentions, LecternSpan, 0).start);
        }
    }
}

static void
test_occurrences (void)
{
  g_autoptr(GArray) dupont = lectern_corrections_find_occurrences (hand_text, "Dupont");
  g_autoptr(GArray) curie = lectern_corrections_find_occurrences (hand_text, "Marie Curie");
  g_autoptr(GArray) onu = lectern_corrections_find_occurrences (hand_text, "l’ONU");
  g_autoptr(GArray) none = lectern_corrections_find_occurrences (hand_text, "dupont");
  g_autoptr(GArray) empty = lectern_corrections_find_occurrences (hand_text, "  ");

  /* Whole words: not in "Dupontel"; case matters. */
  g_assert_cmpuint (dupont->len, ==, 3);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
  /* A line break matches the space; offsets are code points. */
  g_assert_cmpuint (curie->len, ==, 3);
  for (guint i = 0; i < curie->len; i++)
    {
      const LecternSpan *span = &g_array_index (curie, LecternSpan, i);
      g_autofree char *written = lectern_utf8_substring (hand_text, span->start, span->end);

      g_assert_true (lectern_corrections_forms_equal (written, "Marie Curie"));
    }
  g_assert_cmpint (g_array_index (curie, LecternSpan, 0).start, ==, 24);
  /* ’ and ' are one apostrophe. */
  g_assert_cmpuint (onu->len, ==, 1);

  g_assert_true (lectern_corrections_forms_equal ("  l’ONU ", "L'onu"));
  g_assert_false (lectern_corrections_forms_equal ("Dupont", "Dupontel"));
  {
    g_autofree char *clean = lectern_corrections_clean_form ("  Marie\n\tCurie \x01 ");

    g_assert_cmpstr (clean, ==, "Marie Curie");
  }
}

static void
test_hand_rename_retype_remove (void)
{
  g_autoptr(GPtrArray) entities = hand_entities ();
  g_autoptr(GPtrArray) renamed = NULL;
  g_autoptr(GPtrArray) retyped = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GPtrArray) untouched = NULL;
  LecternEntity *entity;

  /* Any form of the entity names it, in any case. */
  renamed = apply_one (entities, hand_text, lectern_correction_new_rename ("dupont", "J. Dupont"));
  entity = find (renamed, "Jean Dupont");
  g_assert_cmpstr (entity->name, ==, "J. Dupont");
  g_assert_cmpuint (entity->forms->len, ==, 2);
  g_assert_cmpuint (entity->mentions->len, ==, 3);
  /* The input is left alone. */
  g_assert_cmpstr (((LecternEntity *) g_ptr_array_index (entities, 0))->name, ==, "Jean Dupont");

  retyped = apply_one (entities, hand_text,
                       lectern_correction_new_retype ("Banque verte", LECTERN_ENTITY_ORGANIZATION));
  g_assert_cmpint (find (retyped, "Banque verte")->type, ==, LECTERN_ENTITY_ORGANIZATION);
  g_assert_cmpint (find (retyped, "Marie Curie")->type, ==, LECTERN_ENTITY_PERSON);

  removed = apply_one (entities, hand_text, lectern_correction_new_remove ("Banque verte"));
  g_assert_cmpuint (removed->len, ==, entities->len - 1);
  g_assert_null (find (removed, "Banque verte"));
  assert_consistent (removed, hand_text);

  /* A form that is nowhere changes nothing. */
  untouched = apply_one (entities, hand_text, lectern_correction_new_remove ("Zorro"));
  g_assert_cmpuint (untouched->len, ==, entities->len);
  assert_consistent (untouched, hand_text);
}

static void
test_hand_merge_split (void)
{
  g_autoptr(GPtrArray) entities = hand_entities ();
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) split = NULL;
  g_autoptr(GPtrArray) split_name = NULL;
  g_autoptr(GPtrArray) only = NULL;
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_correction_free);
  g_autoptr(GPtrArray) renamed_merge = NULL;
  LecternEntity *entity;

  /* The name is the longest form, whichever side the user started from. */
  merged = apply_one (entities, hand_text, lectern_correction_new_merge ("Curie", "Marie Curie"));
  g_assert_cmpuint (merged->len, ==, entities->len - 1);
  entity = find (merged, "Curie");
  g_assert_true (entity == find (merged, "Marie Curie"));
  g_assert_cmpstr (entity->name, ==, "Marie Curie");
  g_assert_cmpstr (g_ptr_array_index (entity->forms, 0), ==, "Marie Curie");
  g_assert_cmpuint (entity->mentions->len, ==, 4);
  /* Four mentions now lead the list. */
  g_assert_true (g_ptr_array_index (merged, 0) == entity);
  assert_consistent (merged, hand_text);

  /* A renamed side keeps its name through a merge. */
  g_ptr_array_add (corrections, lectern_correction_new_rename ("Curie", "Pierre ou Marie"));
  g_ptr_array_add (corrections, lectern_correction_new_merge ("Marie Curie", "Curie"));
  renamed_merge = lectern_corrections_apply (entities, hand_text, corrections);
  g_assert_cmpstr (find (renamed_merge, "Curie")->name, ==, "Pierre ou Marie");

  /* Split: "Dupont" and its one mention leave Jean Dupont. */
  split = apply_one (entities, hand_text, lectern_correction_new_split ("Dupont"));
  g_assert_cmpuint (split->len, ==, entities->len + 1);
  entity = find (split, "Jean Dupont");
  g_assert_cmpstr (entity->name, ==, "Jean Dupont");
  g_assert_cmpuint (entity->forms->len, ==, 1);
  g_assert_cmpuint (entity->mentions->len, ==, 2);
  entity = find (split, "Dupont");
  g_assert_cmpstr (entity->name, ==, "Dupont");
  g_assert_cmpint (entity->type, ==, LECTERN_ENTITY_PERSON);
  g_assert_cmpuint (entity->mentions->len, ==, 1);
  assert_consistent (split, hand_text);

  /* Splitting off the name's form renames what is left. */
  split_name = apply_one (entities, hand_text, lectern_correction_new_split ("Jean Dupont"));
  g_assert_cmpstr (find (split_name, "Dupont")->name, ==, "Dupont");
  g_assert_cmpstr (find (split_name, "Jean Dupont")->name, ==, "Jean Dupont");
  g_assert_true (find (split_name, "Dupont") != find (split_name, "Jean Dupont"));

  /* An entity of one form has nothing to split. */
  only = apply_one (entities, hand_text, lectern_correction_new_split ("Banque verte"));
  g_assert_cmpuint (only->len, ==, entities->len);
}

static void
test_hand_add (void)
{
  g_autoptr(GPtrArray) entities = hand_entities ();
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(GPtrArray) inside = NULL;
  g_autoptr(GPtrArray) around = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_correction_free);
  g_autoptr(GPtrArray) back = NULL;
  LecternEntity *entity;

  /* "Mark as organization" on a selection, spaces and all. */
  added = apply_one (entities, hand_text,
                     lectern_correction_new_add (" l’ONU\n", LECTERN_ENTITY_ORGANIZATION));
  entity = find (added, "l'ONU");
  g_assert_nonnull (entity);
  g_assert_cmpstr (entity->name, ==, "l’ONU");
  g_assert_cmpint (entity->type, ==, LECTERN_ENTITY_ORGANIZATION);
  g_assert_cmpuint (entity->mentions->len, ==, 1);
  assert_consistent (added, hand_text);

  /* A form the list already has: only its type changes. */
  existing = apply_one (entities, hand_text,
                        lectern_correction_new_add ("Dupont", LECTERN_ENTITY_ORGANIZATION));
  g_assert_cmpuint (existing->len, ==, entities->len);
  entity = find (existing, "Jean Dupont");
  g_assert_cmpint (entity->type, ==, LECTERN_ENTITY_ORGANIZATION);
  g_assert_cmpuint (entity->mentions->len, ==, 3);

  /* A shorter name only gets the occurrences no longer mention covers:
   * "Jean" is always inside "Jean Dupont", so it gets none. */
  inside = apply_one (entities, hand_text, lectern_correction_new_add ("Genève", LECTERN_ENTITY_PERSON));
  g_assert_cmpuint (find (inside, "Genève")->mentions->len, ==, 1);
  g_clear_pointer (&inside, g_ptr_array_unref);
  inside = apply_one (entities, hand_text, lectern_correction_new_add ("Jean", LECTERN_ENTITY_PERSON));
  g_assert_null (find (inside, "Jean"));

  /* A longer one takes the shorter mentions it covers. */
  around = apply_one (entities, hand_text,
                      lectern_correction_new_add ("Fondation Marie Curie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_cmpuint (find (around, "Fondation Marie Curie")->mentions->len, ==, 1);
  g_assert_cmpuint (find (around, "Marie Curie")->mentions->len, ==, 2);
  assert_consistent (around, hand_text);

  /* Nothing to mark: nothing added. */
  missing = apply_one (entities, hand_text, lectern_correction_new_add ("Zorro", LECTERN_ENTITY_PERSON));
  g_assert_cmpuint (missing->len, ==, entities->len);

  /* Later corrections win: removed, then marked again. */
  g_ptr_array_add (corrections, lectern_correction_new_remove ("Banque verte"));
  g_ptr_array_add (corrections, lectern_correction_new_add ("Banque verte", LECTERN_ENTITY_ORGANIZATION));
  back = lectern_corrections_apply (entities, hand_text, corrections);
  g_assert_cmpint (find (back, "Banque verte")->type, ==, LECTERN_ENTITY_ORGANIZATION);
}

/* The checks the app and lectern-cli share before storing a correction. */
static void
test_check (void)
{
  g_autoptr(GPtrArray) entities = hand_entities ();
  struct { LecternCorrection *correction; const char *message; } refused[] = {
    { lectern_correction_new_rename ("Zorro", "Z"), "no person or organization written “Zorro”" },
    { lectern_correction_new_merge ("Dupont", "jean dupont"), "already one entry" },
    { lectern_correction_new_split ("Banque verte"), "nothing to split" },
    { lectern_correction_new_add ("Dupon", LECTERN_ENTITY_PERSON), "does not appear as a whole word" },
  };
  LecternCorrection *correction;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (lectern_correct_check (refused[i].correction, entities, hand_text, &error));
      g_assert_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, refused[i].message));
      g_clear_error (&error);
      lectern_correction_free (refused[i].correction);
    }

  /* Forms are stored as the story writes them, whatever the case typed. */
  correction = lectern_correction_new_merge ("jean dupont", "MARIE CURIE");
  g_assert_true (lectern_correct_check (correction, entities, hand_text, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (correction->form, ==, "Jean Dupont");
  g_assert_cmpstr (correction->value, ==, "Marie Curie");
  lectern_correction_free (correction);

  correction = lectern_correction_new_add ("Dupontel", LECTERN_ENTITY_PERSON);
  g_assert_true (lectern_correct_check (correction, entities, hand_text, &error));
  g_assert_no_error (error);
  lectern_correction_free (correction);
}

static void
test_validate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternCorrection) empty = lectern_correction_new_remove ("   ");
  g_autoptr(LecternCorrection) self_merge = lectern_correction_new_merge ("OpenAI", " openai ");
  g_autoptr(LecternCorrection) no_name = lectern_correction_new_rename ("OpenAI", "\n");
  g_autoptr(LecternCorrection) good = lectern_correction_new_add ("OpenAI", LECTERN_ENTITY_ORGANIZATION);
  g_autoptr(LecternCorrection) split = lectern_correction_new_split ("Altman");
  LecternCorrectionKind kind;

  g_assert_false (lectern_correction_validate (empty, &error));
  g_assert_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (lectern_correction_validate (self_merge, &error));
  g_assert_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (lectern_correction_validate (no_name, &error));
  g_clear_error (&error);
  g_assert_true (lectern_correction_validate (good, &error));
  g_assert_no_error (error);

  /* A wrong merge is a fact of one story; the rest generalizes. */
  g_assert_true (good->general);
  g_assert_false (split->general);

  for (int k = LECTERN_CORRECTION_RENAME; k <= LECTERN_CORRECTION_ADD; k++)
    {
      g_assert_true (lectern_correction_kind_from_string (lectern_correction_kind_to_string (k), &kind));
      g_assert_cmpint (kind, ==, k);
    }
  g_assert_false (lectern_correction_kind_from_string ("frobnicate", &kind));
}

/* Each operation on the extractor's own list for data/fr-seed.txt. */
static void
test_seed (void)
{
  g_autofree char *text = read_seed ();
  g_autoptr(GPtrArray) entities = extract (text);
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_correction_free);
  g_autoptr(GPtrArray) corrected = NULL;
  g_autoptr(GArray) chatgpt = lectern_corrections_find_occurrences (text, "ChatGPT");
  LecternEntity *entity;
  guint before = total_mentions (entities);

  /* What the corrections below expect of the extractor. */
  g_assert_nonnull (find (entities, "Altman"));
  g_assert_true (find (entities, "Altman") == find (entities, "Sam Altman"));
  g_assert_nonnull (find (entities, "Greg Brockman"));
  g_assert_null (find (entities, "ChatGPT"));
  g_assert_cmpuint (chatgpt->len, >, 0);

  g_ptr_array_add (corrections, lectern_correction_new_split ("Altman"));
  g_ptr_array_add (corrections, lectern_correction_new_remove ("Greg Brockman"));
  g_ptr_array_add (corrections, lectern_correction_new_add ("ChatGPT", LECTERN_ENTITY_ORGANIZATION));
  g_ptr_array_add (corrections, lectern_correction_new_rename ("Satya Nadella", "Satya N."));
  g_ptr_array_add (corrections, lectern_correction_new_retype ("Satya Nadella", LECTERN_ENTITY_ORGANIZATION));
  g_ptr_array_add (corrections, lectern_correction_new_merge ("OpenAI", "Microsoft"));
  corrected = lectern_corrections_apply (entities, text, corrections);
  assert_consistent (corrected, text);

  entity = find (corrected, "Altman");
  g_assert_cmpstr (entity->name, ==, "Altman");
  g_assert_true (entity != find (corrected, "Sam Altman"));
  g_assert_cmpuint (entity->mentions->len + find (corrected, "Sam Altman")->mentions->len, ==,
                    find (entities, "Sam Altman")->mentions->len);

  g_assert_null (find (corrected, "Greg Brockman"));

  entity = find (corrected, "ChatGPT");
  g_assert_cmpint (entity->type, ==, LECTERN_ENTITY_ORGANIZATION);
  g_assert_cmpuint (entity->mentions->len, ==, chatgpt->len);

  entity = find (corrected, "Satya Nadella");
  g_assert_cmpstr (entity->name, ==, "Satya N.");
  g_assert_cmpint (entity->type, ==, LECTERN_ENTITY_ORGANIZATION);

  entity = find (corrected, "Microsoft");
  g_assert_true (entity == find (corrected, "OpenAI"));
  g_assert_cmpstr (entity->name, ==, "Microsoft");
  g_assert_cmpuint (entity->mentions->len, ==,
                    find (entities, "OpenAI")->mentions->len + find (entities, "Microsoft")->mentions->len);
  g_assert_true (g_ptr_array_index (corrected, 0) == entity);

  g_assert_cmpuint (total_mentions (corrected), ==,
                    before - find (entities, "Greg Brockman")->mentions->len + chatgpt->len);
}

static gint64
add_story (LecternStore *store,
           const char   *title,
           const char   *text)
{
  g_autoptr(LecternStory) story = lectern_story_new (title, "", text);
  g_autoptr(GError) error = NULL;
  gint64 id = lectern_store_add_story_sync (store, story, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_correction (LecternStore      *store,
                gint64             story_id,
                LecternCorrection *correction)
{
  g_autoptr(LecternCorrection) owned = correction;
  g_autoptr(GError) error = NULL;
  gint64 id = lectern_store_add_correction_sync (store, story_id, owned, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (owned->id, ==, id);
  return id;
}

static GPtrArray *
corrected_entities (LecternStore *store,
                    gint64        story_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, story_id, &error);
  GPtrArray *entities;

  g_assert_no_error (error);
  entities = lectern_store_get_corrected_entities_sync (store, story, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entities);
  assert_consistent (entities, story->text);
  return entities;
}

static void
test_store_persist (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *text = read_seed ();
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GPtrArray) corrections = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternCorrection) missing_story = lectern_correction_new_remove ("OpenAI");
  g_autoptr(LecternCorrection) invalid = lectern_correction_new_merge ("OpenAI", "OpenAI");
  gint64 story_id = add_story (store, "Seed", text);
  gint64 split_id;
  const LecternCorrection *first;

  split_id = add_correction (store, story_id, lectern_correction_new_split ("Altman"));
  add_correction (store, story_id, lectern_correction_new_add ("ChatGPT", LECTERN_ENTITY_ORGANIZATION));
  add_correction (store, story_id, lectern_correction_new_rename ("Microsoft", "Microsoft Corp."));

  g_assert_cmpint (lectern_store_add_correction_sync (store, 999, missing_story, &error), ==, 0);
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (lectern_store_add_correction_sync (store, story_id, invalid, &error), ==, 0);
  g_assert_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_finalize_object (g_steal_pointer (&store));

  /* Reopened from the file: the same corrections, in order, applied. */
  store = open_store (fixture->path);
  corrections = lectern_store_list_corrections_sync (store, story_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (corrections->len, ==, 3);
  first = g_ptr_array_index (corrections, 0);
  g_assert_cmpint (first->id, ==, split_id);
  g_assert_cmpint (first->kind, ==, LECTERN_CORRECTION_SPLIT);
  g_assert_cmpstr (first->form, ==, "Altman");
  g_assert_false (first->general);
  g_assert_cmpint (first->story_id, ==, story_id);
  g_assert_cmpint (first->created_at, >, 0);
  g_assert_cmpint (((LecternCorrection *) g_ptr_array_index (corrections, 1))->type, ==,
                   LECTERN_ENTITY_ORGANIZATION);
  g_assert_cmpstr (((LecternCorrection *) g_ptr_array_index (corrections, 2))->value, ==,
                   "Microsoft Corp.");

  entities = corrected_entities (store, story_id);
  g_assert_true (find (entities, "Altman") != find (entities, "Sam Altman"));
  g_assert_nonnull (find (entities, "ChatGPT"));
  g_assert_cmpstr (find (entities, "Microsoft")->name, ==, "Microsoft Corp.");
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_store_reextract (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *text = read_seed ();
  g_autofree char *new_text = NULL;
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(LecternStory) new_version = NULL;
  g_autoptr(GPtrArray) cached = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_autoptr(GError) error = NULL;
  const char *version = lectern_extractor_get_version (get_extractor ());
  gint64 story_id = add_story (store, "Seed", text);

  add_correction (store, story_id, lectern_correction_new_add ("ChatGPT", LECTERN_ENTITY_ORGANIZATION));
  add_correction (store, story_id, lectern_correction_new_merge ("Satya Nadella", "Microsoft"));

  /* A cache from another extractor version is not used. */
  g_ptr_array_add (stale, lectern_entity_new ("Stale", LECTERN_ENTITY_PERSON));
  lectern_entity_add_form (g_ptr_array_index (stale, 0), "Stale");
  lectern_entity_add_mention (g_ptr_array_index (stale, 0), 0, 2);
  g_assert_true (lectern_store_put_entities_sync (store, story_id, "old-model", stale, &error));
  g_assert_no_error (error);

  entities = corrected_entities (store, story_id);
  g_assert_null (find (entities, "Stale"));
  g_assert_nonnull (find (entities, "ChatGPT"));
  g_assert_true (find (entities, "Satya Nadella") == find (entities, "Microsoft"));

  /* The extractor's own result is what was cached, not the corrected one. */
  cached = lectern_store_get_entities_sync (store, story_id, version, &error);
  g_assert_no_error (error);
  g_assert_nonnull (cached);
  g_assert_null (find (cached, "ChatGPT"));
  g_clear_pointer (&entities, g_ptr_array_unref);

  /* A new version of the story drops the cache; the corrections stay and
   * find their forms at their new places. */
  new_text = g_strconcat ("ChatGPT, encore. ", text, NULL);
  new_version = lectern_story_new ("Seed", "", new_text);
  g_assert_true (lectern_store_replace_story_text_sync (store, story_id, new_version, NULL, &error));
  g_assert_no_error (error);

  entities = corrected_entities (store, story_id);
  g_assert_cmpint (g_array_index (find (entities, "ChatGPT")->mentions, LecternSpan, 0).start, ==, 0);
  g_assert_true (find (entities, "Satya Nadella") == find (entities, "Microsoft"));
  g_assert_finalize_object (g_steal_pointer (&store));
}

/* Another story on the same people: the seed without its first two lines,
 * and "Altman" alone at the end so that the extractor merges it again. */
static char *
second_story_text (const char *seed)
{
  const char *rest = strchr (strchr (seed, '\n') + 1, '\n') + 1;

  return g_strconcat (rest, "Altman ne commente pas.\n", NULL);
}

static void
test_store_gazetteer (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *text = read_seed ();
  g_autofree char *second = second_story_text (text);
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(GPtrArray) raw = extract (second);
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) gazetteer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 seed_id = add_story (store, "Seed", text);
  gint64 second_id = add_story (store, "Second", second);
  gint64 remove_id, split_id;
  g_autoptr(LecternCorrection) gone = NULL;

  g_assert_nonnull (find (raw, "OpenAI"));
  g_assert_nonnull (find (raw, "Satya Nadella"));
  g_assert_nonnull (find (raw, "Greg Brockman"));
  g_assert_true (find (raw, "Altman") == find (raw, "Sam Altman"));

  /* Made while reading the seed story. */
  remove_id = add_correction (store, seed_id, lectern_correction_new_remove ("Greg Brockman"));
  add_correction (store, seed_id, lectern_correction_new_add ("ChatGPT", LECTERN_ENTITY_ORGANIZATION));
  add_correction (store, seed_id, lectern_correction_new_rename ("Satya Nadella", "Nadella (Microsoft)"));
  add_correction (store, seed_id, lectern_correction_new_retype ("OpenAI", LECTERN_ENTITY_PERSON));
  split_id = add_correction (store, seed_id, lectern_correction_new_split ("Altman"));

  gazetteer = lectern_store_list_gazetteer_sync (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gazetteer->len, ==, 4);

  /* The second story gets all but the split, which was about the seed. */
  entities = corrected_entities (store, second_id);
  g_assert_null (find (entities, "Greg Brockman"));
  g_assert_nonnull (find (entities, "ChatGPT"));
  g_assert_cmpstr (find (entities, "Satya Nadella")->name, ==, "Nadella (Microsoft)");
  g_assert_cmpint (find (entities, "OpenAI")->type, ==, LECTERN_ENTITY_PERSON);
  g_assert_true (find (entities, "Altman") == find (entities, "Sam Altman"));
  g_clear_pointer (&entities, g_ptr_array_unref);

  /* The story's own corrections win over the gazetteer. */
  add_correction (store, second_id, lectern_correction_new_retype ("OpenAI", LECTERN_ENTITY_ORGANIZATION));
  entities = corrected_entities (store, second_id);
  g_assert_cmpint (find (entities, "OpenAI")->type, ==, LECTERN_ENTITY_ORGANIZATION);
  g_clear_pointer (&entities, g_ptr_array_unref);
  entities = corrected_entities (store, seed_id);
  g_assert_cmpint (find (entities, "OpenAI")->type, ==, LECTERN_ENTITY_PERSON);
  g_clear_pointer (&entities, g_ptr_array_unref);

  /* Deleting the seed story keeps what it taught, not its split. */
  g_assert_true (lectern_store_delete_story_sync (store, seed_id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&gazetteer, g_ptr_array_unref);
  gazetteer = lectern_store_list_gazetteer_sync (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gazetteer->len, ==, 5);
  g_assert_cmpint (((LecternCorrection *) g_ptr_array_index (gazetteer, 0))->id, ==, remove_id);
  g_assert_cmpint (((LecternCorrection *) g_ptr_array_index (gazetteer, 0))->story_id, ==, 0);
  gone = lectern_store_get_correction_sync (store, split_id, &error);
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);
  entities = corrected_entities (store, second_id);
  g_assert_null (find (entities, "Greg Brockman"));
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_store_undo (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *text = read_seed ();
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(LecternCorrection) saved = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) corrections = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id = add_story (store, "Seed", text);
  gint64 id;

  id = add_correction (store, story_id, lectern_correction_new_remove ("OpenAI"));
  entities = corrected_entities (store, story_id);
  g_assert_null (find (entities, "OpenAI"));
  g_clear_pointer (&entities, g_ptr_array_unref);

  /* Undo: keep a copy for redo, then delete. */
  saved = lectern_store_get_correction_sync (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (lectern_store_undo_correction_sync (store, id, &error));
  g_assert_no_error (error);
  entities = corrected_entities (store, story_id);
  g_assert_nonnull (find (entities, "OpenAI"));
  g_clear_pointer (&entities, g_ptr_array_unref);
  corrections = lectern_store_list_corrections_sync (store, story_id, &error);
  g_assert_cmpuint (corrections->len, ==, 0);

  g_assert_false (lectern_store_undo_correction_sync (store, id, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (lectern_store_get_correction_sync (store, id, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Redo: back under the same id, once. */
  g_assert_true (lectern_store_restore_correction_sync (store, saved, &error));
  g_assert_no_error (error);
  entities = corrected_entities (store, story_id);
  g_assert_null (find (entities, "OpenAI"));
  g_assert_false (lectern_store_restore_correction_sync (store, saved, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_clear_pointer (&corrections, g_ptr_array_unref);
  corrections = lectern_store_list_corrections_sync (store, story_id, &error);
  g_assert_cmpuint (corrections->len, ==, 1);
  g_assert_cmpint (((LecternCorrection *) g_ptr_array_index (corrections, 0))->id, ==, id);
  g_assert_finalize_object (g_steal_pointer (&store));
}

/* The use cases the app's Ctrl+Z and Ctrl+Shift+Z run: undo, then redo
 * from the copy kept when the correction was made, under its old id; a
 * copy from another story is refused. */
static void
test_use_case_redo (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *text = read_seed ();
  g_autoptr(LecternStore) store = open_store (fixture->path);
  g_autoptr(LecternCorrection) correction = lectern_correction_new_remove ("OpenAI");
  g_autoptr(LecternCorrection) kept = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) corrections = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id = add_story (store, "Seed", text);
  gint64 other_id = add_story (store, "Other", "Another story.");

  story = lectern_store_get_story_sync (store, story_id, &error);
  g_assert_no_error (error);
  entities = lectern_correct_story_sync (store, story, correction, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (find (entities, "OpenAI"));
  g_clear_pointer (&entities, g_ptr_array_unref);
  kept = lectern_correction_copy (correction);

  entities = lectern_correct_undo_sync (store, story, kept->id, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find (entities, "OpenAI"));
  g_clear_pointer (&entities, g_ptr_array_unref);

  entities = lectern_correct_redo_sync (store, story, kept, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (find (entities, "OpenAI"));
  g_clear_pointer (&entities, g_ptr_array_unref);
  corrections = lectern_store_list_corrections_sync (store, story_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (corrections->len, ==, 1);
  g_assert_cmpint (((LecternCorrection *) g_ptr_array_index (corrections, 0))->id, ==, kept->id);

  kept->story_id = other_id;
  g_assert_null (lectern_correct_redo_sync (store, story, kept, NULL, &error));
  g_assert_error (error, LECTERN_CORRECTIONS_ERROR, LECTERN_CORRECTIONS_ERROR_INVALID);
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static gint64
raw_query_int (const char *path,
               const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_store_migrate_from_v2 (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStore) store = lectern_store_new_with_version (fixture->path, 2, &error);
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autofree char *note = NULL;

  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==, 2);

  /* Data as version 2 wrote it. */
  raw_exec (fixture->path,
            "INSERT INTO stories (id, title, source, text, n_chars, encoding, imported_at,"
            " modified_at, content_hash, author) VALUES (7, 'Old', '', 'Marie Curie writes.', 19,"
            " 'UTF-8', 1, 1, 'x', 'A. Author');"
            "INSERT INTO highlights (id, story_id, start_pos, end_pos, quote, created_at,"
            " updated_at, uuid, style) VALUES (5, 7, 0, 5, 'Marie', 1, 1,"
            " '8c3f5bbd-5a2c-4d43-9a3c-0d8f1e0a1b2c', 'underline');"
            "INSERT INTO story_notes (story_id, note, updated_at) VALUES (7, 'kept', 1);"
            "INSERT INTO entity_cache (story_id, version, data) VALUES"
            " (7, 'v', 'person\tMarie Curie\tMarie Curie\t0-11\n');");

  store = open_store (fixture->path);
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==,
                   LECTERN_STORE_SCHEMA_VERSION);
  story = lectern_store_get_story_sync (store, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (story->author, ==, "A. Author");
  highlight = lectern_store_get_highlight_sync (store, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (highlight->style, ==, "underline");
  note = lectern_store_get_story_note_sync (store, 7, &error);
  g_assert_cmpstr (note, ==, "kept");
  entities = lectern_store_get_entities_sync (store, 7, "v", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entities->len, ==, 1);

  /* And the new table works on the old rows. */
  add_correction (store, 7, lectern_correction_new_rename ("Marie Curie", "Maria Skłodowska"));
  g_clear_pointer (&entities, g_ptr_array_unref);
  {
    g_autoptr(GPtrArray) cached = lectern_store_get_entities_sync (store, 7, "v", &error);

    entities = lectern_store_correct_entities_sync (store, story, cached, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpstr (((LecternEntity *) g_ptr_array_index (entities, 0))->name, ==, "Maria Skłodowska");
  g_assert_finalize_object (g_steal_pointer (&store));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/lectern/corrections/occurrences", test_occurrences);
  g_test_add_func ("/lectern/corrections/rename-retype-remove", test_hand_rename_retype_remove);
  g_test_add_func ("/lectern/corrections/merge-split", test_hand_merge_split);
  g_test_add_func ("/lectern/corrections/add", test_hand_add);
  g_test_add_func ("/lectern/corrections/validate", test_validate);
  g_test_add_func ("/lectern/corrections/check", test_check);
  g_test_add_func ("/lectern/corrections/seed", test_seed);
  ADD ("/lectern/corrections/store/persist", test_store_persist);
  ADD ("/lectern/corrections/store/re-extract", test_store_reextract);
  ADD ("/lectern/corrections/store/gazetteer", test_store_gazetteer);
  ADD ("/lectern/corrections/store/undo", test_store_undo);
  ADD ("/lectern/corrections/use-case-redo", test_use_case_redo);
  ADD ("/lectern/corrections/store/migrate-from-v2", test_store_migrate_from_v2);

#undef ADD

  return g_test_run ();
}
