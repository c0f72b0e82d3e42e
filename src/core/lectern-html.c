/* lectern-html.c: reader mode for web pages
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2's HTML parser does the tokenizing and the error recovery; its SAX
 * events build a compact tree of our own that keeps only the attributes the
 * reader mode looks at, and no script, style or SVG at all, so memory stays
 * close to the size of the page's visible text (docs/sources.md has the
 * figures). The article is then found by scoring paragraphs into their
 * ancestors, in the manner of Arc90's Readability: text with commas and
 * length counts for the element that holds it, classes and ids that speak
 * of comments, sharing or sidebars count against, and links count against
 * a block in proportion to their share of its text.
 */

#define G_LOG_DOMAIN "lectern-html"

#include "config.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "lectern-html.h"
#include "lectern-json.h"
#include "lectern-structure.h"

/* Past this many elements a page is not an article any more; the rest of it
 * is not kept, so a huge page costs bounded memory. */
#define MAX_NODES (1024 * 1024)
/* Bytes of the start of a page searched for a <meta charset>. */
#define SNIFF_BYTES 4096
/* Bytes given to the parser at a time. */
#define PARSE_CHUNK (256 * 1024)

typedef enum
{
  TAG_OTHER,
  TAG_TEXT,
  TAG_A, TAG_ADDRESS, TAG_ARTICLE, TAG_ASIDE, TAG_BLOCKQUOTE, TAG_BODY, TAG_BR,
  TAG_BUTTON, TAG_CAPTION, TAG_CENTER, TAG_DD, TAG_DETAILS, TAG_DIALOG, TAG_DIV, TAG_DL,
  TAG_DT, TAG_EMBED, TAG_FIELDSET, TAG_FIGCAPTION, TAG_FIGURE, TAG_FOOTER, TAG_FORM,
  TAG_H1, TAG_H2, TAG_H3, TAG_H4, TAG_H5, TAG_H6, TAG_HEAD, TAG_HEADER, TAG_HR, TAG_HTML,
  TAG_IFRAME, TAG_IMG, TAG_INPUT, TAG_LI, TAG_LINK, TAG_MAIN, TAG_META, TAG_NAV,
  TAG_OBJECT, TAG_OL, TAG_P, TAG_PICTURE, TAG_PRE, TAG_SCRIPT, TAG_SECTION, TAG_SELECT,
  TAG_SUMMARY, TAG_TABLE, TAG_TBODY, TAG_TD, TAG_TEXTAREA, TAG_TH, TAG_THEAD, TAG_TIME,
  TAG_TITLE, TAG_TR, TAG_UL, TAG_VIDEO,
  /* Skipped with everything inside. */
  TAG_SKIP,
} Tag;

static const struct { const char *name; Tag tag; } tag_names[] = {
  { "a", TAG_A }, { "address", TAG_ADDRESS }, { "article", TAG_ARTICLE },
  { "aside", TAG_ASIDE }, { "blockquote", TAG_BLOCKQUOTE }, { "body", TAG_BODY },
  { "br", TAG_BR }, { "button", TAG_BUTTON }, { "caption", TAG_CAPTION },
  { "center", TAG_CENTER }, { "dd", TAG_DD }, { "details", TAG_DETAILS },
  { "dialog", TAG_DIALOG }, { "div", TAG_DIV }, { "dl", TAG_DL }, { "dt", TAG_DT },
  { "embed", TAG_EMBED }, { "fieldset", TAG_FIELDSET }, { "figcaption", TAG_FIGCAPTION },
  { "figure", TAG_FIGURE }, { "footer", TAG_FOOTER }, { "form", TAG_FORM },
  { "h1", TAG_H1 }, { "h2", TAG_H2 }, { "h3", TAG_H3 }, { "h4", TAG_H4 }, { "h5", TAG_H5 },
  { "h6", TAG_H6 }, { "head", TAG_HEAD }, { "header", TAG_HEADER }, { "hr", TAG_HR },
  { "html", TAG_HTML }, { "iframe", TAG_IFRAME }, { "img", TAG_IMG }, { "input", TAG_INPUT },
  { "li", TAG_LI }, { "link", TAG_LINK }, { "main", TAG_MAIN }, { "meta", TAG_META },
  { "nav", TAG_NAV }, { "object", TAG_OBJECT }, { "ol", TAG_OL }, { "p", TAG_P },
  { "picture", TAG_PICTURE }, { "pre", TAG_PRE }, { "script", TAG_SCRIPT },
  { "section", TAG_SECTION }, { "select", TAG_SELECT }, { "summary", TAG_SUMMARY },
  { "table", TAG_TABLE }, { "tbody", TAG_TBODY }, { "td", TAG_TD },
  { "textarea", TAG_TEXTAREA }, { "th", TAG_TH }, { "thead", TAG_THEAD },
  { "time", TAG_TIME }, { "title", TAG_TITLE }, { "tr", TAG_TR }, { "ul", TAG_UL },
  { "video", TAG_VIDEO },
  { "style", TAG_SKIP }, { "noscript", TAG_SKIP }, { "template", TAG_SKIP },
  { "svg", TAG_SKIP }, { "math", TAG_SKIP }, { "canvas", TAG_SKIP }, { "audio", TAG_SKIP },
  { "map", TAG_SKIP }, { "option", TAG_SKIP }, { "datalist", TAG_SKIP },
};

typedef struct _Node Node;

struct _Node
{
  Node    *parent;
  Node    *first;
  Node    *last;
  Node    *next;
  char    *names;        /* "class id" in lower case, NULL when neither */
  guint32  text_start;   /* TAG_TEXT: bytes in Reader.buf (pages are < 4 GB) */
  guint32  text_len;
  guint32  text_inner;   /* TAG_TEXT: cached counts */
  guint32  text_commas;
  float    score;
  guint32  inner;        /* visible characters inside, spaces collapsed */
  guint32  link;         /* … of which inside links */
  guint32  commas;
  guint8   tag;
  guint    hidden : 1;       /* hidden by the page itself: never shown */
  guint    removed : 1;      /* dropped by this extraction attempt */
  guint    candidate : 1;    /* scored as a possible article container */
  guint    byline : 1;       /* rel=author, class byline … */
  guint    body_prop : 1;    /* itemprop=articleBody */
  guint    dialog_role : 1;  /* role=navigation, dialog, complementary … */
  guint    selected : 1;     /* part of the article */
  guint    name_prop : 1;    /* itemprop=name */
  guint    counted : 1;      /* text_inner and text_commas are set */
  /* What class and id say, matched once when the element is read. */
  guint    unlikely : 1;     /* comments, share, sidebar … and not article, content … */
  guint    negative : 1;
  guint    positive : 1;
  guint    byline_class : 1;
  guint    caption : 1;
};

typedef struct
{
  GString    *buf;          /* all text of the page, node text points here */
  GPtrArray  *chunks;       /* Node arrays */
  guint       n_in_chunk;
  guint       n_nodes;
  Node       *root;
  Node       *current;
  Node       *body;
  int         skip_depth;   /* inside script, style, svg … */
  Tag         skip_tag;
  gboolean    in_head_title;
  gboolean    in_ld_json;
  gboolean    full;
  GString    *title;
  GString    *ld_json;
  GPtrArray  *ld_jsons;
  GHashTable *meta;         /* normalized name → content */
  char       *lang;
  char       *canonical;
  char       *time_datetime;
  GPtrArray  *h1s;          /* Node */
  GPtrArray  *h2s;
} Reader;

#define CHUNK_NODES 4096

static Tag
lookup_tag (const char *name)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (tag_names); i++)
        g_hash_table_insert (t, (gpointer) tag_names[i].name, GINT_TO_POINTER (tag_names[i].tag));
      g_once_init_leave (&table, t);
    }

  return GPOINTER_TO_INT (g_hash_table_lookup (table, name));
}

static Node *
node_new (Reader *reader,
          Tag     tag)
{
  Node *chunk;
  Node *node;

  if (reader->chunks->len == 0 || reader->n_in_chunk == CHUNK_NODES)
    {
      g_ptr_array_add (reader->chunks, g_new0 (Node, CHUNK_NODES));
      reader->n_in_chunk = 0;
    }
  chunk = g_ptr_array_index (reader->chunks, reader->chunks->len - 1);
  node = &chunk[reader->n_in_chunk++];
  node->tag = tag;
  reader->n_nodes++;

  return node;
}

static void
append_child (Node *parent,
              Node *child)
{
  child->parent = parent;
  if (parent->last != NULL)
    parent->last->next = child;
  else
    parent->first = child;
  parent->last = child;
}

#define FOR_EACH_NODE(reader, node) \
  for (guint chunk_i_ = 0; chunk_i_ < (reader)->chunks->len; chunk_i_++) \
    for (guint node_i_ = 0; \
         node_i_ < (chunk_i_ + 1 == (reader)->chunks->len ? (reader)->n_in_chunk : CHUNK_NODES) \
         && ((node) = &((Node *) g_ptr_array_index ((reader)->chunks, chunk_i_))[node_i_], TRUE); \
         node_i_++)

static void   classify_names (Node       *node);
static double similarity     (const char *a,
                              const char *b);

