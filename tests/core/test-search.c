/* test-search.c: full-text search over a real library file
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core-util.h"

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "lectern-indexer.h"
#include "lectern-search.h"
#include "lectern-search-private.h"
#include "lectern-store-private.h"

typedef StoreFixture Fixture;

static gint64
add_story (LecternStore *store,
           const char   *title,
           const char   *body)
{
  g_autofree char *text = g_strconcat (title, "\n\n", body, "\n", NULL);
  g_autoptr(LecternStory) story = lectern_story_new (title, "/tmp/story.txt", text);
  g_autoptr(GError) error = NULL;
  gint64 id = lectern_store_add_story_sync (store, story, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static GPtrArray *
search (LecternStore *store,
        const char   *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = lectern_search_sync (store, query, 0, 50, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static guint
count_hits (LecternStore *store,
            const char   *query)
{
  g_autoptr(GPtrArray) hits = search (store, query);

  return hits->len;
}

/* The first hit of `kind` in story `story_id`, or NULL. */
static const LecternSearchHit *
find_hit (GPtrArray          *hits,
          gint64              story_id,
          LecternSearchMatch  match)
{
  for (guint i = 0; i < hits->len; i++)
    {
      const LecternSearchHit *hit = g_ptr_array_index (hits, i);

      if (hit->story_id == story_id && hit->match == match)
        return hit;
    }

  return NULL;
}

static void
assert_index_agrees (LecternStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lectern_search_check_sync (store, &error));
  g_assert_no_error (error);
}

/* Every token and its offsets, as the table `name` indexed `text`: each
 * term, its position and, with `with_marks`, the text with its occurrences
 * marked by highlight() and where lectern_match() finds the first (it
 * stops the tokenizer). */
