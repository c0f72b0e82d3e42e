/* bench-library.c: search and entity pages on a generated library
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates a library (default: 10,000 stories of about 5 KB, 100,000
 * highlights, the people and organizations of every story, one person
 * named in a fifth of the stories) from word lists below, imports it
 * twice (schema without the search index, then with it) to measure what
 * indexing costs, then times ranked searches and entity pages.
 *
 *   build/tools/bench-library [--stories N] [--highlights-per-story N] [--keep DIR]
 *   (--keep also keeps the generated story files, in DIR/stories)
 *   build/tools/bench-library --library DIR/library.db   (the queries only)
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "lectern-dossier.h"
#include "lectern-import.h"
#include "lectern-search.h"
#include "lectern-store-private.h"

static const char *const words[] = {
  "le", "la", "les", "un", "une", "des", "du", "de", "et", "à", "en", "pour", "sur", "avec",
  "gouvernement", "ministre", "réforme", "budget", "élection", "député", "syndicat", "grève",
  "économie", "inflation", "croissance", "entreprise", "salariés", "retraites", "santé",
  "hôpital", "école", "université", "climat", "énergie", "électricité", "nucléaire", "éolien",
  "agriculture", "paysans", "marché", "prix", "loyer", "logement", "ville", "région", "État",
  "l’État", "d’après", "qu’il", "cœur", "œuvre", "sœur", "mœurs", "procès", "tribunal", "juge",
  "enquête", "police", "sécurité", "frontière", "Europe", "Bruxelles", "accord", "traité",
  "négociation", "sommet", "crise", "guerre", "paix", "armée", "diplomatie", "ambassade",
  "the", "a", "of", "and", "to", "in", "for", "on", "with", "government", "minister", "reform",
  "budget", "election", "union", "strike", "economy", "inflation", "growth", "company",
  "workers", "pensions", "health", "hospital", "school", "university", "climate", "energy",
  "power", "farmers", "market", "prices", "rent", "housing", "city", "region", "state", "trial",
  "court", "judge", "inquiry", "police", "security", "border", "agreement", "treaty", "talks",
  "summit", "crisis", "war", "peace", "army", "embassy", "said", "announced", "warned", "a dit",
  "a déclaré", "selon", "mardi", "mercredi", "jeudi", "vendredi", "Monday", "Tuesday", "hier",
  "demain", "aujourd’hui", "année", "semaine", "mois", "chiffres", "rapport", "étude", "sondage",
};

static const char *const first_names[] = {
  "Camille", "Louis", "Inès", "Hugo", "Léa", "Jules", "Chloé", "Gabriel", "Zoé", "Arthur",
  "Manon", "Raphaël", "Sarah", "Adam", "Emma", "Nathan", "Alice", "Paul", "Jeanne", "Victor",
  "Margaret", "John", "Olivia", "James", "Amelia", "George", "Isla", "Harry", "Ava", "Oliver",
};

static const char *const last_names[] = {
  "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
  "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
  "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
  "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Smith", "Jones", "Taylor", "Brown",
};

static const char *const organizations[] = {
  "Banque de France", "Conseil constitutionnel", "Cour des comptes", "Assemblée nationale",
  "Commission européenne", "Organisation mondiale de la santé", "Fonds monétaire international",
  "Confédération générale du travail", "Bank of England", "European Central Bank",
};

#define TARGET "Camille Fournier"

typedef struct
{
  LecternStory *story;
  GPtrArray    *entities;
} Generated;

static void
generated_free (Generated *generated)
{
  lectern_story_unref (generated->story);
  g_ptr_array_unref (generated->entities);
  g_free (generated);
}

static void
add_mention (GPtrArray         *entities,
             const char        *name,
             LecternEntityType  type,
             gint64             start)
{
  LecternEntity *entity = NULL;

  for (guint i = 0; i < entities->len && entity == NULL; i++)
    if (g_str_equal (((LecternEntity *) entities->pdata[i])->name, name))
      entity = entities->pdata[i];
  if (entity == NULL)
    {
      entity = lectern_entity_new (name, type);
      lectern_entity_add_form (entity, name);
      g_ptr_array_add (entities, entity);
    }
  lectern_entity_add_mention (entity, start, start + g_utf8_strlen (name, -1));
}

/* About `size` bytes of text in paragraphs, with names in a sentence out
 * of four; the target person in every fifth story. */
