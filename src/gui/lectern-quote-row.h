/* lectern-quote-row.h: one quotation, or a speaker's heading, in the
 * Quotes page of the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-quotes.h"

G_BEGIN_DECLS

/* An item of the Quotes page's model: a quotation of the story, or the
 * heading of a speaker's group when it has no quotation. It keeps the
 * story's entities alive, which the row's correction menu lists. */
/* (nullable): who `quote` is from, as the page and a highlight show it:
 * the entity, else the story's description of the source ("un
 * porte-parole"); a lone pronoun the finder could not resolve names
 * nobody. */
const char       *lectern_quote_get_display_speaker (const LecternQuote *quote);

#define LECTERN_TYPE_QUOTE_ITEM (lectern_quote_item_get_type ())
G_DECLARE_FINAL_TYPE (LecternQuoteItem, lectern_quote_item, LECTERN, QUOTE_ITEM, GObject)

/* `text`: the quotation's words; `entities` (nullable) the story's. */
LecternQuoteItem *lectern_quote_item_new          (const LecternQuote *quote,
                                                   const char         *text,
                                                   GPtrArray          *entities) G_GNUC_WARN_UNUSED_RESULT;
/* `speaker` (nullable): NULL for the group of quotations from nobody named. */
LecternQuoteItem *lectern_quote_item_new_heading  (const char         *title,
                                                   const char         *speaker,
                                                   guint               count) G_GNUC_WARN_UNUSED_RESULT;
gboolean          lectern_quote_item_is_heading   (LecternQuoteItem   *self);
const char       *lectern_quote_item_get_title    (LecternQuoteItem   *self);
/* (nullable): who the quotation (or the group) is from, as shown. */
const char       *lectern_quote_item_get_speaker  (LecternQuoteItem   *self);
guint             lectern_quote_item_get_count    (LecternQuoteItem   *self);
gint64            lectern_quote_item_get_start    (LecternQuoteItem   *self);
gint64            lectern_quote_item_get_end      (LecternQuoteItem   *self);

#define LECTERN_TYPE_QUOTE_ROW (lectern_quote_row_get_type ())
G_DECLARE_FINAL_TYPE (LecternQuoteRow, lectern_quote_row, LECTERN, QUOTE_ROW, GtkWidget)

GtkWidget        *lectern_quote_row_new           (void);
/* (nullable): the item shown; rows are reused for other items. */
void              lectern_quote_row_set_item      (LecternQuoteRow    *self,
                                                   LecternQuoteItem   *item);
/* Opens the row's correction menu, as its ⋮ button does. */
void              lectern_quote_row_popup_menu    (LecternQuoteRow    *self);

G_END_DECLS