/* Parsing */

static const char *
attr (const xmlChar **attrs,
      const char     *name)
{
  if (attrs == NULL)
    return NULL;

  for (guint i = 0; attrs[i] != NULL; i += 2)
    if (g_ascii_strcasecmp ((const char *) attrs[i], name) == 0)
      return attrs[i + 1] != NULL ? (const char *) attrs[i + 1] : "";

  return NULL;
}

static gboolean
word_in (const char *list,
         const char *word)
{
  gsize len = strlen (word);

  for (const char *p = list; p != NULL && *p != '\0';)
    {
      while (g_ascii_isspace (*p))
        p++;
      if (g_ascii_strncasecmp (p, word, len) == 0
          && (p[len] == '\0' || g_ascii_isspace (p[len])))
        return TRUE;
      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
    }

  return FALSE;
}

static gboolean
style_hides (const char *style)
{
  g_autofree char *compact = NULL;
  char *out;

  if (style == NULL)
    return FALSE;
  compact = g_ascii_strdown (style, -1);
  out = compact;
  for (const char *p = compact; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      *out++ = *p;
  *out = '\0';

  return strstr (compact, "display:none") != NULL
         || strstr (compact, "visibility:hidden") != NULL;
}

/* Readability's and Open Graph's names for the same things, normalized as
 * "og:title", "author", "dc:creator" … */
static char *
meta_key (const char *raw)
{
  g_autofree char *lower = g_ascii_strdown (raw, -1);
  GString *key = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (key, *p == '.' ? ':' : *p);

  return g_string_free (key, FALSE);
}

static void
add_meta (Reader     *reader,
          const char *name,
          const char *content,
          gboolean    property)
{
  if (name == NULL || content == NULL)
    return;

  if (property)
    {
      /* property="og:title twitter:title" names several at once. */
      g_auto(GStrv) names = g_strsplit_set (name, " \t\n", -1);

      for (guint i = 0; names[i] != NULL; i++)
        if (names[i][0] != '\0')
          {
            char *key = meta_key (names[i]);

            /* "og:article:author" is article:author too. */
            if (g_str_has_prefix (key, "og:article:"))
              g_hash_table_insert (reader->meta, g_strdup (key + 3), g_strdup (content));
            g_hash_table_insert (reader->meta, key, g_strdup (content));
          }
    }
  else
    {
      g_hash_table_insert (reader->meta, meta_key (name), g_strdup (content));
    }
}

static void
on_start_element (void           *ctx,
                  const xmlChar  *xname,
                  const xmlChar **attrs)
{
  Reader *reader = ctx;
  const char *name = (const char *) xname;
  Tag tag;
  Node *node;
  const char *cls, *id, *value;

  if (reader->skip_depth > 0)
    {
      reader->skip_depth++;
      return;
    }

  tag = lookup_tag (name);

  switch (tag)
    {
    case TAG_SKIP:
      reader->skip_depth = 1;
      reader->skip_tag = tag;
      return;
    case TAG_SCRIPT:
      value = attr (attrs, "type");
      if (value != NULL && g_ascii_strcasecmp (value, "application/ld+json") == 0)
        {
          reader->in_ld_json = TRUE;
          g_string_truncate (reader->ld_json, 0);
        }
      reader->skip_depth = 1;
      reader->skip_tag = tag;
      return;
    case TAG_TITLE:
      if (reader->title->len == 0)
        reader->in_head_title = TRUE;
      reader->skip_depth = 1;
      reader->skip_tag = tag;
      return;
    case TAG_META:
      add_meta (reader, attr (attrs, "property"), attr (attrs, "content"), TRUE);
      add_meta (reader, attr (attrs, "name"), attr (attrs, "content"), FALSE);
      value = attr (attrs, "itemprop");
      if (value != NULL && word_in (value, "datePublished"))
        add_meta (reader, "itemprop:datepublished", attr (attrs, "content"), FALSE);
      value = attr (attrs, "http-equiv");
      if (value != NULL && g_ascii_strcasecmp (value, "content-language") == 0)
        add_meta (reader, "content-language", attr (attrs, "content"), FALSE);
      return;
    case TAG_LINK:
      value = attr (attrs, "rel");
      if (value != NULL && word_in (value, "canonical") && reader->canonical == NULL
          && attr (attrs, "href") != NULL)
        reader->canonical = g_strdup (attr (attrs, "href"));
      return;
    case TAG_HTML:
      value = attr (attrs, "lang");
      if (value == NULL)
        value = attr (attrs, "xml:lang");
      if (value != NULL && reader->lang == NULL)
        reader->lang = g_strstrip (g_strdup (value));
      return;
    case TAG_HEAD:
      return;
    case TAG_OTHER: case TAG_TEXT: case TAG_A: case TAG_ADDRESS: case TAG_ARTICLE:
    case TAG_ASIDE: case TAG_BLOCKQUOTE: case TAG_BODY: case TAG_BR: case TAG_BUTTON:
    case TAG_CAPTION: case TAG_CENTER: case TAG_DD: case TAG_DETAILS: case TAG_DIALOG:
    case TAG_DIV: case TAG_DL: case TAG_DT: case TAG_EMBED: case TAG_FIELDSET:
    case TAG_FIGCAPTION: case TAG_FIGURE: case TAG_FOOTER: case TAG_FORM: case TAG_H1:
    case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6: case TAG_HEADER:
    case TAG_HR: case TAG_IFRAME: case TAG_IMG: case TAG_INPUT: case TAG_LI: case TAG_MAIN:
    case TAG_NAV: case TAG_OBJECT: case TAG_OL: case TAG_P: case TAG_PICTURE: case TAG_PRE:
    case TAG_SECTION: case TAG_SELECT: case TAG_SUMMARY: case TAG_TABLE: case TAG_TBODY:
    case TAG_TD: case TAG_TEXTAREA: case TAG_TH: case TAG_THEAD: case TAG_TIME: case TAG_TR:
    case TAG_UL: case TAG_VIDEO:
    default:
      break;
    }

  if (reader->full)
    {
      reader->skip_depth = 1;
      reader->skip_tag = TAG_SKIP;
      return;
    }

  if (tag == TAG_BODY)
    {
      /* A second <body> (broken pages) adds to the first. */
      if (reader->body != NULL)
        return;
      node = node_new (reader, tag);
      append_child (reader->root, node);
      reader->body = node;
      reader->current = node;
      return;
    }

  node = node_new (reader, tag);
  cls = attr (attrs, "class");
  id = attr (attrs, "id");
  if ((cls != NULL && *cls != '\0') || (id != NULL && *id != '\0'))
    {
      g_autofree char *joined = g_strjoin (" ", cls != NULL ? cls : "", id != NULL ? id : "", NULL);

      node->names = g_ascii_strdown (joined, -1);
      classify_names (node);
    }

  if (attr (attrs, "hidden") != NULL || style_hides (attr (attrs, "style")))
    node->hidden = TRUE;
  value = attr (attrs, "aria-hidden");
  if (value != NULL && g_ascii_strcasecmp (value, "true") == 0 && tag != TAG_FIGURE)
    node->hidden = TRUE;

  value = attr (attrs, "role");
  if (value != NULL
      && (word_in (value, "navigation") || word_in (value, "menu") || word_in (value, "menubar")
          || word_in (value, "complementary") || word_in (value, "alert")
          || word_in (value, "alertdialog") || word_in (value, "dialog")))
    node->dialog_role = TRUE;

  value = attr (attrs, "itemprop");
  if (value != NULL && word_in (value, "articleBody"))
    node->body_prop = TRUE;
  if (value != NULL && strstr (value, "author") != NULL)
    node->byline = TRUE;
  if (value != NULL && strstr (value, "name") != NULL)
    node->name_prop = TRUE;
  value = attr (attrs, "rel");
  if (value != NULL && word_in (value, "author"))
    node->byline = TRUE;

  if (tag == TAG_TIME && reader->time_datetime == NULL)
    {
      value = attr (attrs, "datetime");
      if (value != NULL && *value != '\0')
        reader->time_datetime = g_strdup (value);
    }

  if (reader->current == NULL)
    {
      /* Content before <body>: libxml2 opens one itself, but be safe. */
      reader->body = node_new (reader, TAG_BODY);
      append_child (reader->root, reader->body);
      reader->current = reader->body;
    }
  append_child (reader->current, node);
  if (tag == TAG_H1)
    g_ptr_array_add (reader->h1s, node);
  else if (tag == TAG_H2)
    g_ptr_array_add (reader->h2s, node);

  if (reader->n_nodes >= MAX_NODES)
    reader->full = TRUE;

  /* Void elements get no end event of their own from every path. */
  if (tag == TAG_BR || tag == TAG_IMG || tag == TAG_HR || tag == TAG_INPUT || tag == TAG_EMBED)
    return;
  reader->current = node;
}

static void
on_end_element (void          *ctx,
                const xmlChar *xname)
{
  Reader *reader = ctx;
  Tag tag;

  if (reader->skip_depth > 0)
    {
      if (--reader->skip_depth == 0)
        {
          if (reader->in_ld_json)
            {
              g_ptr_array_add (reader->ld_jsons, g_strdup (reader->ld_json->str));
              reader->in_ld_json = FALSE;
            }
          reader->in_head_title = FALSE;
        }
      return;
    }

  tag = lookup_tag ((const char *) xname);
  if (tag == TAG_BR || tag == TAG_IMG || tag == TAG_HR || tag == TAG_INPUT || tag == TAG_EMBED
      || tag == TAG_BODY || tag == TAG_HTML || tag == TAG_HEAD || tag == TAG_META
      || tag == TAG_LINK)
    return;

  /* libxml2 balances elements itself; climb to the matching one. */
  for (Node *n = reader->current; n != NULL && n != reader->body; n = n->parent)
    if (n->tag == tag)
      {
        reader->current = n->parent;
        return;
      }
}

static void
on_characters (void          *ctx,
               const xmlChar *chars,
               int            len)
{
  Reader *reader = ctx;
  Node *node;

  if (reader->skip_depth > 0)
    {
      if (reader->in_ld_json && reader->ld_json->len < 4 * 1024 * 1024)
        g_string_append_len (reader->ld_json, (const char *) chars, len);
      else if (reader->in_head_title && reader->title->len < 4096)
        g_string_append_len (reader->title, (const char *) chars, len);
      return;
    }
  if (reader->current == NULL || reader->full)
    return;

  node = reader->current->last;
  if (node != NULL && node->tag == TAG_TEXT
      && node->text_start + node->text_len == reader->buf->len)
    {
      node->text_len += len;
    }
  else
    {
      node = node_new (reader, TAG_TEXT);
      node->text_start = reader->buf->len;
      node->text_len = len;
      append_child (reader->current, node);
    }
  g_string_append_len (reader->buf, (const char *) chars, len);
}

/* Character sets */

static char *
sniff_charset (const char *data,
               gsize       len)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (len, SNIFF_BYTES));
  const char *p = head;

  while ((p = strstr (p, "charset")) != NULL)
    {
      const char *start;

      p += strlen ("charset");
      while (*p == ' ' || *p == '\t')
        p++;
      if (*p != '=')
        continue;
      p++;
      while (*p == ' ' || *p == '"' || *p == '\'')
        p++;
      start = p;
      while (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == ':' || *p == '.')
        p++;
      if (p > start)
        return g_strndup (start, p - start);
    }

  return NULL;
}