static Generated *
generate_story (GRand *rand,
                guint  index,
                gsize  size)
{
  Generated *generated = g_new0 (Generated, 1);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = NULL;
  gint64 n_chars;
  guint sentence = 0;

  generated->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  title = g_strdup_printf ("Dépêche %u : %s et %s", index,
                           words[g_rand_int_range (rand, 14, G_N_ELEMENTS (words))],
                           words[g_rand_int_range (rand, 14, G_N_ELEMENTS (words))]);
  g_string_append_printf (text, "%s\n\n", title);
  n_chars = g_utf8_strlen (text->str, -1);

  while (text->len < size)
    {
      guint n_words = g_rand_int_range (rand, 8, 22);

      for (guint w = 0; w < n_words; w++)
        {
          const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

          if (w == 0)
            {
              gunichar first = g_unichar_toupper (g_utf8_get_char (word));
              char buffer[8] = { 0 };

              g_unichar_to_utf8 (first, buffer);
              g_string_append (text, buffer);
              g_string_append (text, g_utf8_next_char (word));
            }
          else
            g_string_append (text, word);
          n_chars += g_utf8_strlen (word, -1);

          if (w == n_words / 2 && sentence % 4 == 1)
            {
              g_autofree char *name = NULL;
              gboolean org = g_rand_int_range (rand, 0, 4) == 0;

              if (index % 5 == 0 && sentence % 8 == 1)
                name = g_strdup (TARGET);
              else if (org)
                name = g_strdup (organizations[g_rand_int_range (rand, 0, G_N_ELEMENTS (organizations))]);
              else
                name = g_strdup_printf ("%s %s",
                                        first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))],
                                        last_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (last_names))]);
              g_string_append_c (text, ' ');
              n_chars++;
              add_mention (generated->entities, name,
                           org && !g_str_equal (name, TARGET) ? LECTERN_ENTITY_ORGANIZATION
                                                              : LECTERN_ENTITY_PERSON,
                           n_chars);
              g_string_append (text, name);
              n_chars += g_utf8_strlen (name, -1);
            }
          g_string_append_c (text, w + 1 < n_words ? ' ' : '.');
          n_chars++;
        }
      sentence++;
      g_string_append_c (text, sentence % 5 == 0 ? '\n' : ' ');
      n_chars++;
    }

  generated->story = lectern_story_new (title, "bench", text->str);
  return generated;
}

/* CPU time of this thread, in ms: on a loaded machine the wall clock
 * mostly measures the other programs. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static gint64
file_size (const char *path)
{
  GStatBuf st;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gint64 size = 0;

  if (g_stat (path, &st) == 0)
    size += st.st_size;
  if (g_stat (wal, &st) == 0)
    size += st.st_size;
  return size;
}

/* The schema of this build without the search index: its triggers and
 * tables dropped, so that an import compares with the very same schema
 * otherwise (schema 7 lacks later indexes on the stories). */