static char *
tokens_of (sqlite3    *db,
           const char *name,
           const char *text,
           gboolean    with_marks)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;

  sql = g_strdup_printf ("DELETE FROM %s; INSERT INTO %s (rowid, x) VALUES (1, ?);", name, name);
  g_assert_cmpint (sqlite3_exec (db, "SAVEPOINT t", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, strchr (sql, ';') + 2, -1, &stmt, NULL), ==, SQLITE_OK);
  {
    g_autofree char *del = g_strndup (sql, strchr (sql, ';') - sql + 1);

    g_assert_cmpint (sqlite3_exec (db, del, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db, "RELEASE t", NULL, NULL, NULL), ==, SQLITE_OK);

  /* Terms and positions, in order. */
  g_free (sql);
  sql = g_strdup_printf ("SELECT term, offset FROM %s_v ORDER BY offset, term", name);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *term = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *query = g_strdup_printf ("SELECT highlight (%s, 0, '[', ']'),"
                                                " lectern_match (%s, 0) FROM %s"
                                                " WHERE %s MATCH ?", name, name, name, name);
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", term);
      sqlite3_stmt *marks = NULL;

      g_string_append_printf (out, "%s@%d ", term, sqlite3_column_int (stmt, 1));
      if (!with_marks)
        continue;
      /* The marks say where each occurrence of the term starts and ends. */
      g_assert_cmpint (sqlite3_prepare_v2 (db, query, -1, &marks, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (marks, 1, quoted, -1, SQLITE_STATIC);
      if (sqlite3_step (marks) == SQLITE_ROW)
        g_string_append_printf (out, "%s %s\n", sqlite3_column_text (marks, 0),
                                sqlite3_column_text (marks, 1));
      sqlite3_finalize (marks);
    }
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The tokenizer's fast path (ASCII words and the fold table's characters
 * folded by our own code, the rest through unicode61) gives what unicode61
 * alone gives, on text made of
 * the pieces where they could part: accents, apostrophes, ligatures,
 * punctuation beyond ASCII, digits, long words, bytes that are not UTF-8. */
static void
test_tokenizer_fast_path (void)
{
  static const char *const pieces[] = {
    "l’État", "L'Etat", "d’après", "qu'il", "aujourd’hui", "cœur", "ŒUVRE", "Straße", "ﬁn",
    "élection", "Élysée", "naïve", "ÇA", "São", "Ærø", "e\xcc\x81t\xc3\xa9", "Hello", "WORLD",
    "x2", "2026", "42e", "«", "»", "—", "…", "\xc2\xa0", "\xe2\x80\xaf", "-", "'", "’", " ",
    " ", "\n", ",", ".", "!", "(", ")", "\"", "_", "@", "#", "naïveté", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "日本語", "Привет", "😀", "\xff", "\x80", "\xc3",
    "s", "t", "c", "jusqu’", "lorsqu'", "m", "n’", "j'", "\t",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (lectern_search_register (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE VIRTUAL TABLE fast USING fts5 (x, tokenize = 'lectern');"
                                 "CREATE VIRTUAL TABLE slow USING fts5 (x,"
                                 "  tokenize = 'lectern reference');"
                                 "CREATE VIRTUAL TABLE fast_v USING fts5vocab (fast, instance);"
                                 "CREATE VIRTUAL TABLE slow_v USING fts5vocab (slow, instance);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *fast = NULL;
      g_autofree char *slow = NULL;
      guint n = g_rand_int_range (rand, 1, 24);

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      fast = tokens_of (db, "fast", text->str, TRUE);
      slow = tokens_of (db, "slow", text->str, TRUE);
      g_assert_cmpstr (fast, ==, slow);
    }

  /* Random bytes, most of them letters, UTF-8 lead and continuation
   * bytes, apostrophes and spaces, around the 8-byte reads. */
  for (guint round = 0; round < 40; round++)
    {
      static const guchar likely[] = { 'a', 'Z', '7', ' ', '\'', 0xc3, 0xa9, 0xe2, 0x80, 0x99,
                                        0xc5, 0x93, 0xcc, 0x81, 0xf0, 0x9f, 0xff, 0xc2, 0xa0 };
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *fast = NULL;
      g_autofree char *slow = NULL;
      guint n = g_rand_int_range (rand, 1, 40);

      for (guint i = 0; i < n; i++)
        g_string_append_c (text, g_rand_boolean (rand)
                                 ? likely[g_rand_int_range (rand, 0, G_N_ELEMENTS (likely))]
                                 : g_rand_int_range (rand, 1, 256));
      fast = tokens_of (db, "fast", text->str, TRUE);
      slow = tokens_of (db, "slow", text->str, TRUE);
      g_assert_cmpstr (fast, ==, slow);
    }

  /* Every code point of the fold table's ranges and of some beyond them,
   * inside a word, alone, doubled and before an apostrophe, 64 a text:
   * terms and positions (the marks, a query per term, would take minutes
   * under ASan; the texts above check them). */
  for (gunichar first = 0x80; first < 0x2200; first += 64)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *fast = NULL;
      g_autofree char *slow = NULL;

      if (first >= 0x900 && first < 0x1e00)
        continue;
      for (gunichar c = first; c < first + 64; c++)
        {
          char utf8[8] = { 0, };

          g_unichar_to_utf8 (c, utf8);
          g_string_append_printf (text, "a%sb %s %s%s’l%s ", utf8, utf8, utf8, utf8, utf8);
        }
      fast = tokens_of (db, "fast", text->str, FALSE);
      slow = tokens_of (db, "slow", text->str, FALSE);
      g_assert_cmpstr (fast, ==, slow);
    }

  sqlite3_close (db);
}

/* Ranking with the sizes read in one pass (lectern_rank's table argument,
 * taken when a word is in most rows, as here: every row) gives the very
 * scores that asking FTS5 row by row gives. */
static void
test_rank_sizes (void)
{
  static const char *const words[] = { "commun", "rare", "port", "marée", "phare", "quai" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *insert = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (lectern_search_register (db, &error));
  g_assert_cmpint (sqlite3_exec (db, "CREATE VIRTUAL TABLE t USING fts5 (a, b, tokenize = 'lectern')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO t (a, b) VALUES (?, ?)", -1, &insert,
                                       NULL), ==, SQLITE_OK);
  for (guint row = 0; row < 1500; row++)
    {
      g_autoptr(GString) a = g_string_new (NULL);
      g_autoptr(GString) b = g_string_new ("commun");
      guint n_words = g_rand_int_range (rand, 30, 300);

      for (guint i = 0; i < n_words; i++)
        g_string_append_printf (i % 7 == 0 ? a : b, " %s",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      sqlite3_bind_text (insert, 1, a->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 2, b->str, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (insert), ==, SQLITE_DONE);
      sqlite3_reset (insert);
    }
  sqlite3_finalize (insert);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT x.rowid, x.r, y.r FROM"
                                       " (SELECT rowid, lectern_rank (t, 4.0, 1.0) AS r FROM t"
                                       "  WHERE t MATCH ?1) AS x JOIN"
                                       " (SELECT rowid, lectern_rank (t, 4.0, 1.0, 't') AS r FROM t"
                                       "  WHERE t MATCH ?1) AS y ON x.rowid = y.rowid",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, "commun OR marée", -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_assert_cmpfloat (sqlite3_column_double (stmt, 1), <, 0.0);
      g_assert_cmpfloat (sqlite3_column_double (stmt, 1), ==, sqlite3_column_double (stmt, 2));
      n++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, 1500);
  sqlite3_close (db);
}

static void
test_fold (void)
{
  const struct { const char *in; const char *out; } cases[] = {
    { "État", "etat" },
    { "l'État", "etat" },
    { "l’État", "etat" },
    { "cœur", "coeur" },
    { "CŒUR", "coeur" },
    { "Lætitia Casta", "laetitia casta" },
    { "jusqu’au bout", "au bout" },
    { "d'Artagnan", "artagnan" },
    { "Don't", "don t" },
    { "O'Brien", "o brien" },
    { "  Jean-Luc   MÉLENCHON ", "jean luc melenchon" },
    { "Straße", "strasse" },
    { "?!", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = lectern_search_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_tokenizer (Fixture       *fixture,
                gconstpointer  user_data)
{
  gint64 fr = add_story (fixture->store, "L’État et le cœur",
                         "Le président a parlé de l'État jusqu’au bout. D’Artagnan "
                         "riait. « Ça va bien », dit-il. Lætitia chantait.");
  gint64 en = add_story (fixture->store, "Heart of the matter",
                         "Coeur is French for heart. The president didn't say it; "
                         "O'Brien did. Aesop wrote fables.");
  const struct { const char *query; gint64 first; guint n; } cases[] = {
    { "etat", fr, 1 },
    { "État", fr, 1 },
    { "ÉTAT", fr, 1 },
    { "l'état", fr, 1 },
    { "l’Etat", fr, 1 },
    { "coeur", 0, 2 },
    { "cœur", 0, 2 },
    { "Œur", 0, 0 },
    { "laetitia", fr, 1 },
    { "Lætitia", fr, 1 },
    { "artagnan", fr, 1 },
    { "d'artagnan", fr, 1 },
    { "au", fr, 1 },
    { "\"va bien\"", fr, 1 },
    { "«va bien»", fr, 1 },
    { "\"bien va\"", 0, 0 },
    { "pres*", 0, 2 },
    { "presid*", 0, 2 },
    { "president heart", en, 1 },
    { "obrien", 0, 0 },
    { "o'brien", en, 1 },
    { "heart OR etat", 0, 2 },
    { "aesop", en, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) hits = search (fixture->store, cases[i].query);

      g_test_message ("query %s", cases[i].query);
      g_assert_cmpuint (hits->len, ==, cases[i].n);
      if (cases[i].first != 0)
        g_assert_cmpint (((LecternSearchHit *) hits->pdata[0])->story_id, ==, cases[i].first);
    }
}

static void
test_parse_query (Fixture       *fixture,
                  gconstpointer  user_data)
{
  const char *hostile[] = {
    "\"", "*", "(", ")", "NEAR(", "NEAR(a b, 3)", "a:b", "title:etat", "^x", "-x", "+",
    "{title text}: x", "AND", "OR", "NOT", "a OR", "OR a", "\" OR \"", "«", "»", "“ouvert",
    "x\"y", "''", "’", "a AND OR NOT b", "\\", "%", "_", "'; DROP TABLE stories; --",
    "*etat", "e*t*a*t", "\x01\x02\x03", "   ", "", "**", "\"\"*", "\xff\xfe invalid",
  };

  add_story (fixture->store, "Titre", "Un texte où l’on parle de l’État et de stories.");

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = lectern_search_sync (fixture->store, hostile[i], 0, 10, &error);
      g_autofree char *escaped = g_strescape (hostile[i], NULL);

      g_test_message ("query %s", escaped);
      g_assert_no_error (error);
      g_assert_nonnull (hits);
    }

  /* Words that are FTS5 keywords or syntax are searched as words. */
  g_assert_cmpuint (count_hits (fixture->store, "'; DROP TABLE stories; --"), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "stories"), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "title:etat"), ==, 0);
  {
    g_autofree char *parsed = lectern_search_parse_query ("foo* \"a b\" OR c");

    g_assert_cmpstr (parsed, ==, "\"foo\"* AND \"a b\" OR \"c\"");
  }
  g_assert_null (lectern_search_parse_query (" ?! "));
}

static void
test_ranking (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GString) filler = g_string_new (NULL);
  g_autoptr(GPtrArray) hits = NULL;
  gint64 in_text, in_title, often;

  for (int i = 0; i < 200; i++)
    g_string_append (filler, "Le conseil municipal a voté le budget de la ville. ");

  g_string_append (filler, "Le maire Dubreuil a parlé. ");
  in_text = add_story (fixture->store, "Une séance ordinaire", filler->str);
  g_string_truncate (filler, filler->len - strlen ("Le maire Dubreuil a parlé. "));
  in_title = add_story (fixture->store, "Dubreuil réélu", filler->str);
  often = add_story (fixture->store, "Portrait",
                     "Dubreuil, toujours Dubreuil : Dubreuil a gagné. Dubreuil sourit.");
  add_story (fixture->store, "Autre chose", "Rien à voir.");

  hits = search (fixture->store, "dubreuil");
  g_assert_cmpuint (hits->len, ==, 3);
  /* A title counts more than the text; many mentions in a short text more
   * than one lost in a long one. */
  g_assert_cmpint (((LecternSearchHit *) hits->pdata[0])->story_id, ==, in_title);
  g_assert_cmpint (((LecternSearchHit *) hits->pdata[0])->match, ==, LECTERN_SEARCH_MATCH_TITLE);
  g_assert_cmpint (((LecternSearchHit *) hits->pdata[1])->story_id, ==, often);
  g_assert_cmpint (((LecternSearchHit *) hits->pdata[2])->story_id, ==, in_text);
  for (guint i = 1; i < hits->len; i++)
    g_assert_cmpfloat (((LecternSearchHit *) hits->pdata[i - 1])->rank, <=,
                       ((LecternSearchHit *) hits->pdata[i])->rank);

  /* Paging: the second page starts where the first ended. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) page = lectern_search_sync (fixture->store, "dubreuil", 1, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (page->len, ==, 1);
    g_assert_cmpint (((LecternSearchHit *) page->pdata[0])->story_id, ==, often);
  }
}

static void
test_snippet (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GArray) marks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *marked = NULL;
  g_autofree char *passage = NULL;
  g_autofree char *in_snippet = NULL;
  const LecternSearchHit *hit;
  gint64 id;

  for (int i = 0; i < 100; i++)
    g_string_append (body, "Des mots sans intérêt, encore et encore.\n");
  g_string_append (body, "Puis l’Élysée a répondu à la question.\n");
  for (int i = 0; i < 100; i++)
    g_string_append (body, "D’autres mots sans intérêt.\n");
  id = add_story (fixture->store, "Long récit", body->str);

  hits = search (fixture->store, "elysee");
  g_assert_cmpuint (hits->len, ==, 1);
  hit = hits->pdata[0];
  g_assert_cmpint (hit->story_id, ==, id);
  g_assert_cmpint (hit->match, ==, LECTERN_SEARCH_MATCH_TEXT);
  g_assert_cmpstr (hit->title, ==, "Long récit");

  /* The offsets land on the word, in code points of the story's text. */
  story = lectern_store_get_story_sync (fixture->store, id, &error);
  g_assert_no_error (error);
  passage = g_utf8_substring (story->text, hit->start, hit->end);
  g_assert_cmpstr (passage, ==, "Élysée");

  /* The snippet shows the match in context, on one line, and its marks
   * point at the word. */
  marked = lectern_search_hit_snippet_marked (hit, "[", "]");
  g_assert_nonnull (strstr (marked, "l’[Élysée] a répondu"));
  g_assert_null (strchr (marked, '\n'));
  plain = lectern_search_hit_snippet_plain (hit, &marks);
  g_assert_cmpuint (marks->len, ==, 1);
  in_snippet = g_utf8_substring (plain, g_array_index (marks, LecternSpan, 0).start,
                                 g_array_index (marks, LecternSpan, 0).end);
  g_assert_cmpstr (in_snippet, ==, "Élysée");
  g_assert_cmpuint (g_utf8_strlen (plain, -1), <, 200);

  /* A phrase: from its first word to its last. */
  g_clear_pointer (&hits, g_ptr_array_unref);
  g_clear_pointer (&passage, g_free);
  hits = search (fixture->store, "\"répondu à la question\"");
  g_assert_cmpuint (hits->len, ==, 1);
  hit = hits->pdata[0];
  passage = g_utf8_substring (story->text, hit->start, hit->end);
  g_assert_cmpstr (passage, ==, "répondu à la question");
}

static LecternHighlight *
add_highlight (LecternStore *store,
               gint64        story_id,
               const char   *quote,
               const char   *note,
               const char   *tag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, story_id, &error);
  const char *found = strstr (story->text, quote);
  gint64 start = g_utf8_pointer_to_offset (story->text, found);
  LecternHighlight *highlight;
  const char *tags[] = { tag, NULL };

  g_assert_nonnull (found);
  highlight = lectern_highlight_new_for_range (story, start, start + g_utf8_strlen (quote, -1),
                                               "yellow", note);
  lectern_highlight_set_tags (highlight, tag != NULL ? tags : NULL);
  g_assert_cmpint (lectern_store_add_highlight_sync (store, highlight, &error), >, 0);
  g_assert_no_error (error);
  return highlight;
}

static void
test_in_step (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  const LecternSearchHit *hit;
  const char *tags[] = { "budget", NULL };
  gint64 id;

  id = add_story (fixture->store, "Conseil municipal",
                  "La maire a présenté le budget primitif de la commune.");
  add_story (fixture->store, "Autre", "Sans rapport.");
  assert_index_agrees (fixture->store);

  /* A highlight: its quote, note and tags are searchable, and land on it. */
  highlight = add_highlight (fixture->store, id, "budget primitif", "Vérifier les chiffres",
                             "finances");
  hits = search (fixture->store, "chiffres");
  g_assert_cmpuint (hits->len, ==, 1);
  hit = hits->pdata[0];
  g_assert_cmpint (hit->match, ==, LECTERN_SEARCH_MATCH_NOTE);
  g_assert_cmpint (hit->highlight_id, ==, highlight->id);
  g_assert_cmpint (hit->start, ==, highlight->start);
  g_assert_cmpint (hit->end, ==, highlight->end);
  g_assert_cmpstr (hit->title, ==, "Conseil municipal");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "finances");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((LecternSearchHit *) hits->pdata[0])->match, ==, LECTERN_SEARCH_MATCH_TAG);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "primitif");
  g_assert_nonnull (find_hit (hits, id, LECTERN_SEARCH_MATCH_TEXT));
  g_assert_nonnull (find_hit (hits, id, LECTERN_SEARCH_MATCH_HIGHLIGHT));
  assert_index_agrees (fixture->store);

  /* Edits: the old words leave the index, the new ones enter it. */
  g_free (highlight->note);
  highlight->note = g_strdup ("Demander le détail");
  lectern_highlight_set_tags (highlight, tags);
  g_assert_true (lectern_store_update_highlight_sync (fixture->store, highlight, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_hits (fixture->store, "chiffres"), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "detail"), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "finances"), ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "budget");
  g_assert_nonnull (find_hit (hits, id, LECTERN_SEARCH_MATCH_HIGHLIGHT));
  assert_index_agrees (fixture->store);

  /* Delete, then undo the delete. */
  g_assert_true (lectern_store_delete_highlight_sync (fixture->store, highlight->id, &error));
  g_assert_cmpuint (count_hits (fixture->store, "detail"), ==, 0);
  assert_index_agrees (fixture->store);
  g_assert_true (lectern_store_restore_highlight_sync (fixture->store, highlight, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_hits (fixture->store, "detail"), ==, 1);
  assert_index_agrees (fixture->store);

  /* The note on the story: set, changed, cleared. */
  g_assert_true (lectern_store_set_story_note_sync (fixture->store, id, "Relire en mai", &error));
  g_assert_cmpuint (count_hits (fixture->store, "mai"), ==, 1);
  g_assert_true (lectern_store_set_story_note_sync (fixture->store, id, "Relire en juin", &error));
  g_assert_cmpuint (count_hits (fixture->store, "mai"), ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "juin");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((LecternSearchHit *) hits->pdata[0])->match, ==, LECTERN_SEARCH_MATCH_NOTE);
  g_assert_cmpint (((LecternSearchHit *) hits->pdata[0])->start, ==, -1);
  g_assert_true (lectern_store_set_story_note_sync (fixture->store, id, "", &error));
  g_assert_cmpuint (count_hits (fixture->store, "juin"), ==, 0);
  g_assert_no_error (error);
  assert_index_agrees (fixture->store);

  /* A new title. */
  story = lectern_store_get_story_sync (fixture->store, id, &error);
  g_free (story->title);
  story->title = g_strdup ("Séance du conseil");
  g_assert_true (lectern_store_update_story_sync (fixture->store, story, &error));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "seance");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((LecternSearchHit *) hits->pdata[0])->match, ==, LECTERN_SEARCH_MATCH_TITLE);
  assert_index_agrees (fixture->store);

  /* Deleting the story takes its highlights and notes out of the index. */
  g_assert_true (lectern_store_set_story_note_sync (fixture->store, id, "Relire", &error));
  g_assert_true (lectern_store_delete_story_sync (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_hits (fixture->store, "budget"), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "detail"), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "relire"), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "rapport"), ==, 1);
  assert_index_agrees (fixture->store);
}

