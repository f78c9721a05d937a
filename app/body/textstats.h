#pragma once

#include <QString>

namespace copydesk::app {

// Counting and naming text the way a newsroom does.
namespace textstats {

// Words in a plain text: runs of letters and digits, with inner apostrophes (’ or ') and hyphens
// keeping a word whole ("minister’s", "well-known").
int wordCount(const QString &plainText);

// Words in a CommonMark body, its markup not counted.
int bodyWordCount(const QString &markdown);

// Minutes to read at 230 words a minute, at least 1 for any text.
int readingMinutes(int words);

// An article's length against the length commissioned: more than this far over or under (in per
// cent) asks before it is submitted.
constexpr int LengthTolerancePercent = 10;
// How far the words are from the commissioned length, in per cent (negative: under); 0 when no
// length was commissioned.
int lengthOffPercent(int words, int commissioned);
// "540 / 600", or "540" when no length was commissioned (numbers in the locale's form).
QString wordsAgainst(int words, int commissioned);

// A readable ASCII slug for URLs: accents dropped, lower case, words joined by '-', at most
// 80 characters; "article" when nothing Latin is left.
QString slugify(const QString &text);

// A readable slug for names of any script, for file names and URLs: Latin letters as slugify
// gives them (and ø, ł, æ … spelt in Latin too), Greek and Cyrillic transliterated, the letters
// of other scripts kept as they are (lower case, NFC, with their combining marks), anything else
// a '-' between words. At most 80 characters and 200 bytes of UTF-8, so "NAME-suffix.html" stays
// a valid file name everywhere. Empty when nothing readable is left ("..", "/", "🙂").
QString readableSlug(const QString &text);

} // namespace textstats
} // namespace copydesk::app