static void
drop_search_index (LecternStore *store)
{
  sqlite3 *db = lectern_store_lock_db (store);
  g_autoptr(GPtrArray) triggers = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                      " AND (name LIKE 'search%' OR sql LIKE '%search_stories%'"
                      " OR sql LIKE '%search_notes%' OR sql LIKE '%search_queue%'"
                      " OR sql LIKE '%search_state%')", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (triggers, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < triggers->len; i++)
    {
      char *sql = sqlite3_mprintf ("DROP TRIGGER %w", (const char *) g_ptr_array_index (triggers, i));

      if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
        g_error ("%s", sqlite3_errmsg (db));
      sqlite3_free (sql);
    }
  if (sqlite3_exec (db, "DROP TABLE search_stories; DROP TABLE search_notes;"
                    " DROP TABLE search_queue; DROP TABLE search_state; VACUUM;",
                    NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (db));
  lectern_store_unlock_db (store);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Indexes every story of the store again, from an empty index, in one
 * go (step_bytes 0) or a step at a time as the app does at idle; returns
 * the median CPU ms of `runs` runs (the wall median in *out_ms): on a
 * shared machine one run says little. */
static double
reindex (LecternStore *store,
         gsize         step_bytes,
         guint         runs,
         double       *out_ms)
{
  g_autoptr(GError) error = NULL;
  double ms[9], cpu[9];

  g_assert (runs > 0 && runs <= G_N_ELEMENTS (ms));
  for (guint run = 0; run < runs; run++)
    {
      sqlite3 *db = lectern_store_lock_db (store);
      gint64 start;
      gboolean done = FALSE;

      if (sqlite3_exec (db, "INSERT INTO search_stories (search_stories) VALUES ('delete-all');"
                        "UPDATE search_state SET indexed_upto = 0;", NULL, NULL, NULL) != SQLITE_OK)
        g_error ("%s", sqlite3_errmsg (db));
      lectern_store_unlock_db (store);
      start = g_get_monotonic_time ();
      cpu[run] = cpu_ms ();
      if (step_bytes == 0 && !lectern_search_update_sync (store, NULL, &error))
        g_error ("%s", error->message);
      while (step_bytes > 0 && !done)
        if (!lectern_search_update_step_sync (store, step_bytes, NULL, &done, &error))
          g_error ("%s", error->message);
      cpu[run] = cpu_ms () - cpu[run];
      ms[run] = ms_since (start);
    }
  qsort (ms, runs, sizeof (double), compare_doubles);
  qsort (cpu, runs, sizeof (double), compare_doubles);
  *out_ms = ms[runs / 2];
  return cpu[runs / 2];
}

/* Imports every file as lectern-cli import does (read, decode, store, one
 * transaction each) into each of the stores, file by file in turn, so
 * that the load of a shared machine weighs on all of them alike; adds
 * each store's wall and CPU milliseconds to ms[i] and cpu[i]. */
static void
import_files (LecternStore **stores,
              guint          n_stores,
              GPtrArray     *paths,
              double        *ms,
              double        *cpu)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < paths->len; i++)
    for (guint s = 0; s < n_stores; s++)
      {
        g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, i));
        gint64 start = g_get_monotonic_time ();
        double cpu_start = cpu_ms ();
        g_autoptr(LecternStory) story = lectern_import_file (file, NULL, &error);

        if (story == NULL || lectern_store_add_story_sync (stores[s], story, &error) == 0)
          g_error ("%s", error->message);
        ms[s] += ms_since (start);
        cpu[s] += cpu_ms () - cpu_start;
      }
}

/* Imports every story, 100 to a transaction as a bulk import would;
 * returns the milliseconds taken. */
static double
import_all (LecternStore *store,
            GPtrArray    *generated)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < generated->len; i++)
    {
      Generated *g = g_ptr_array_index (generated, i);

      if (i % 100 == 0 && !lectern_store_begin_batch_sync (store, &error))
        g_error ("%s", error->message);
      g->story->id = 0;
      if (lectern_store_add_story_sync (store, g->story, &error) == 0)
        g_error ("%s", error->message);
      if ((i % 100 == 99 || i + 1 == generated->len)
          && !lectern_store_end_batch_sync (store, TRUE, &error))
        g_error ("%s", error->message);
    }

  return ms_since (start);
}