static gboolean
is_utf8_name (const char *charset)
{
  return g_ascii_strcasecmp (charset, "utf-8") == 0 || g_ascii_strcasecmp (charset, "utf8") == 0;
}

static gboolean
has_high_bytes (const char *data,
                gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) data[i] >= 0x80)
      return TRUE;

  return FALSE;
}

/* Whether every byte is ASCII other than NUL (then the data is valid UTF-8
 * with no high bytes), eight bytes at a time: most pages are, and this
 * spares validating them twice and scanning them twice more. */
static gboolean
is_plain_ascii (const char *data,
                gsize       len)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 x;

      memcpy (&x, data + i, 8);
      /* A high bit, or a zero byte (the classic has-zero test). */
      if (((x | ((x - ones) & ~x)) & highs) != 0)
        return FALSE;
    }
  for (; i < len; i++)
    if ((guchar) data[i] >= 0x80 || data[i] == '\0')
      return FALSE;

  return TRUE;
}

/* Returns the page in UTF-8 and names the character set it was read in;
 * NULL when `data` is valid UTF-8 already and can be parsed as it is. */
static char *
to_utf8 (const char  *data,
         gsize        len,
         const char  *header_charset,
         char       **out_encoding)
{
  g_autofree char *declared = NULL;
  const char *charset;
  char *text;
  gboolean plain, high, valid;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      *out_encoding = g_strdup ("UTF-8");
      return g_utf8_make_valid (data + 3, len - 3);
    }
  if (len >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0))
    {
      const char *encoding = data[0] == '\xff' ? "UTF-16LE" : "UTF-16BE";

      text = g_convert (data + 2, (len - 2) & ~(gsize) 1, "UTF-8", encoding, NULL, NULL, NULL);
      if (text != NULL)
        {
          *out_encoding = g_strdup (encoding);
          return text;
        }
    }

  /* Valid UTF-8 with letters beyond ASCII is UTF-8, whatever a header or
   * a copied <meta> claims: no other encoding gives such bytes by chance. */
  plain = is_plain_ascii (data, len);
  high = !plain && has_high_bytes (data, len);
  valid = plain || g_utf8_validate (data, len, NULL);
  if (valid && high)
    {
      *out_encoding = g_strdup ("UTF-8");
      return NULL;
    }

  declared = header_charset != NULL && *header_charset != '\0'
             ? g_strdup (header_charset) : sniff_charset (data, len);
  charset = declared;
  if (charset == NULL || is_utf8_name (charset))
    charset = high ? "WINDOWS-1252" : "UTF-8";
  /* As browsers do: Latin-1 and ASCII labels mean Windows-1252. */
  if (g_ascii_strcasecmp (charset, "iso-8859-1") == 0 || g_ascii_strcasecmp (charset, "latin1") == 0
      || g_ascii_strcasecmp (charset, "us-ascii") == 0
      || g_ascii_strcasecmp (charset, "ascii") == 0)
    charset = "WINDOWS-1252";

  if (g_ascii_strcasecmp (charset, "UTF-8") == 0)
    {
      *out_encoding = g_strdup ("UTF-8");
      return valid ? NULL : g_utf8_make_valid (data, len);
    }

  text = g_convert_with_fallback (data, len, "UTF-8", charset, "\xef\xbf\xbd", NULL, NULL, NULL);
  if (text == NULL && g_ascii_strcasecmp (charset, "WINDOWS-1252") != 0)
    {
      charset = "WINDOWS-1252";
      text = g_convert_with_fallback (data, len, "UTF-8", charset, "\xef\xbf\xbd",
                                      NULL, NULL, NULL);
    }
  if (text == NULL)
    {
      /* Bytes Windows-1252 leaves undefined: keep what is readable. */
      *out_encoding = g_strdup ("UTF-8");
      return g_utf8_make_valid (data, len);
    }

  *out_encoding = g_ascii_strup (charset, -1);
  return text;
}

/* Statistics */

static guint32
count_visible (const char *text,
               gsize       len,
               gboolean   *in_space,
               guint32    *commas)
{
  guint32 n = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = text[i];

      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')
        {
          if (!*in_space)
            n++;
          *in_space = TRUE;
          continue;
        }
      *in_space = FALSE;
      /* Count characters, not bytes. */
      if ((c & 0xc0) != 0x80)
        n++;
      if (c == ',')
        (*commas)++;
      /* "，" and "、" in CJK text. */
      else if (c == 0xef && i + 2 < len && (guchar) text[i + 1] == 0xbc
               && (guchar) text[i + 2] == 0x8c)
        (*commas)++;
    }

  return n;
}

static gboolean
is_gone (const Node *node)
{

  return node->hidden || node->removed;
}

/* Post-order over the live tree: inner text length, linked text, commas. */
static void
compute_stats (Reader *reader,
               Node   *node,
               gboolean in_link)
{
  node->inner = node->link = node->commas = 0;

  if (node->tag == TAG_TEXT)
    {
      /* Text never changes: counted once. */
      if (!node->counted)
        {
          gboolean in_space = FALSE;
          guint32 commas = 0;

          node->text_inner = count_visible (reader->buf->str + node->text_start, node->text_len,
                                            &in_space, &commas);
          node->text_commas = commas;
          node->counted = TRUE;
        }
      node->inner = node->text_inner;
      node->commas = node->text_commas;
      node->link = in_link ? node->inner : 0;
      return;
    }

  for (Node *child = node->first; child != NULL; child = child->next)
    {
      if (is_gone (child))
        continue;
      compute_stats (reader, child, in_link || node->tag == TAG_A);
      node->inner += child->inner;
      node->link += child->link;
      node->commas += child->commas;
    }
}

static double
link_density (const Node *node)
{
  return node->inner > 0 ? (double) node->link / node->inner : 0.0;
}

/* Class and id words */

static const char *const unlikely_words[] = {
  "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
  "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
  "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
  "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "consent",
  "newsletter", "subscribe", "share", "promo", "outbrain", "taboola", "signup", "paywall",
};

static const char *const maybe_words[] = {
  "and", "article", "body", "column", "content", "main", "shadow",
};

static const char *const negative_words[] = {
  "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
  "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
  "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "taboola", "newsletter",
  "cookie", "byline", "author",
};

static const char *const positive_words[] = {
  "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
  "post", "text", "blog", "story",
};

static const char *const caption_words[] = {
  "caption", "credit", "wp-caption",
};

static const char *const byline_words[] = {
  "byline", "author", "dateline", "writtenby", "p-author", "submitted",
};

/* The lists a node's names hit, as bits, found in one pass over the names:
 * every word of the lists filed under its first byte. A strstr per word
 * was a sixth of the reader mode on pages with a class on every element. */
enum
{
  LIST_UNLIKELY = 1 << 0,
  LIST_MAYBE = 1 << 1,
  LIST_NEGATIVE = 1 << 2,
  LIST_POSITIVE = 1 << 3,
  LIST_BYLINE = 1 << 4,
  LIST_CAPTION = 1 << 5,
};

