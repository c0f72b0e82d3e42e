/* lectern-story.c
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-story"

#include "config.h"

#include <string.h>

#include "lectern-story.h"
#include "lectern-structure.h"

/* The public struct has no room for a reference count, and callers may read
 * its fields directly; so the count lives in a wrapper allocated around it. */
typedef struct
{
  LecternStory     story;
  gatomicrefcount  ref_count;
} StoryBox;

G_DEFINE_BOXED_TYPE (LecternStory, lectern_story, lectern_story_ref, lectern_story_unref)

/**
 * lectern_story_new:
 * @title: the title shown in the library
 * @source: (nullable): the path or URI it came from
 * @text: the text, valid UTF-8
 *
 * Returns: (transfer full): a new unsaved story, imported and modified now.
 */
LecternStory *
lectern_story_new (const char *title,
                   const char *source,
                   const char *text)
{
  StoryBox *box;
  LecternStory *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  box = g_new0 (StoryBox, 1);
  g_atomic_ref_count_init (&box->ref_count);

  self = &box->story;
  self->title = g_strdup (title);
  self->source = g_strdup (source != NULL ? source : "");
  self->text = g_strdup (text);
  self->n_chars = g_utf8_strlen (text, -1);
  self->encoding = g_strdup ("UTF-8");
  self->imported_at = g_get_real_time () / G_USEC_PER_SEC;
  self->modified_at = self->imported_at;
  self->author = g_strdup ("");
  self->url = g_strdup ("");
  self->site = g_strdup ("");
  self->published = g_strdup ("");
  self->lang = g_strdup ("");

  return self;
}

LecternStory *
lectern_story_ref (LecternStory *self)
{
  StoryBox *box = (StoryBox *) self;

  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&box->ref_count);
  return self;
}

void
lectern_story_unref (LecternStory *self)
{
  StoryBox *box = (StoryBox *) self;

  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&box->ref_count))
    return;

  g_free (self->title);
  g_free (self->source);
  g_free (self->text);
  g_free (self->encoding);
  g_free (self->author);
  g_free (self->url);
  g_free (self->uuid);
  g_free (self->site);
  g_free (self->published);
  g_free (self->lang);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_free (box);
}

GArray *
lectern_story_get_blocks (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->blocks != NULL)
    {
      GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (LecternBlock), self->blocks->len);

      g_array_append_vals (copy, self->blocks->data, self->blocks->len);
      return copy;
    }

  return lectern_structure_detect (self->text);
}

void
lectern_story_set_blocks (LecternStory *self,
                          GArray       *blocks)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->blocks, g_array_unref);
  if (blocks != NULL)
    {
      self->blocks = g_array_sized_new (FALSE, FALSE, sizeof (LecternBlock), blocks->len);
      g_array_append_vals (self->blocks, blocks->data, blocks->len);
    }
}

static const char *
or_empty (const char *value)
{
  return value != NULL ? value : "";
}

const char *
lectern_story_get_author (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, "");
  return or_empty (self->author);
}

const char *
lectern_story_get_url (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, "");
  return or_empty (self->url);
}

const char *
lectern_story_get_site (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, "");
  return or_empty (self->site);
}

const char *
lectern_story_get_published (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, "");
  return or_empty (self->published);
}

const char *
lectern_story_get_lang (const LecternStory *self)
{
  g_return_val_if_fail (self != NULL, "");
  return or_empty (self->lang);
}

/* Words that are frequent in one of the two languages and rare in the
 * other; enough to tell French from English on a paragraph or two. */
static const char * const french_words[] = {
  "le", "la", "les", "des", "du", "une", "est", "et", "que", "qui", "dans", "pour", "sur",
  "pas", "au", "aux", "avec", "ce", "cette", "sont", "été", "mais", "ont", "il", "elle",
};
static const char * const english_words[] = {
  "the", "and", "of", "to", "is", "that", "in", "for", "on", "was", "with", "are", "it",
  "he", "she", "this", "have", "has", "by", "from", "but", "not", "be", "at", "they",
};

static gboolean
word_in (const char         *word,
         const char * const *words,
         gsize               n_words)
{
  for (gsize i = 0; i < n_words; i++)
    if (strcmp (word, words[i]) == 0)
      return TRUE;
  return FALSE;
}

const char *
lectern_story_guess_lang (const LecternStory *self)
{
  /* A few thousand bytes decide it; a book need not be read whole. */
  const gsize budget = 8192;
  guint fr = 0, en = 0;
  const char *p;

  g_return_val_if_fail (self != NULL, "");

  if (self->lang != NULL && g_ascii_strncasecmp (self->lang, "fr", 2) == 0)
    return "fr";
  if (self->lang != NULL && g_ascii_strncasecmp (self->lang, "en", 2) == 0)
    return "en";
  if (self->lang != NULL && *self->lang != '\0')
    return "";

  p = self->text != NULL ? self->text : "";
  for (gsize used = 0; *p != '\0' && used < budget;)
    {
      char word[16];
      gsize len = 0;

      while (*p != '\0' && !g_ascii_isalpha (*p) && !((guchar) *p >= 0x80))
        p++, used++;
      while (*p != '\0' && (g_ascii_isalpha (*p) || (guchar) *p >= 0x80))
        {
          if (len + 1 < sizeof word)
            word[len++] = g_ascii_tolower (*p);
          p++, used++;
        }
      word[len] = '\0';
      if (len == 0 || len + 1 >= sizeof word)
        continue;
      fr += word_in (word, french_words, G_N_ELEMENTS (french_words));
      en += word_in (word, english_words, G_N_ELEMENTS (english_words));
    }

  if (fr == en)
    return "";
  return fr > en ? "fr" : "en";
}
