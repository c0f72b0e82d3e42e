/* lectern-quotes-page.h: the Quotes page of the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lectern-quotes.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_QUOTES_PAGE (lectern_quotes_page_get_type ())
G_DECLARE_FINAL_TYPE (LecternQuotesPage, lectern_quotes_page, LECTERN, QUOTES_PAGE, GtkWidget)

GtkWidget         *lectern_quotes_page_new                (void);
/* Shows the spinner with `text` until lectern_quotes_page_set_quotes(). */
void               lectern_quotes_page_set_progress       (LecternQuotesPage *self,
                                                           const char        *text);
/* `quotes` (element-type LecternQuote) (nullable) of `text`, grouped by
 * speaker, the largest groups first and quotations from nobody named
 * last. `entities` (element-type LecternEntity) (nullable) are the
 * speakers a correction can choose. Nothing is kept but what rows show. */
void               lectern_quotes_page_set_quotes         (LecternQuotesPage *self,
                                                           const char        *text,
                                                           GPtrArray         *quotes,
                                                           GPtrArray         *entities);
/* The two halves of lectern_quotes_page_set_quotes(): the rows of every
 * group (element-type LecternQuoteItem) (transfer full), which costs
 * O(text + n log n) and may be made on any thread, then shown. */
GPtrArray         *lectern_quotes_page_group              (const char        *text,
                                                           GPtrArray         *quotes,
                                                           GPtrArray         *entities) G_GNUC_WARN_UNUSED_RESULT;
void               lectern_quotes_page_set_items          (LecternQuotesPage *self,
                                                           GPtrArray         *items);
/* Shows no list but `title` and `body` (why there is none). */
/* Shows only the quotations of `speaker` (NULL: all of them). */
void               lectern_quotes_page_set_speaker_filter (LecternQuotesPage *self,
                                                           const char        *speaker);
const char        *lectern_quotes_page_get_speaker_filter (LecternQuotesPage *self);
/* The rows (LecternQuoteItem, headings included) and their selection;
 * selecting a quotation emits "quote-activated" with its span. The model
 * is filled while the page is shown (mapped), and empty while hidden. */
GtkSelectionModel *lectern_quotes_page_get_selection      (LecternQuotesPage *self);
/* The number of quotations shown (filtered or not), for the page's badge. */
guint              lectern_quotes_page_get_n_quotes       (LecternQuotesPage *self);

/* The quotes.* actions its rows use (highlight, speaker, not, each with
 * the quotation's span): empty until the window adds what they do. */
GActionMap         *lectern_quotes_page_get_actions (LecternQuotesPage *self);

G_END_DECLS