typedef struct
{
  const char *word;
  guint       len;
  guint       lists;
} NameWord;

typedef struct
{
  NameWord *words;       /* sorted by first byte */
  guint     start[257];  /* words[start[c] .. start[c + 1]) begin with c */
} NameTable;

static void
name_table_add (GArray             *words,
                const char *const  *list,
                guint               n_words,
                guint               bit)
{
  for (guint i = 0; i < n_words; i++)
    {
      NameWord word = { list[i], strlen (list[i]), bit };

      g_array_append_val (words, word);
    }
}

static int
compare_name_words (gconstpointer a,
                    gconstpointer b)
{
  return (int) (guchar) ((const NameWord *) a)->word[0]
         - (int) (guchar) ((const NameWord *) b)->word[0];
}

static const NameTable *
name_table (void)
{
  static NameTable *table = NULL;

  if (g_once_init_enter (&table))
    {
      NameTable *t = g_new0 (NameTable, 1);
      GArray *words = g_array_new (FALSE, FALSE, sizeof (NameWord));
      guint n;

      name_table_add (words, unlikely_words, G_N_ELEMENTS (unlikely_words), LIST_UNLIKELY);
      name_table_add (words, maybe_words, G_N_ELEMENTS (maybe_words), LIST_MAYBE);
      name_table_add (words, negative_words, G_N_ELEMENTS (negative_words), LIST_NEGATIVE);
      name_table_add (words, positive_words, G_N_ELEMENTS (positive_words), LIST_POSITIVE);
      name_table_add (words, byline_words, G_N_ELEMENTS (byline_words), LIST_BYLINE);
      name_table_add (words, caption_words, G_N_ELEMENTS (caption_words), LIST_CAPTION);
      g_array_sort (words, compare_name_words);
      n = words->len;
      t->words = (NameWord *) g_array_free (words, FALSE);
      for (guint c = 0, i = 0; c <= 256; c++)
        {
          while (i < n && (guchar) t->words[i].word[0] < c)
            i++;
          t->start[c] = i;
        }
      g_once_init_leave (&table, t);
    }

  return table;
}

static guint
names_lists (const char *names)
{
  const NameTable *table = name_table ();
  guint lists = 0;

  for (const char *p = names; *p != '\0'; p++)
    {
      guchar c = *p;

      for (guint i = table->start[c]; i < table->start[c + 1]; i++)
        if ((lists & table->words[i].lists) == 0
            && strncmp (p, table->words[i].word, table->words[i].len) == 0)
          lists |= table->words[i].lists;
    }

  return lists;
}

static int
class_weight (const Node *node)
{
  int weight = 0;

  if (node->names == NULL)
    return node->body_prop ? 50 : 0;

  /* Class and id are matched together here, once each way. */
  if (node->negative)
    weight -= 25;
  if (node->positive)
    weight += 25;
  if (node->body_prop)
    weight += 50;

  return weight;
}

static void
classify_names (Node *node)
{
  guint lists = node->names != NULL ? names_lists (node->names) : 0;

  node->unlikely = (lists & LIST_UNLIKELY) && !(lists & LIST_MAYBE);
  node->negative = (lists & LIST_NEGATIVE) != 0;
  node->positive = (lists & LIST_POSITIVE) != 0;
  node->byline_class = (lists & LIST_BYLINE) != 0;
  node->caption = (lists & LIST_CAPTION) != 0;
}

/* Extraction */

typedef enum
{
  FLAG_STRIP_UNLIKELY = 1 << 0,
  FLAG_WEIGHT_CLASSES = 1 << 1,
  FLAG_CLEAN_CONDITIONALLY = 1 << 2,
} Flags;

static gboolean
is_heading (Tag tag)
{
  return tag >= TAG_H1 && tag <= TAG_H6;
}

static gboolean
is_block (Tag tag)
{
  switch (tag)
    {
    case TAG_ADDRESS: case TAG_ARTICLE: case TAG_ASIDE: case TAG_BLOCKQUOTE: case TAG_CENTER:
    case TAG_DD: case TAG_DETAILS: case TAG_DIALOG: case TAG_DIV: case TAG_DL: case TAG_DT:
    case TAG_FIELDSET: case TAG_FIGCAPTION: case TAG_FIGURE: case TAG_FOOTER: case TAG_FORM:
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
    case TAG_HEADER: case TAG_HR: case TAG_LI: case TAG_MAIN: case TAG_NAV: case TAG_OL:
    case TAG_P: case TAG_PRE: case TAG_SECTION: case TAG_SUMMARY: case TAG_TABLE:
    case TAG_TBODY: case TAG_TD: case TAG_TH: case TAG_THEAD: case TAG_TR: case TAG_UL:
    case TAG_CAPTION: case TAG_BODY:
      return TRUE;
    case TAG_OTHER: case TAG_TEXT: case TAG_A: case TAG_BR: case TAG_BUTTON: case TAG_EMBED:
    case TAG_HEAD: case TAG_HTML: case TAG_IFRAME: case TAG_IMG: case TAG_INPUT: case TAG_LINK:
    case TAG_META: case TAG_OBJECT: case TAG_PICTURE: case TAG_SCRIPT: case TAG_SELECT:
    case TAG_TEXTAREA: case TAG_TIME: case TAG_TITLE: case TAG_VIDEO: case TAG_SKIP:
    default:
      return FALSE;
    }
}

static gboolean
has_block_child (const Node *node)
{
  for (const Node *child = node->first; child != NULL; child = child->next)
    if (!is_gone (child) && (is_block (child->tag) || has_block_child (child)))
      return TRUE;

  return FALSE;
}

static gboolean
has_ancestor (const Node *node,
              Tag         tag)
{
  for (const Node *n = node->parent; n != NULL; n = n->parent)
    if (n->tag == tag)
      return TRUE;

  return FALSE;
}

static char *
inner_text (Reader     *reader,
            const Node *node);

static gboolean
text_equal_title (Reader     *reader,
                  const Node *node,
                  const char *title)
{
  g_autofree char *text = inner_text (reader, node);

  return title != NULL && *title != '\0' && g_utf8_collate (text, title) == 0;
}