static void
test_reimport (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(LecternStory) version = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = add_story (fixture->store, "Dépêche", "Le ministre a démissionné mardi.");
  g_assert_cmpuint (count_hits (fixture->store, "mardi"), ==, 1);

  version = lectern_story_new ("Dépêche (mise à jour)", "/tmp/story.txt",
                               "Dépêche (mise à jour)\n\nLe ministre a démissionné mercredi.\n");
  g_assert_true (lectern_store_replace_story_text_sync (fixture->store, id, version, NULL,
                                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_hits (fixture->store, "mardi"), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "mercredi"), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "jour"), ==, 1);
  assert_index_agrees (fixture->store);

  /* A batch rolled back leaves the index as it was. */
  g_assert_true (lectern_store_begin_batch_sync (fixture->store, &error));
  add_story (fixture->store, "Fantôme", "Ce texte disparaîtra.");
  g_assert_cmpuint (count_hits (fixture->store, "fantome"), ==, 1);
  g_assert_true (lectern_store_end_batch_sync (fixture->store, FALSE, &error));
  g_assert_cmpuint (count_hits (fixture->store, "fantome"), ==, 0);
  assert_index_agrees (fixture->store);
}

static void
test_migration (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(LecternStore) old = NULL;
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  /* A library of the previous schema, without an index. */
  g_clear_object (&fixture->store);
  g_unlink (fixture->path);
  old = lectern_store_new_with_version (fixture->path, LECTERN_STORE_VERSION_SEARCH - 1, &error);
  g_assert_no_error (error);
  id = add_story (old, "Ancienne bibliothèque", "Un texte sur la cathédrale de Reims.");
  highlight = add_highlight (old, id, "cathédrale", "Gothique", "patrimoine");
  g_assert_true (lectern_store_set_story_note_sync (old, id, "Visite prévue", &error));
  g_clear_object (&old);

  /* Opening it with this build indexes what it holds. */
  fixture->store = lectern_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_hits (fixture->store, "reims"), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "bibliotheque"), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "gothique"), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "patrimoine"), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "visite"), ==, 1);
  hits = search (fixture->store, "gothique");
  g_assert_cmpint (((LecternSearchHit *) hits->pdata[0])->highlight_id, ==, highlight->id);
  assert_index_agrees (fixture->store);
}