static void
add_highlights (LecternStore *store,
                GPtrArray    *generated,
                guint         per_story,
                GRand        *rand)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < generated->len; i++)
    {
      Generated *g = g_ptr_array_index (generated, i);

      if (i % 100 == 0 && !lectern_store_begin_batch_sync (store, &error))
        g_error ("%s", error->message);
      for (guint h = 0; h < per_story; h++)
        {
          gint64 start = g_rand_int_range (rand, 0, g->story->n_chars - 80);
          g_autofree char *note = NULL;
          g_autoptr(LecternHighlight) highlight = NULL;
          const char *tags[] = { words[g_rand_int_range (rand, 14, 60)], NULL };

          if (h % 3 == 0)
            note = g_strdup_printf ("%s %s %s", words[g_rand_int_range (rand, 14, G_N_ELEMENTS (words))],
                                    words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                                    words[g_rand_int_range (rand, 14, G_N_ELEMENTS (words))]);
          highlight = lectern_highlight_new_for_range (g->story, start,
                                                       start + g_rand_int_range (rand, 20, 80),
                                                       "yellow", note);
          if (h % 5 == 0)
            lectern_highlight_set_tags (highlight, tags);
          if (lectern_store_add_highlight_sync (store, highlight, &error) == 0)
            g_error ("%s", error->message);
        }
      if ((i % 100 == 99 || i + 1 == generated->len)
          && !lectern_store_end_batch_sync (store, TRUE, &error))
        g_error ("%s", error->message);
    }
}

static void
time_search (LecternStore *store,
             const char   *query)
{
  double times[21], cpu[21];
  guint n_hits = 0;

  for (guint run = 0; run < G_N_ELEMENTS (times); run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      hits = lectern_search_sync (store, query, 0, 20, &error);
      times[run] = ms_since (start);
      cpu[run] = cpu_ms () - cpu_start;
      if (hits == NULL)
        g_error ("%s", error->message);
      n_hits = hits->len;
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);
  qsort (cpu, G_N_ELEMENTS (cpu), sizeof (double), compare_doubles);
  printf ("  search %-24s (%2u hits): wall median %6.1f ms, max %6.1f ms; CPU median %5.1f ms, "
          "max %5.1f ms\n", query, n_hits, times[G_N_ELEMENTS (times) / 2],
          times[G_N_ELEMENTS (times) - 1], cpu[G_N_ELEMENTS (cpu) / 2], cpu[G_N_ELEMENTS (cpu) - 1]);
}

static void
time_queries (LecternStore *store)
{
  g_autoptr(GError) error = NULL;
  double times[11], cpu[11];
  gint64 start;

  g_autofree char *loadavg = NULL;

  g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL);
  printf ("Ranked search, first page of 20 (21 runs each; /proc/loadavg %.14s):\n",
          loadavg != NULL ? loadavg : "?");
  time_search (store, "gouvernement");
  time_search (store, "etat");
  time_search (store, "coeur");
  time_search (store, "fournier");
  time_search (store, "\"Camille Fournier\"");
  time_search (store, "gouv*");
  time_search (store, "climat energie");
  time_search (store, "Rousseau OR Legrand");
  time_search (store, "zzzz");

  for (guint run = 0; run < G_N_ELEMENTS (times); run++)
    {
      g_autoptr(LecternEntityPage) page = NULL;
      double cpu_start = cpu_ms ();

      start = g_get_monotonic_time ();
      page = lectern_library_get_entity_sync (store, TARGET, &error);
      times[run] = ms_since (start);
      cpu[run] = cpu_ms () - cpu_start;
      if (page == NULL)
        g_error ("%s", error->message);
      if (run == 0)
        printf ("Entity page of %s: %u stories, %u mentions, %u highlights near them\n", TARGET,
                page->stories->len, page->entity->n_mentions, page->highlights->len);
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);
  qsort (cpu, G_N_ELEMENTS (cpu), sizeof (double), compare_doubles);
  printf ("  entity page: wall median %.1f ms, max %.1f ms; CPU median %.1f ms, max %.1f ms\n",
          times[G_N_ELEMENTS (times) / 2], times[G_N_ELEMENTS (times) - 1],
          cpu[G_N_ELEMENTS (cpu) / 2], cpu[G_N_ELEMENTS (cpu) - 1]);

  start = g_get_monotonic_time ();
  {
    g_autoptr(GPtrArray) all = lectern_library_list_entities_sync (store, &error);

    printf ("People and organizations of the library: %u entries in %.0f ms\n", all->len,
            ms_since (start));
  }
}