static const Node *
find_name_prop (const Node *node)
{
  for (const Node *child = node->first; child != NULL; child = child->next)
    {
      const Node *found;

      if (child->name_prop)
        return child;
      found = find_name_prop (child);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Drops what cannot be article text before scoring. */
static void
prune (Reader  *reader,
       Node    *node,
       Flags    flags,
       char   **byline)
{
  for (Node *child = node->first; child != NULL; child = child->next)
    {
      if (is_gone (child) || child->tag == TAG_TEXT)
        continue;

      switch (child->tag)
        {
        case TAG_NAV: case TAG_ASIDE: case TAG_FOOTER: case TAG_BUTTON: case TAG_SELECT:
        case TAG_TEXTAREA: case TAG_INPUT: case TAG_IFRAME: case TAG_OBJECT: case TAG_EMBED:
        case TAG_DIALOG:
          child->removed = TRUE;
          continue;
        default:
          break;
        }

      if (child->dialog_role)
        {
          child->removed = TRUE;
          continue;
        }

      /* A byline is metadata, not article text. */
      if ((child->byline || child->byline_class) && child->inner > 0
          && child->inner < 100)
        {
          if (*byline == NULL)
            {
              const Node *name = find_name_prop (child);

              *byline = inner_text (reader, name != NULL ? name : child);
            }
          child->removed = TRUE;
          continue;
        }

      if ((flags & FLAG_STRIP_UNLIKELY) && child->names != NULL
          && child->unlikely
          && child->tag != TAG_A && !child->body_prop
          && !has_ancestor (child, TAG_TABLE) && !has_ancestor (child, TAG_PRE))
        {
          child->removed = TRUE;
          continue;
        }

      /* Empty containers and headings without text do nothing. */
      if ((child->tag == TAG_DIV || child->tag == TAG_SECTION || child->tag == TAG_HEADER
           || is_heading (child->tag))
          && child->inner == 0)
        {
          child->removed = TRUE;
          continue;
        }

      prune (reader, child, flags, byline);
    }
}

static void
init_candidate (Node  *node,
                Flags  flags)
{
  if (node->candidate)
    return;
  node->candidate = TRUE;
  node->score = 0;

  switch (node->tag)
    {
    case TAG_DIV: case TAG_ARTICLE: case TAG_MAIN:
      node->score += 5;
      break;
    case TAG_PRE: case TAG_TD: case TAG_BLOCKQUOTE:
      node->score += 3;
      break;
    case TAG_ADDRESS: case TAG_OL: case TAG_UL: case TAG_DL: case TAG_DD: case TAG_DT:
    case TAG_LI: case TAG_FORM:
      node->score -= 3;
      break;
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6: case TAG_TH:
      node->score -= 5;
      break;
    default:
      break;
    }

  if (flags & FLAG_WEIGHT_CLASSES)
    node->score += class_weight (node);
}

static void
score_paragraph (Node    *container,
                 guint32  inner,
                 guint32  commas,
                 Flags    flags,
                 GPtrArray *candidates)
{
  double score;
  int level = 0;

  if (inner < 25)
    return;

  score = 1 + commas + MIN (inner / 100, 3);
  for (Node *n = container; n != NULL && level < 5; n = n->parent, level++)
    {
      if (n->parent == NULL)
        break;
      if (!n->candidate)
        {
          init_candidate (n, flags);
          g_ptr_array_add (candidates, n);
        }
      n->score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
      if (n->tag == TAG_BODY)
        break;
    }
}

/* Scores text into its containers: paragraphs, cells, preformatted text,
 * and runs of loose text in a <div> (old pages separate paragraphs with
 * <br>). */
static void
score_tree (Node      *node,
            Flags      flags,
            GPtrArray *candidates)
{
  guint32 run_inner = 0, run_commas = 0;

  for (Node *child = node->first; child != NULL; child = child->next)
    {
      if (is_gone (child))
        continue;

      if (child->tag == TAG_P || child->tag == TAG_PRE || child->tag == TAG_TD
          || ((child->tag == TAG_DIV || child->tag == TAG_SECTION || child->tag == TAG_ARTICLE
               || is_heading (child->tag))
              && !has_block_child (child)))
        {
          score_paragraph (node, child->inner, child->commas, flags, candidates);
          if (child->tag == TAG_TD)
            score_tree (child, flags, candidates);
          continue;
        }

      if (child->tag == TAG_TEXT || !is_block (child->tag))
        {
          if (child->tag == TAG_BR)
            {
              score_paragraph (node, run_inner, run_commas, flags, candidates);
              run_inner = run_commas = 0;
            }
          else
            {
              run_inner += child->inner;
              run_commas += child->commas;
            }
          continue;
        }

      score_paragraph (node, run_inner, run_commas, flags, candidates);
      run_inner = run_commas = 0;
      score_tree (child, flags, candidates);
    }
  score_paragraph (node, run_inner, run_commas, flags, candidates);
}

static guint
count_tag (const Node *node,
           Tag         tag)
{
  guint n = 0;

  for (const Node *child = node->first; child != NULL; child = child->next)
    {
      if (is_gone (child))
        continue;
      if (child->tag == tag)
        n++;
      n += count_tag (child, tag);
    }

  return n;
}

static guint32
list_text (const Node *node)
{
  guint32 n = 0;

  for (const Node *child = node->first; child != NULL; child = child->next)
    {
      if (is_gone (child))
        continue;
      if (child->tag == TAG_UL || child->tag == TAG_OL)
        n += child->inner;
      else
        n += list_text (child);
    }

  return n;
}

static guint32
heading_text (const Node *node)
{
  guint32 n = 0;

  for (const Node *child = node->first; child != NULL; child = child->next)
    {
      if (is_gone (child))
        continue;
      if (is_heading (child->tag))
        n += child->inner;
      else
        n += heading_text (child);
    }

  return n;
}

/* Readability's conditional cleaning: a block with few commas goes when it
 * looks like a gallery, a link list, a form or a stub. */
static gboolean
should_remove (Node  *node,
               Flags  flags)
{
  int weight = (flags & FLAG_WEIGHT_CLASSES) ? class_weight (node) : 0;
  gboolean is_list = node->tag == TAG_UL || node->tag == TAG_OL;
  guint p, img, li, input, embeds;
  double ld;

  if (!is_list && node->inner > 0 && (double) list_text (node) / node->inner > 0.9)
    is_list = TRUE;

  if (weight < 0)
    return TRUE;
  if (node->commas >= 10)
    return FALSE;

  p = count_tag (node, TAG_P);
  img = count_tag (node, TAG_IMG);
  li = count_tag (node, TAG_LI);
  li = li > 100 ? li - 100 : 0;
  input = count_tag (node, TAG_INPUT);
  embeds = count_tag (node, TAG_EMBED) + count_tag (node, TAG_OBJECT)
           + count_tag (node, TAG_IFRAME);
  ld = link_density (node);

  if (img > 1 && (double) p / img < 0.5 && !has_ancestor (node, TAG_FIGURE))
    return TRUE;
  if (!is_list && li > p)
    return TRUE;
  if (input > p / 3)
    return TRUE;
  if (!is_list && node->inner < 25 && (img == 0 || img > 2) && !has_ancestor (node, TAG_FIGURE)
      && (node->inner == 0 || (double) heading_text (node) / node->inner < 0.9))
    return TRUE;
  if (!is_list && weight < 25 && ld > 0.2)
    return TRUE;
  if (weight >= 25 && ld > 0.5)
    return TRUE;
  if ((embeds == 1 && node->inner < 75) || embeds > 1)
    return TRUE;

  return FALSE;
}

static void
clean_conditionally (Reader *reader,
                     Node   *node,
                     Flags   flags)
{
  for (Node *child = node->first; child != NULL; child = child->next)
    {
      if (is_gone (child) || child->tag == TAG_TEXT)
        continue;

      /* Children first, so a container is judged on what stays in it. */
      clean_conditionally (reader, child, flags);

      if (child->tag == TAG_TABLE || child->tag == TAG_UL || child->tag == TAG_OL
          || child->tag == TAG_DIV || child->tag == TAG_SECTION || child->tag == TAG_FORM
          || child->tag == TAG_FIELDSET || child->tag == TAG_HEADER || child->tag == TAG_ASIDE)
        {
          compute_stats (reader, child, FALSE);
          if ((flags & FLAG_CLEAN_CONDITIONALLY) && should_remove (child, flags))
            child->removed = TRUE;
        }

      if (is_heading (child->tag) && (flags & FLAG_WEIGHT_CLASSES) && class_weight (child) < 0)
        child->removed = TRUE;

      /* A share bar inside the article. */
      if (child->names != NULL && strstr (child->names, "share") != NULL && child->inner < 500)
        child->removed = TRUE;
    }
}

static Node *
choose_top (Reader    *reader,
            GPtrArray *candidates)
{
  Node *top = NULL;
  Node *parent;
  double last_score, threshold;

  for (guint i = 0; i < candidates->len; i++)
    {
      Node *node = g_ptr_array_index (candidates, i);

      node->score *= 1.0 - link_density (node);
      if (top == NULL || node->score > top->score)
        top = node;
    }

  if (top == NULL || top->tag == TAG_BODY)
    return top;

  /* Several near-best candidates under one ancestor: the article is that
   * ancestor (pages that split it into several blocks). */
  {
    g_autoptr(GPtrArray) alternatives = g_ptr_array_new ();

    for (guint i = 0; i < candidates->len; i++)
      {
        Node *node = g_ptr_array_index (candidates, i);

        if (node != top && node->score >= top->score * 0.75)
          g_ptr_array_add (alternatives, node);
      }
    if (alternatives->len >= 3)
      {
        for (Node *ancestor = top->parent; ancestor != NULL && ancestor->tag != TAG_BODY;
             ancestor = ancestor->parent)
          {
            guint containing = 0;

            for (guint i = 0; i < alternatives->len && containing < 3; i++)
              for (Node *n = g_ptr_array_index (alternatives, i); n != NULL; n = n->parent)
                if (n == ancestor)
                  {
                    containing++;
                    break;
                  }
            if (containing >= 3)
              {
                top = ancestor;
                break;
              }
          }
        if (!top->candidate)
          {
            init_candidate (top, 0);
            g_ptr_array_add (candidates, top);
          }
      }
  }

  /* Climb while the parent scores better: the article holds the block. */
  last_score = top->score;
  threshold = last_score / 3;
  for (parent = top->parent; parent != NULL && parent->tag != TAG_BODY; parent = parent->parent)
    {
      if (!parent->candidate)
        continue;
      if (parent->score < threshold)
        break;
      if (parent->score > last_score)
        {
          top = parent;
          break;
        }
      last_score = parent->score;
    }

  /* An only child says nothing more than its parent. */
  for (parent = top->parent; parent != NULL && parent->tag != TAG_BODY; parent = top->parent)
    {
      guint live = 0;

      for (Node *child = parent->first; child != NULL; child = child->next)
        if (!is_gone (child) && (child->tag != TAG_TEXT || child->inner > 1))
          live++;
      if (live != 1)
        break;
      if (!parent->candidate)
        {
          parent->candidate = TRUE;
          parent->score = top->score;
        }
      top = parent;
    }

  return top;
}

static gboolean
ends_sentence (Reader     *reader,
               const Node *node)
{
  g_autofree char *text = inner_text (reader, node);
  gsize len = strlen (text);

  return len > 0 && (strstr (text, ". ") != NULL || text[len - 1] == '.');
}

/* Marks the top candidate and the siblings that belong with it. */
static void
select_article (Reader *reader,
                Node   *top)
{
  double threshold = MAX (10, top->score * 0.2);
  Node *parent = top->parent;

  top->selected = TRUE;
  if (parent == NULL || top->tag == TAG_BODY)
    return;

  for (Node *sibling = parent->first; sibling != NULL; sibling = sibling->next)
    {
      double bonus = 0;

      if (sibling == top || is_gone (sibling))
        continue;
      if (sibling->tag == TAG_TEXT)
        continue;

      if (top->names != NULL && sibling->names != NULL && strcmp (top->names, sibling->names) == 0)
        bonus = top->score * 0.2;

      if (sibling->candidate && sibling->score + bonus >= threshold)
        {
          sibling->selected = TRUE;
        }
      else if (bonus > 0 && sibling->inner > 140 && link_density (sibling) < 0.3)
        {
          /* A part of the article whose paragraphs lie too deep to be
           * scored into it: same class as the best part, few links. */
          sibling->selected = TRUE;
        }
      else if (sibling->tag == TAG_P)
        {
          double ld = link_density (sibling);

          if (sibling->inner > 80 && ld < 0.25)
            sibling->selected = TRUE;
          else if (sibling->inner < 80 && sibling->inner > 0 && ld == 0
                   && ends_sentence (reader, sibling))
            sibling->selected = TRUE;
        }
    }
}

/* Output */

typedef struct
{
  Reader    *reader;
  GString   *text;
  GArray    *blocks;
  gint64     n_chars;
  GString   *block;
  LecternBlockKind kind;
  gboolean   space;
  const char *title;
  gboolean   title_dropped;
  guint      list_depth;
  int        ordinal;
  gboolean   drop_link_blocks;
} Emit;

static void
append_visible (GString    *out,
                const char *text,
                gsize       len,
                gboolean   *space,
                gboolean    pre)
{
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (pre)
        {
          if (c != '\r')
            g_string_append_c (out, c);
          continue;
        }
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')
        {
          *space = TRUE;
          continue;
        }
      /* U+00A0 no-break space reads as a space. */
      if ((guchar) c == 0xc2 && i + 1 < len && (guchar) text[i + 1] == 0xa0)
        {
          *space = TRUE;
          i++;
          continue;
        }
      if (*space && out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      *space = FALSE;
      g_string_append_c (out, c);
    }
}

static void
collect_text (Reader     *reader,
              const Node *node,
              GString    *out,
              gboolean   *space)
{
  if (node->tag == TAG_TEXT)
    {
      append_visible (out, reader->buf->str + node->text_start, node->text_len, space, FALSE);
      return;
    }
  if (node->tag == TAG_BR || is_block (node->tag))
    *space = TRUE;
  for (const Node *child = node->first; child != NULL; child = child->next)
    if (!is_gone (child))
      collect_text (reader, child, out, space);
  if (is_block (node->tag))
    *space = TRUE;
}

static char *
inner_text (Reader     *reader,
            const Node *node)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  collect_text (reader, node, out, &space);
  return g_strstrip (g_string_free (out, FALSE));
}


/* "•" or "12." alone. */
static gboolean
is_marker (const char *block)
{
  gsize digits = strspn (block, "0123456789");

  if (strcmp (block, "•") == 0)
    return TRUE;
  return digits > 0 && block[digits] == '.' && block[digits + 1] == '\0';
}

static void
flush (Emit *emit)
{
  char *start = emit->block->str;
  gsize len = emit->block->len;

  /* Trim, keeping the inner layout of preformatted text. */
  while (len > 0 && g_ascii_isspace (*start))
    {
      start++;
      len--;
    }
  while (len > 0 && g_ascii_isspace (start[len - 1]))
    len--;

  if (len > 0)
    {
      g_autofree char *block = g_strndup (start, len);

      /* Leftovers are short: "Read more", "Lire aussi : <a title>". A list
       * item whose text went (a teaser list) leaves its marker alone. */
      gboolean skip = (emit->kind == LECTERN_BLOCK_LIST_ITEM && is_marker (block))
                      || (emit->kind != LECTERN_BLOCK_PREFORMATTED
                          && (len <= 40 || (len < 160 && strchr (block, ':') != NULL))
                          && lectern_structure_is_leftover (block));

      if (skip)
        ;
      else if (!emit->title_dropped && emit->blocks->len < 3 && emit->title != NULL
               && *emit->title != '\0'
               && (g_utf8_collate (block, emit->title) == 0
                   || (emit->kind == LECTERN_BLOCK_HEADING
                       && similarity (block, emit->title) >= 0.8
                       && similarity (emit->title, block) >= 0.8)))
        emit->title_dropped = TRUE;  /* the title is the story's first line already */
      else
        lectern_article_append_block (emit->text, emit->blocks, &emit->n_chars, emit->kind, block);
    }

  g_string_truncate (emit->block, 0);
  emit->space = FALSE;
}

static void
emit_node (Emit       *emit,
           const Node *node,
           gboolean    pre)
{
  LecternBlockKind saved_kind = emit->kind;
  int saved_ordinal = emit->ordinal;
  gboolean block;

  if (node->tag == TAG_TEXT)
    {
      append_visible (emit->block, emit->reader->buf->str + node->text_start, node->text_len,
                      &emit->space, pre);
      return;
    }
  if (node->tag == TAG_BR)
    {
      if (pre)
        g_string_append_c (emit->block, '\n');
      else
        flush (emit);
      return;
    }

  block = is_block (node->tag);
  if (block && !pre)
    flush (emit);

  /* A short block that is all link inside an article points elsewhere:
   * "More on this story", a teaser, "Click here to get the app". */
  if (emit->drop_link_blocks && block && !pre
      && (node->tag == TAG_P || node->tag == TAG_DIV || is_heading (node->tag))
      && node->inner > 0 && node->inner < 200 && node->link * 10 >= node->inner * 9
      && !has_block_child (node))
    return;

  switch (node->tag)
    {
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
      emit->kind = LECTERN_BLOCK_HEADING;
      break;
    case TAG_BLOCKQUOTE:
      emit->kind = LECTERN_BLOCK_QUOTE;
      break;
    case TAG_FIGCAPTION: case TAG_CAPTION: case TAG_FIGURE:
      emit->kind = LECTERN_BLOCK_CAPTION;
      break;
    case TAG_PRE:
      emit->kind = LECTERN_BLOCK_PREFORMATTED;
      pre = TRUE;
      break;
    case TAG_UL:
      emit->ordinal = 0;
      break;
    case TAG_OL:
      emit->ordinal = 1;
      break;
    case TAG_LI:
      emit->kind = LECTERN_BLOCK_LIST_ITEM;
      if (emit->ordinal > 0)
        g_string_append_printf (emit->block, "%d. ", emit->ordinal++);
      else
        g_string_append (emit->block, "• ");
      /* Items inside an item are items of their own. */
      emit->ordinal = 0;
      break;
    default:
      /* Photo captions and credits outside <figure>. */
      if (block && node->caption && node->inner < 400)
        emit->kind = LECTERN_BLOCK_CAPTION;
      break;
    }

  for (const Node *child = node->first; child != NULL; child = child->next)
    if (!is_gone (child))
      emit_node (emit, child, pre);

  if (block && !(pre && node->tag != TAG_PRE))
    flush (emit);
  emit->kind = saved_kind;
  if (node->tag == TAG_LI)
    emit->ordinal = saved_ordinal > 0 ? saved_ordinal + 1 : 0;
  else
    emit->ordinal = saved_ordinal;
}

/* Metadata */

static char *
clean_string (const char *s)
{
  GString *out;
  gboolean space = FALSE;

  if (s == NULL)
    return NULL;
  out = g_string_new (NULL);
  append_visible (out, s, strlen (s), &space, FALSE);
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static const char *
meta_get (Reader     *reader,
          const char *key)
{
  const char *value = g_hash_table_lookup (reader->meta, key);

  return value != NULL && *value != '\0' ? value : NULL;
}

static guint
word_count (const char *s)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (!space && !in_word)
        n++;
      in_word = !space;
    }

  return n;
}