static gint64
count_queued (LecternStore *store)
{
  sqlite3 *db = lectern_store_lock_db (store);
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, LECTERN_SEARCH_WAITING_SQL, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  lectern_store_unlock_db (store);
  return n;
}

/* Writes queue stories; the index takes them on the next search, and
 * what happens to a story while it waits (a new title, a new text, its
 * deletion) leaves the index exact. From a library of the schema before,
 * whose stories were indexed by their writes. */
static void
test_queue (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(LecternStore) old = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(LecternStory) version = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  gint64 indexed, renamed, rewritten, deleted, newest;
  guint n_indexed = 0;

  g_clear_object (&fixture->store);
  g_unlink (fixture->path);
  old = lectern_store_new_with_version (fixture->path, LECTERN_STORE_VERSION_SEARCH_QUEUE - 1,
                                        &error);
  g_assert_no_error (error);
  indexed = add_story (old, "Ancien titre", "Un texte sur le port de Brest.");
  g_clear_object (&old);

  fixture->store = lectern_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_queued (fixture->store), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "brest"), ==, 1);

  renamed = add_story (fixture->store, "Premier", "Les dockers de Lorient.");
  rewritten = add_story (fixture->store, "Second", "La criée de Concarneau.");
  deleted = add_story (fixture->store, "Troisième", "Le phare de Douarnenez.");
  g_assert_cmpint (count_queued (fixture->store), ==, 3);

  /* While queued: a new title, a new text, a deletion; and an indexed
   * story's new title (it leaves the index, and waits too). */
  story = lectern_store_get_story_sync (fixture->store, renamed, &error);
  g_assert_no_error (error);
  g_free (story->title);
  story->title = g_strdup ("Arsenal");
  g_assert_true (lectern_store_update_story_sync (fixture->store, story, &error));
  g_assert_no_error (error);
  version = lectern_story_new ("Second", "/tmp/story.txt", "Second\n\nLa marée de Quimper.\n");
  g_assert_true (lectern_store_replace_story_text_sync (fixture->store, rewritten, version, NULL,
                                                        &error));
  g_assert_no_error (error);
  g_assert_true (lectern_store_delete_story_sync (fixture->store, deleted, &error));
  g_assert_no_error (error);
  g_clear_pointer (&story, lectern_story_unref);
  story = lectern_store_get_story_sync (fixture->store, indexed, &error);
  g_free (story->title);
  story->title = g_strdup ("Nouveau titre");
  g_assert_true (lectern_store_update_story_sync (fixture->store, story, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_queued (fixture->store), ==, 3);

  g_assert_true (lectern_search_update_sync (fixture->store, &n_indexed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_indexed, ==, 3);
  g_assert_cmpint (count_queued (fixture->store), ==, 0);
  assert_index_agrees (fixture->store);
  /* (The old titles stay in the texts, which begin with them.) */
  hits = search (fixture->store, "arsenal");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_nonnull (find_hit (hits, renamed, LECTERN_SEARCH_MATCH_TITLE));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "premier");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_nonnull (find_hit (hits, renamed, LECTERN_SEARCH_MATCH_TEXT));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "nouveau");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_nonnull (find_hit (hits, indexed, LECTERN_SEARCH_MATCH_TITLE));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "ancien");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_nonnull (find_hit (hits, indexed, LECTERN_SEARCH_MATCH_TEXT));
  g_clear_pointer (&hits, g_ptr_array_unref);
  g_assert_cmpuint (count_hits (fixture->store, "quimper"), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "concarneau"), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "douarnenez"), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "brest"), ==, 1);

  /* A search alone catches up too, and nothing is left to do after. */
  newest = add_story (fixture->store, "Quatrième", "La pointe du Raz.");
  g_assert_cmpuint (count_hits (fixture->store, "raz"), ==, 1);
  g_assert_true (lectern_search_update_sync (fixture->store, &n_indexed, &error));
  g_assert_cmpuint (n_indexed, ==, 0);
  assert_index_agrees (fixture->store);

  /* The newest story gone, SQLite gives its id again: a new story. */
  g_assert_true (lectern_store_delete_story_sync (fixture->store, newest, &error));
  g_assert_no_error (error);
  g_assert_cmpint (add_story (fixture->store, "Cinquième", "L’île de Sein."), ==, newest);
  g_assert_cmpint (count_queued (fixture->store), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "sein"), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "raz"), ==, 0);
  assert_index_agrees (fixture->store);
}