int
main (int    argc,
      char **argv)
{
  int n_stories = 10000, per_story = 10;
  g_autofree char *keep = NULL;
  g_autofree char *library = NULL;
  const GOptionEntry entries[] = {
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &library, "Only time the queries, on this library made by --keep", "FILE" },
    { "stories", 0, 0, G_OPTION_ARG_INT, &n_stories, "Stories to generate (10000)", "N" },
    { "highlights-per-story", 0, 0, G_OPTION_ARG_INT, &per_story, "Highlights per story (10)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the libraries in DIR", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— search and entity pages at scale");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) generated = NULL;
  g_autoptr(LecternStore) plain = NULL;
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  g_autofree char *dir = NULL;
  g_autofree char *plain_path = NULL;
  g_autofree char *path = NULL;
  gint64 n_bytes = 0, start, size_plain, size_indexed, size_entities;
  double plain_ms, indexed_ms, catch_up_ms;

  setvbuf (stdout, NULL, _IOLBF, 0);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_stories < 10 || per_story < 0)
    {
      g_printerr ("bench-library: %s\n", error != NULL ? error->message : "--stories 10 or more");
      return 2;
    }

  if (library != NULL)
    {
      store = lectern_store_new (library, &error);
      if (store == NULL)
        g_error ("%s", error->message);
      time_queries (store);
      return 0;
    }

  dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("lectern-bench-XXXXXX", &error);
  if (dir == NULL || g_mkdir_with_parents (dir, 0700) != 0)
    g_error ("No folder for the libraries");
  plain_path = g_build_filename (dir, "without-index.db", NULL);
  path = g_build_filename (dir, "library.db", NULL);
  g_unlink (plain_path);
  g_unlink (path);

  start = g_get_monotonic_time ();
  generated = g_ptr_array_new_with_free_func ((GDestroyNotify) generated_free);
  for (int i = 0; i < n_stories; i++)
    {
      Generated *g = generate_story (rand, i, 5000);

      n_bytes += strlen (g->story->text);
      g_ptr_array_add (generated, g);
    }
  printf ("Generated %d stories, %.1f MB of text, in %.0f ms\n", n_stories, n_bytes / 1e6,
          ms_since (start));

  /* The real import path, from files, with and without the index; then
   * what extracting the people and organizations costs per story. */
  {
    g_autofree char *files_dir = g_build_filename (dir, "stories", NULL);
    g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *a = g_build_filename (dir, "files-without-index.db", NULL);
    g_autofree char *b = g_build_filename (dir, "files-with-index.db", NULL);
    g_autofree char *c = g_build_filename (dir, "files-indexed-by-writes.db", NULL);
    g_autoptr(LecternStore) store_a = NULL;
    g_autoptr(LecternStore) store_b = NULL;
    g_autoptr(LecternStore) store_c = NULL;
    LecternExtractor *extractor = lectern_extractor_get_default (&error);
    guint n_files = MIN ((guint) n_stories, 2000);
    double a_ms, b_ms, c_ms, extract_ms;
    double a_cpu, b_cpu, c_cpu, catch_up_cpu;

    g_mkdir_with_parents (files_dir, 0700);
    for (guint i = 0; i < n_files; i++)
      {
        Generated *g = g_ptr_array_index (generated, i);
        g_autofree char *name = g_strdup_printf ("%05u.txt", i);
        char *file = g_build_filename (files_dir, name, NULL);

        if (!g_file_set_contents (file, g->story->text, -1, &error))
          g_error ("%s", error->message);
        g_ptr_array_add (paths, file);
      }
    g_unlink (a);
    g_unlink (b);
    g_unlink (c);
    /* Without the index (this schema with it dropped), with it as this
     * build keeps it (stories queued, then indexed in one go), and with it
     * as schema 8 kept it (each write indexing its story). */
    store_a = lectern_store_new (a, &error);
    if (store_a != NULL)
      drop_search_index (store_a);
    store_b = lectern_store_new (b, &error);
    store_c = lectern_store_new_with_version (c, LECTERN_STORE_VERSION_SEARCH, &error);
    {
      LecternStore *stores[] = { store_a, store_b, store_c };
      double ms[3] = { 0, }, cpu[3] = { 0, };

      import_files (stores, G_N_ELEMENTS (stores), paths, ms, cpu);
      a_ms = ms[0], b_ms = ms[1], c_ms = ms[2];
      a_cpu = cpu[0], b_cpu = cpu[1], c_cpu = cpu[2];
    }
    catch_up_cpu = reindex (store_b, 0, 5, &catch_up_ms);
    printf ("Import of %u files (read, decode, store; a transaction each; each file into the "
            "three libraries in turn), wall (CPU); indexing: median of 5 runs:\n"
            "  without the index (this schema, the index's tables and triggers dropped) "
            "%.0f ms (%.0f)\n"
            "  with it: import %.0f ms (%.0f), +%.1f %% (CPU +%.1f %%); then indexing the queue "
            "%.0f ms (%.0f); together +%.1f %% (CPU +%.1f %%)\n"
            "  indexed by each write (schema 8): %.0f ms (%.0f), +%.1f %% (CPU +%.1f %%)\n",
            n_files, a_ms, a_cpu, b_ms, b_cpu, 100.0 * (b_ms - a_ms) / a_ms,
            100.0 * (b_cpu - a_cpu) / a_cpu, catch_up_ms, catch_up_cpu,
            100.0 * (b_ms + catch_up_ms - a_ms) / a_ms,
            100.0 * (b_cpu + catch_up_cpu - a_cpu) / a_cpu, c_ms, c_cpu,
            100.0 * (c_ms - a_ms) / a_ms, 100.0 * (c_cpu - a_cpu) / a_cpu);
    /* The same stories again, indexed as the app does at idle: a step of
     * 512 KB at a time, a transaction each (FTS5 writes a segment per
     * step). */
    {
      double steps_ms, steps_cpu = reindex (store_b, 512 * 1024, 5, &steps_ms);

      printf ("  with it, indexed a step of 512 KB at a time (the app at idle): %.0f ms (%.0f); "
              "together +%.1f %% (CPU +%.1f %%)\n", steps_ms, steps_cpu,
              100.0 * (b_ms + steps_ms - a_ms) / a_ms, 100.0 * (b_cpu + steps_cpu - a_cpu) / a_cpu);
    }
    start = g_get_monotonic_time ();
    for (guint i = 0; i < 200; i++)
      {
        Generated *g = g_ptr_array_index (generated, i);
        g_autoptr(GPtrArray) found = lectern_extractor_extract (extractor, g->story->text, NULL,
                                                                NULL, NULL, &error);
      }
    extract_ms = ms_since (start) / 200 * n_files;
    printf ("With the extraction of people and organizations (%.2f ms a story, measured on 200): "
            "%.0f ms without the index, %.0f ms with it (+%.1f %%)\n", extract_ms / n_files,
            a_ms + extract_ms, b_ms + catch_up_ms + extract_ms,
            100.0 * (b_ms + catch_up_ms - a_ms) / (a_ms + extract_ms));
    /* With --keep, the files stay for tools/bench-import-index. */
    for (guint i = 0; i < paths->len && keep == NULL; i++)
      g_unlink (g_ptr_array_index (paths, i));
    g_rmdir (files_dir);
    g_clear_object (&store_a);
    g_clear_object (&store_b);
    g_clear_object (&store_c);
    for (guint i = 0; i < 3; i++)
      {
        const char *suffix[] = { "", "-wal", "-shm" };
        g_autofree char *x = g_strconcat (a, suffix[i], NULL);
        g_autofree char *y = g_strconcat (b, suffix[i], NULL);
        g_autofree char *z = g_strconcat (c, suffix[i], NULL);

        g_unlink (x);
        g_unlink (y);
        g_unlink (z);
      }
  }

  /* The same stories into the previous schema (no index), then this one. */
  plain = lectern_store_new_with_version (plain_path, LECTERN_STORE_VERSION_SEARCH - 1, &error);
  if (plain == NULL)
    g_error ("%s", error->message);
  plain_ms = import_all (plain, generated);
  g_clear_object (&plain);
  store = lectern_store_new (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  indexed_ms = import_all (store, generated);
  start = g_get_monotonic_time ();
  if (!lectern_search_update_sync (store, NULL, &error))
    g_error ("%s", error->message);
  catch_up_ms = ms_since (start);
  printf ("Import, 100 stories a transaction: %.0f ms without the index, %.0f ms with it "
          "(+%.1f %%), then %.0f ms indexing the queue (together +%.1f %%)\n", plain_ms,
          indexed_ms, 100.0 * (indexed_ms - plain_ms) / plain_ms, catch_up_ms,
          100.0 * (indexed_ms + catch_up_ms - plain_ms) / plain_ms);

  {
    g_autoptr(LecternStore) again = lectern_store_new_with_version (plain_path,
                                                                    LECTERN_STORE_VERSION_SEARCH - 1,
                                                                    &error);

    g_assert (again != NULL);
    /* Checkpoint both, so the sizes are the files'. */
    sqlite3_exec (lectern_store_lock_db (again), "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    lectern_store_unlock_db (again);
  }
  start = g_get_monotonic_time ();
  {
    g_autoptr(LecternStore) migrated = lectern_store_new (plain_path, &error);

    printf ("Migration of the %d-story library (building the index): %.0f ms\n", n_stories,
            ms_since (start));
  }

  start = g_get_monotonic_time ();
  add_highlights (store, generated, per_story, rand);
  printf ("Added %d highlights in %.0f ms\n", n_stories * per_story, ms_since (start));

  start = g_get_monotonic_time ();
  for (guint i = 0; i < generated->len; i++)
    {
      Generated *g = g_ptr_array_index (generated, i);

      if (i % 100 == 0 && !lectern_store_begin_batch_sync (store, &error))
        g_error ("%s", error->message);
      if (!lectern_library_put_story_entities_sync (store, g->story->id, "bench", g->entities, &error))
        g_error ("%s", error->message);
      if ((i % 100 == 99 || i + 1 == generated->len)
          && !lectern_store_end_batch_sync (store, TRUE, &error))
        g_error ("%s", error->message);
    }
  printf ("Stored the people and organizations of every story in %.0f ms\n", ms_since (start));

  sqlite3_exec (lectern_store_lock_db (store), "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  lectern_store_unlock_db (store);
  size_entities = file_size (path);
  {
    /* The size without the index: the same library with both search
     * tables emptied, then vacuumed into a copy. */
    g_autofree char *copy = g_build_filename (dir, "no-index-copy.db", NULL);
    char *sql = NULL;
    sqlite3 *db = lectern_store_lock_db (store);

    g_unlink (copy);
    sql = sqlite3_mprintf ("VACUUM INTO %Q", copy);
    sqlite3_exec (db, sql, NULL, NULL, NULL);
    sqlite3_free (sql);
    lectern_store_unlock_db (store);
    size_indexed = file_size (copy);
    {
      sqlite3 *raw = NULL;

      sqlite3_open (copy, &raw);
      lectern_search_register (raw, NULL);
      sqlite3_exec (raw, "INSERT INTO search_stories (search_stories) VALUES ('delete-all');"
                    "DELETE FROM search_notes; VACUUM;", NULL, NULL, NULL);
      sqlite3_close (raw);
    }
    size_plain = file_size (copy);
    g_unlink (copy);
  }
  printf ("Database: %.1f MB without the search index, %.1f MB with it (+%.1f %%); "
          "%.1f MB before vacuum\n", size_plain / 1e6, size_indexed / 1e6,
          100.0 * (size_indexed - size_plain) / size_plain, size_entities / 1e6);

  time_queries (store);
  start = g_get_monotonic_time ();
  if (!lectern_search_check_sync (store, &error))
    g_error ("%s", error->message);
  printf ("Integrity check of the index: %.0f ms\n", ms_since (start));

  g_clear_object (&store);
  if (keep == NULL)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *a = g_strconcat (path, suffixes[i], NULL);
          g_autofree char *b = g_strconcat (plain_path, suffixes[i], NULL);

          g_unlink (a);
          g_unlink (b);
        }
      g_rmdir (dir);
    }

  return 0;
}