static gboolean
is_separator_at (const char *p,
                 gsize      *len,
                 gboolean   *hierarchical)
{
  static const char *const seps[] = { "|", "-", "\\", "/", ">", "»", "–", "—", "·", "•" };

  if (*p != ' ')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (seps); i++)
    {
      gsize n = strlen (seps[i]);

      if (strncmp (p + 1, seps[i], n) == 0 && p[1 + n] == ' ')
        {
          *len = n + 2;
          *hierarchical = i >= 2 && i <= 5;
          return TRUE;
        }
    }

  return FALSE;
}

/* Readability's reading of <title>: drop the site's name after (or
 * before) a separator, unless that leaves too little. */
static char *
title_from_head (Reader     *reader,
                 const char *orig)
{
  g_autofree char *cur = NULL;
  const char *last_sep = NULL, *first_sep_end = NULL;
  gboolean hierarchical = FALSE;
  gsize sep_len = 0;

  for (const char *p = orig; *p != '\0'; p++)
    {
      gsize n;
      gboolean h;

      if (is_separator_at (p, &n, &h))
        {
          last_sep = p;
          if (first_sep_end == NULL)
            first_sep_end = p + n;
          hierarchical = hierarchical || h;
          sep_len = n;
        }
    }
  (void) sep_len;

  if (last_sep != NULL)
    {
      cur = g_strndup (orig, last_sep - orig);
      if (word_count (cur) < 3)
        {
          g_free (cur);
          cur = g_strdup (first_sep_end);
        }
    }
  else if (strstr (orig, ": ") != NULL)
    {
      gboolean heading_is_title = FALSE;

      for (guint i = 0; i < reader->h1s->len && !heading_is_title; i++)
        heading_is_title = text_equal_title (reader, g_ptr_array_index (reader->h1s, i), orig);
      for (guint i = 0; i < reader->h2s->len && !heading_is_title; i++)
        heading_is_title = text_equal_title (reader, g_ptr_array_index (reader->h2s, i), orig);

      if (!heading_is_title)
        {
          g_autofree char *before = g_strndup (orig, strchr (orig, ':') - orig);

          cur = g_strdup (strrchr (orig, ':') + 1);
          if (word_count (cur) < 3)
            {
              g_free (cur);
              cur = g_strdup (strchr (orig, ':') + 1);
            }
          else if (word_count (before) > 5)
            {
              g_free (cur);
              cur = g_strdup (orig);
            }
        }
    }
  else if ((g_utf8_strlen (orig, -1) > 150 || g_utf8_strlen (orig, -1) < 15)
           && reader->h1s->len == 1)
    {
      cur = inner_text (reader, g_ptr_array_index (reader->h1s, 0));
    }

  if (cur == NULL)
    cur = g_strdup (orig);
  g_strstrip (cur);

  if (word_count (cur) <= 4)
    {
      /* Words of the whole title once separators are taken out. */
      GString *plain = g_string_new (NULL);
      guint plain_words;

      for (const char *p = orig; *p != '\0'; p++)
        if (strchr ("|-\\/>", *p) == NULL)
          g_string_append_c (plain, *p);
      plain_words = word_count (plain->str);
      g_string_free (plain, TRUE);
      if (!hierarchical || word_count (cur) != plain_words - 1)
        {
          g_free (cur);
          cur = g_strdup (orig);
        }
    }

  return g_steal_pointer (&cur);
}