/* How many stories the index itself finds for an FTS5 query, without
 * catching up first as searches do. */
static gint64
count_indexed (LecternStore *store,
               const char   *match)
{
  sqlite3 *db = lectern_store_lock_db (store);
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM search_stories"
                                       " WHERE search_stories MATCH ?", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  lectern_store_unlock_db (store);
  return n;
}

/* Indexing at idle, a step at a time: the queued (changed) stories first,
 * then the new ones, each step within its budget but one story at least,
 * until nothing waits; the index is then the same as in one go. */
static void
test_queue_steps (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = NULL;
  gboolean done = TRUE;
  gint64 first;
  guint n_indexed = 0, n_steps = 0;

  first = add_story (fixture->store, "Premier", "Les dockers de Lorient.");
  g_assert_true (lectern_search_update_sync (fixture->store, NULL, &error));
  g_assert_no_error (error);
  for (int i = 0; i < 5; i++)
    add_story (fixture->store, "Suivant", "Le port de Brest et ses grues.");
  story = lectern_store_get_story_sync (fixture->store, first, &error);
  g_free (story->title);
  story->title = g_strdup ("Arsenal");
  g_assert_true (lectern_store_update_story_sync (fixture->store, story, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_queued (fixture->store), ==, 6);
  g_assert_cmpint (count_indexed (fixture->store, "arsenal"), ==, 0);

  /* A budget of one byte still takes one story: the queued one first. */
  g_assert_true (lectern_search_update_step_sync (fixture->store, 1, &n_indexed, &done,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_indexed, ==, 1);
  g_assert_false (done);
  g_assert_cmpint (count_queued (fixture->store), ==, 5);
  g_assert_cmpint (count_indexed (fixture->store, "arsenal"), ==, 1);
  g_assert_cmpint (count_indexed (fixture->store, "brest"), ==, 0);

  /* Two stories of 40 characters a step. */
  while (!done)
    {
      g_assert_true (lectern_search_update_step_sync (fixture->store, 60, &n_indexed,
                                                      &done, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n_indexed, ==, n_steps < 2 ? 2 : 1);
      n_steps++;
      g_assert_cmpint (count_indexed (fixture->store, "brest"), ==, MIN (5, 2 * n_steps));
    }
  g_assert_cmpuint (n_steps, ==, 3);
  g_assert_cmpint (count_queued (fixture->store), ==, 0);

  /* Nothing left: a step does nothing. */
  g_assert_true (lectern_search_update_step_sync (fixture->store, 1 << 20, &n_indexed,
                                                  &done, &error));
  g_assert_cmpuint (n_indexed, ==, 0);
  g_assert_true (done);
  assert_index_agrees (fixture->store);
}

/* The indexer catches up on its own once writes are quiet, in several
 * steps when there is more than one step's text, and a write during the
 * wait puts it off. */
static void
test_indexer (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(LecternIndexer) indexer = lectern_indexer_new (fixture->store);
  g_autoptr(GString) body = g_string_new (NULL);
  gint64 started;

  while (body->len < 2000)
    g_string_append (body, "Le port de Brest et ses grues. ");
  for (guint i = 0; i < 2 * LECTERN_INDEXER_STEP_BYTES / body->len + 10; i++)
    add_story (fixture->store, "Suivant", body->str);
  g_assert_cmpint (count_indexed (fixture->store, "brest"), ==, 0);

  lectern_indexer_schedule (indexer, 50);
  g_assert_true (lectern_indexer_is_busy (indexer));
  /* Another import: the delay starts again. */
  add_story (fixture->store, "Dernier", "La pointe du Raz.");
  lectern_indexer_schedule (indexer, 200);
  started = g_get_monotonic_time ();
  while (lectern_indexer_is_busy (indexer))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 200 * 1000);
  g_assert_cmpint (count_queued (fixture->store), ==, 0);
  g_assert_cmpint (count_indexed (fixture->store, "raz"), ==, 1);
  g_assert_cmpint (count_indexed (fixture->store, "brest"), >, 2 * LECTERN_INDEXER_STEP_BYTES / body->len);

  /* On quit, a short queue is indexed there and then. */
  add_story (fixture->store, "Après", "Le phare de Douarnenez.");
  lectern_indexer_schedule (indexer, 0);
  g_assert_true (lectern_indexer_finish_if_short (indexer, 1 << 20));
  g_assert_false (lectern_indexer_is_busy (indexer));
  g_assert_cmpint (count_indexed (fixture->store, "douarnenez"), ==, 1);
  /* A long one is left for later. */
  add_story (fixture->store, "Long", body->str);
  add_story (fixture->store, "Long", body->str);
  g_assert_false (lectern_indexer_finish_if_short (indexer, body->len));
  g_assert_cmpint (count_queued (fixture->store), ==, 2);
  assert_index_agrees (fixture->store);
}

static void
test_check_detects (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  guint n_indexed = 0;

  add_story (fixture->store, "Titre", "Le texte indexé.");
  /* Indexed now: the triggers only queued it. */
  g_assert_true (lectern_search_update_sync (fixture->store, &n_indexed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_indexed, ==, 1);
  g_clear_object (&fixture->store);

  /* Another program changes the text behind the triggers' back. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_true (lectern_search_register (db, &error));
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER search_stories_update;"
                                 "UPDATE stories SET text = 'tout autre chose';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  fixture->store = lectern_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (lectern_search_check_sync (fixture->store, &error));
  g_assert_error (error, LECTERN_SEARCH_ERROR, LECTERN_SEARCH_ERROR_FAILED);
  g_clear_error (&error);

  /* A rebuild puts it right. */
  g_assert_true (lectern_search_rebuild_sync (fixture->store, &error));
  g_assert_no_error (error);
  assert_index_agrees (fixture->store);
  g_assert_cmpuint (count_hits (fixture->store, "autre"), ==, 1);
  g_assert_cmpuint (count_hits (fixture->store, "indexe"), ==, 0);
}

static void
on_search_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = lectern_search_finish (LECTERN_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GPtrArray) hits = NULL;
  gint64 id = add_story (fixture->store, "Asynchrone", "Le résultat arrive plus tard.");

  lectern_search_async (fixture->store, "resultat", 0, 10, NULL, on_search_done, &hits);
  while (hits == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((LecternSearchHit *) hits->pdata[0])->story_id, ==, id);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/tokenizer-fast-path", test_tokenizer_fast_path);
  g_test_add_func ("/search/rank-sizes", test_rank_sizes);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)
  ADD ("/search/tokenizer", test_tokenizer);
  ADD ("/search/parse-query", test_parse_query);
  ADD ("/search/ranking", test_ranking);
  ADD ("/search/snippet", test_snippet);
  ADD ("/search/in-step", test_in_step);
  ADD ("/search/reimport", test_reimport);
  ADD ("/search/migration", test_migration);
  ADD ("/search/queue", test_queue);
  ADD ("/search/queue-steps", test_queue_steps);
  ADD ("/search/indexer", test_indexer);
  ADD ("/search/check-detects", test_check_detects);
  ADD ("/search/async", test_async);
#undef ADD

  return g_test_run ();
}