/* How much of b's words a has, as Readability measures it: 1 minus the
 * share of b's text made of words a lacks. */
static double
similarity (const char *a,
            const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);
  g_auto(GStrv) wa = g_regex_split_simple ("\\W+", fa, 0, 0);
  g_auto(GStrv) wb = g_regex_split_simple ("\\W+", fb, 0, 0);
  gsize total = 0, missing = 0;

  for (guint i = 0; wb[i] != NULL; i++)
    {
      gboolean found = FALSE;

      if (wb[i][0] == '\0')
        continue;
      for (guint j = 0; wa[j] != NULL && !found; j++)
        found = strcmp (wa[j], wb[i]) == 0;
      total += strlen (wb[i]) + 1;
      if (!found)
        missing += strlen (wb[i]) + 1;
    }

  return total > 0 ? 1.0 - (double) missing / total : 0.0;
}

static gboolean
is_article_type (const LecternJsonNode *type)
{
  static const char *const types[] = {
    "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
    "AskPublicNewsArticle", "BackgroundNewsArticle", "BlogPosting", "DiscussionForumPosting",
    "LiveBlogPosting", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle",
    "Report", "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle",
    "SocialMediaPosting", "TechArticle",
  };

  if (type == NULL)
    return FALSE;
  if (type->type == LECTERN_JSON_ARRAY)
    {
      for (guint i = 0; i < lectern_json_array_length (type); i++)
        if (is_article_type (lectern_json_array_get (type, i)))
          return TRUE;
      return FALSE;
    }
  if (type->type != LECTERN_JSON_STRING)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (strcmp (type->string, types[i]) == 0)
      return TRUE;

  return FALSE;
}

static const LecternJsonNode *
find_article_object (const LecternJsonNode *node,
                     int                    depth)
{
  if (node == NULL || depth > 4)
    return NULL;

  if (node->type == LECTERN_JSON_ARRAY)
    {
      for (guint i = 0; i < lectern_json_array_length (node); i++)
        {
          const LecternJsonNode *found = find_article_object (lectern_json_array_get (node, i),
                                                              depth + 1);
          if (found != NULL)
            return found;
        }
      return NULL;
    }
  if (node->type != LECTERN_JSON_OBJECT)
    return NULL;
  if (is_article_type (lectern_json_object_get (node, "@type")))
    return node;

  return find_article_object (lectern_json_object_get (node, "@graph"), depth + 1);
}

static char *
json_names (const LecternJsonNode *node)
{
  if (node == NULL)
    return NULL;
  if (node->type == LECTERN_JSON_STRING)
    return clean_string (node->string);
  if (node->type == LECTERN_JSON_OBJECT)
    return clean_string (lectern_json_object_get_string (node, "name"));
  if (node->type == LECTERN_JSON_ARRAY)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < lectern_json_array_length (node); i++)
        {
          char *name = json_names (lectern_json_array_get (node, i));

          if (name != NULL)
            g_ptr_array_add (names, name);
        }
      if (names->len == 0)
        return NULL;
      g_ptr_array_add (names, NULL);
      return g_strjoinv (", ", (char **) names->pdata);
    }

  return NULL;
}

typedef struct
{
  char *title;
  char *byline;
  char *site_name;
  char *published;
  char *url;
} JsonLd;

static void
read_json_ld (Reader *reader,
              JsonLd *ld)
{
  for (guint i = 0; i < reader->ld_jsons->len; i++)
    {
      const char *source = g_ptr_array_index (reader->ld_jsons, i);
      g_autoptr(LecternJsonNode) root = NULL;
      g_autofree char *stripped = NULL;
      const LecternJsonNode *article;
      const char *name, *headline;

      /* Some pages wrap it in a CDATA section, commented out or not. */
      stripped = g_strstrip (g_strdup (source));
      {
        const char *start = stripped;
        gsize len;

        if (g_str_has_prefix (start, "//"))
          start += 2;
        if (g_str_has_prefix (start, "<![CDATA["))
          start += 9;
        memmove (stripped, start, strlen (start) + 1);
        g_strstrip (stripped);
        len = strlen (stripped);
        if (g_str_has_suffix (stripped, "]]>"))
          {
            len -= 3;
            if (len >= 2 && stripped[len - 1] == '/' && stripped[len - 2] == '/')
              len -= 2;
            stripped[len] = '\0';
          }
      }

      root = lectern_json_parse (stripped, -1, NULL);
      article = find_article_object (root, 0);
      if (article == NULL)
        continue;

      name = lectern_json_object_get_string (article, "name");
      headline = lectern_json_object_get_string (article, "headline");
      if (name != NULL && headline != NULL && strcmp (name, headline) != 0)
        {
          /* Some sites put their own name in "name": take the one that
           * matches <title>. */
          g_autofree char *head = clean_string (reader->title->str);
          g_autofree char *from_head = head != NULL ? title_from_head (reader, head) : NULL;

          if (from_head != NULL && similarity (from_head, headline) > 0.75
              && similarity (from_head, name) <= 0.75)
            ld->title = clean_string (headline);
          else
            ld->title = clean_string (name);
        }
      else
        {
          ld->title = clean_string (name != NULL ? name : headline);
        }
      ld->byline = json_names (lectern_json_object_get (article, "author"));
      ld->site_name = json_names (lectern_json_object_get (article, "publisher"));
      ld->published = clean_string (lectern_json_object_get_string (article, "datePublished"));
      ld->url = clean_string (lectern_json_object_get_string (article, "url"));
      return;
    }
}

static char *
first_of (char *owned,
          ...)
{
  va_list args;
  const char *value;

  if (owned != NULL && *owned != '\0')
    return owned;
  g_free (owned);

  va_start (args, owned);
  while ((value = va_arg (args, const char *)) != (const char *) 1)
    if (value != NULL && *value != '\0')
      {
        va_end (args);
        return clean_string (value);
      }
  va_end (args);

  return NULL;
}

#define END_OF_LIST ((const char *) 1)

static gboolean
is_url (const char *s)
{
  return s != NULL && (g_str_has_prefix (s, "http://") || g_str_has_prefix (s, "https://"));
}

static void
read_metadata (Reader         *reader,
               LecternArticle *article,
               const char     *content_byline)
{
  JsonLd ld = { NULL, };
  g_autofree char *head_title = clean_string (reader->title->str);
  const char *article_author = meta_get (reader, "article:author");
  char *value;

  read_json_ld (reader, &ld);

  value = first_of (g_steal_pointer (&ld.title), meta_get (reader, "dc:title"),
                    meta_get (reader, "dcterm:title"), meta_get (reader, "og:title"),
                    meta_get (reader, "weibo:article:title"),
                    meta_get (reader, "weibo:webpage:title"), meta_get (reader, "title"),
                    meta_get (reader, "twitter:title"), meta_get (reader, "parsely-title"),
                    END_OF_LIST);
  if (value == NULL && head_title != NULL)
    value = title_from_head (reader, head_title);
  article->title = value != NULL ? value : g_strdup ("");

  if (is_url (article_author))
    article_author = NULL;
  value = first_of (g_steal_pointer (&ld.byline), meta_get (reader, "dc:creator"),
                    meta_get (reader, "dcterm:creator"), meta_get (reader, "author"),
                    meta_get (reader, "parsely-author"), article_author, content_byline,
                    END_OF_LIST);
  article->byline = value != NULL ? value : g_strdup ("");

  value = first_of (g_steal_pointer (&ld.site_name), meta_get (reader, "og:site_name"),
                    END_OF_LIST);
  article->site_name = value != NULL ? value : g_strdup ("");

  value = first_of (g_steal_pointer (&ld.published), meta_get (reader, "article:published_time"),
                    meta_get (reader, "parsely-pub-date"),
                    meta_get (reader, "itemprop:datepublished"),
                    meta_get (reader, "dc:date"), meta_get (reader, "date"),
                    reader->time_datetime, END_OF_LIST);
  article->published = value != NULL ? value : g_strdup ("");

  value = first_of (NULL, reader->lang, meta_get (reader, "content-language"),
                    meta_get (reader, "og:locale"), END_OF_LIST);
  if (value != NULL)
    g_strdelimit (value, "_", '-');
  article->lang = value != NULL ? value : g_strdup ("");

  value = first_of (NULL, is_url (reader->canonical) ? reader->canonical : NULL,
                    is_url (meta_get (reader, "og:url")) ? meta_get (reader, "og:url") : NULL,
                    is_url (ld.url) ? ld.url : NULL, END_OF_LIST);
  article->url = value != NULL ? value : g_strdup ("");

  g_free (ld.title);
  g_free (ld.byline);
  g_free (ld.site_name);
  g_free (ld.published);
  g_free (ld.url);
}

/* Driver */

static void
reset (Reader *reader)
{
  Node *node;

  FOR_EACH_NODE (reader, node)
    {
      node->removed = FALSE;
      node->candidate = FALSE;
      node->selected = FALSE;
      node->score = 0;
    }
}

static void
emit_selected (Emit       *emit,
               const Node *node)
{
  if (node->selected)
    {
      emit_node (emit, node, FALSE);
      return;
    }
  for (const Node *child = node->first; child != NULL; child = child->next)
    if (!is_gone (child))
      emit_selected (emit, child);
}

/* One attempt at the article with the given flags: its text length. */
static guint32
extract (Reader     *reader,
         Flags       flags,
         const char *title,
         GString    *text,
         GArray     *blocks,
         char      **byline)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  Emit emit = { 0, };
  Node *top;

  reset (reader);
  compute_stats (reader, reader->body, FALSE);
  prune (reader, reader->body, flags, byline);
  compute_stats (reader, reader->body, FALSE);
  score_tree (reader->body, flags, candidates);

  top = choose_top (reader, candidates);
  if (top == NULL)
    return 0;
  select_article (reader, top);

  /* Clean inside what was selected only. */
  for (Node *n = top->parent != NULL ? top->parent->first : top; n != NULL; n = n->next)
    if (n->selected)
      {
        clean_conditionally (reader, n, flags);
        compute_stats (reader, n, FALSE);
      }
  if (top->tag == TAG_BODY)
    clean_conditionally (reader, top, flags);

  emit.reader = reader;
  emit.text = text;
  emit.blocks = blocks;
  emit.block = g_string_new (NULL);
  emit.kind = LECTERN_BLOCK_PARAGRAPH;
  emit.title = title;
  emit.drop_link_blocks = TRUE;
  emit_selected (&emit, reader->body);
  flush (&emit);
  g_string_free (emit.block, TRUE);

  return (guint32) emit.n_chars;
}


static LecternArticle *
html_read (const char *data,
           gsize       len,
           const char *charset,
           gboolean    whole)
{
  LecternArticle *article = g_new0 (LecternArticle, 1);
  g_autofree char *utf8 = NULL;
  g_autofree char *content_byline = NULL;
  const char *page;
  gsize page_len;
  htmlSAXHandler sax = { 0, };
  htmlParserCtxtPtr ctxt;
  Reader reader = { 0, };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (LecternBlock));
  static const Flags attempts[] = {
    FLAG_STRIP_UNLIKELY | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
    FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
    FLAG_CLEAN_CONDITIONALLY,
    0,
  };
  guint32 best_len = 0;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  utf8 = to_utf8 (data != NULL ? data : "", len, charset, &article->encoding);
  if (utf8 != NULL)
    {
      page = utf8;
      page_len = strlen (utf8);
    }
  else
    {
      page = data;
      page_len = len;
    }

  /* The text is never longer than the page: sized once, never moved (and
   * pages of it never written are never resident). */
  reader.buf = g_string_sized_new (page_len + 1);
  reader.chunks = g_ptr_array_new_with_free_func (g_free);
  reader.title = g_string_new (NULL);
  reader.ld_json = g_string_new (NULL);
  reader.ld_jsons = g_ptr_array_new_with_free_func (g_free);
  reader.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader.h1s = g_ptr_array_new ();
  reader.h2s = g_ptr_array_new ();
  reader.root = node_new (&reader, TAG_HTML);

  sax.startElement = on_start_element;
  sax.endElement = on_end_element;
  sax.characters = on_characters;
  sax.cdataBlock = on_characters;

  /* Fed in chunks, so libxml2 never holds a second copy of a big page. */
  ctxt = htmlCreatePushParserCtxt (&sax, &reader, NULL, 0, NULL, XML_CHAR_ENCODING_UTF8);
  if (ctxt != NULL)
    {
      gsize offset = 0;

      htmlCtxtUseOptions (ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC);
      while (offset < page_len)
        {
          gsize n = MIN (PARSE_CHUNK, page_len - offset);

          /* Never split a UTF-8 sequence between two chunks. */
          while (offset + n < page_len && n > 1 && ((guchar) page[offset + n] & 0xc0) == 0x80)
            n--;
          htmlParseChunk (ctxt, page + offset, (int) n, 0);
          offset += n;
        }
      htmlParseChunk (ctxt, NULL, 0, 1);
      if (ctxt->myDoc != NULL)
        xmlFreeDoc (ctxt->myDoc);
      htmlFreeParserCtxt (ctxt);
    }
  g_clear_pointer (&utf8, g_free);

  if (reader.body == NULL)
    {
      reader.body = node_new (&reader, TAG_BODY);
      append_child (reader.root, reader.body);
    }

  /* The title first: the article drops a heading that repeats it. */
  read_metadata (&reader, article, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (attempts) && !whole; i++)
    {
      g_autoptr(GString) attempt_text = g_string_new (NULL);
      g_autoptr(GArray) attempt_blocks = g_array_new (FALSE, FALSE, sizeof (LecternBlock));
      g_autofree char *byline = NULL;
      guint32 n = extract (&reader, attempts[i], article->title, attempt_text, attempt_blocks,
                           &byline);

      /* A looser attempt must find clearly more to win: what it adds back
       * is what the stricter one dropped as comments or menus. */
      if (n > best_len + best_len / 4 + 1)
        {
          best_len = n;
          /* Swapped, not copied: a big page's text is big. */
          g_string_free (text, TRUE);
          text = g_steal_pointer (&attempt_text);
          g_array_set_size (blocks, 0);
          g_array_append_vals (blocks, attempt_blocks->data, attempt_blocks->len);
          g_free (content_byline);
          content_byline = g_steal_pointer (&byline);
        }
      /* Readability's rule: 500 characters is an article. */
      if (n >= 500)
        break;
    }

  article->found = whole || best_len >= 140;
  if (whole || best_len < 140)
    {
      /* No article: the whole text of the page, so nothing is lost. */
      Emit emit = { 0, };
      Node *node;

      FOR_EACH_NODE (&reader, node)
        {
          node->removed = FALSE;
          node->selected = FALSE;
        }
      g_string_truncate (text, 0);
      g_array_set_size (blocks, 0);
      emit.reader = &reader;
      emit.text = text;
      emit.blocks = blocks;
      emit.block = g_string_new (NULL);
      emit.kind = LECTERN_BLOCK_PARAGRAPH;
      emit_node (&emit, reader.body, FALSE);
      flush (&emit);
      g_string_free (emit.block, TRUE);
    }

  if (article->byline[0] == '\0' && content_byline != NULL)
    {
      g_free (article->byline);
      article->byline = clean_string (content_byline);
      if (article->byline == NULL)
        article->byline = g_strdup ("");
    }

  article->text = g_string_free (g_steal_pointer (&text), FALSE);
  article->blocks = g_steal_pointer (&blocks);

  {
    Node *node;

    FOR_EACH_NODE (&reader, node)
      g_free (node->names);
  }
  g_ptr_array_unref (reader.chunks);
  g_string_free (reader.buf, TRUE);
  g_string_free (reader.title, TRUE);
  g_string_free (reader.ld_json, TRUE);
  g_ptr_array_unref (reader.ld_jsons);
  g_hash_table_unref (reader.meta);
  g_ptr_array_unref (reader.h1s);
  g_ptr_array_unref (reader.h2s);
  g_free (reader.lang);
  g_free (reader.canonical);
  g_free (reader.time_datetime);

  return article;
}


LecternArticle *
lectern_html_read (const char *data,
                   gsize       len,
                   const char *charset)
{
  return html_read (data, len, charset, FALSE);
}

LecternArticle *
lectern_html_read_whole (const char *data,
                         gsize       len,
                         const char *charset)
{
  return html_read (data, len, charset, TRUE);
}

