// Benchmark: checking news copy against Hunspell's own spell() on the same words, in the same
// run. Prints ratios; nothing here asserts on time.

#include "app/spelling/checker.h"
#include "app/spelling/dictionaries.h"
#include "app/spelling/speller.h"
#include "app/spelling/tokenizer.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>
#include <hunspell/hunspell.hxx>

using namespace copydesk;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const auto files = app::Dictionaries::find(QStringLiteral("en_GB"));
    if (!files) {
        std::fprintf(stderr, "bench_spelling: no en_GB dictionary\n");
        return 1;
    }
    // 400 paragraphs of news copy, 20,000 words or so.
    const QString paragraph = QStringLiteral(
        "‘I will not resign,’ the minister told reporters on Tuesday, as councillors argued about "
        "the budget for the third time this year. The council’s decision was delayed again; "
        "residents in Eastgate said they were ‘relieved’ but wanted answers about the bus "
        "station.");
    QList<app::CheckLine> lines;
    for (int i = 0; i < 400; ++i)
        lines.append({ paragraph + QStringLiteral(" Paragraph %1.").arg(i), {} });
    QStringList words;
    for (const app::CheckLine &line : lines)
        for (const app::Token &t : app::Tokenizer::tokenize(line.text))
            if (t.kind == app::Token::Kind::Word)
                words << t.text;

    // Raw Hunspell: every word through spell(), no cache.
    Hunspell raw(files->affPath.toLocal8Bit().constData(),
                 files->dicPath.toLocal8Bit().constData());
    QElapsedTimer timer;
    timer.start();
    int misspelt = 0;
    for (const QString &w : std::as_const(words))
        misspelt += raw.spell(w.toStdString()) ? 0 : 1;
    const qint64 rawNs = timer.nsecsElapsed();

    // Copydesk: tokenizing, spelling with the per-word cache and the per-line style checks.
    const auto speller = app::Speller::load(*files);
    app::Checker checker(*speller);
    timer.restart();
    int issues = 0;
    for (int i = 0; i < lines.size(); ++i)
        issues += int(checker.checkLine(lines[i], i + 1).size());
    const qint64 oursNs = timer.nsecsElapsed();

    // One paragraph, as the editor checks it after a keystroke.
    timer.restart();
    for (int i = 0; i < 100; ++i)
        (void)checker.checkLine(lines[i], i + 1);
    const qint64 perParagraphNs = timer.nsecsElapsed() / 100;

    std::printf(
        "bench: %d words: copydesk check %.2f ms, raw Hunspell spell() %.2f ms, ratio %.2f\n",
        int(words.size()), oursNs / 1e6, rawNs / 1e6, double(oursNs) / double(rawNs));
    std::printf(
        "bench: one paragraph after a keystroke: %.3f ms (%d issues, %d raw misspellings)\n",
        perParagraphNs / 1e6, issues, misspelt);
    std::printf("bench: one suggest() for comparison: ");
    timer.restart();
    const QStringList suggestions = checker.suggest(QStringLiteral("Edinbrugh"));
    std::printf("%.2f ms\n", timer.nsecsElapsed() / 1e6);
    // A benchmark that did not do its work measured nothing: every word went through both, and
    // the misspelling is put right among the first suggestions (the exact list, and which words
    // this dictionary knows, are its own).
    if (words.size() < 10000 || !suggestions.mid(0, 3).contains(QStringLiteral("Edinburgh"))) {
        std::fprintf(stderr, "bench_spelling: %d words, suggestions %s\n", int(words.size()),
                     qPrintable(suggestions.join(QStringLiteral(", "))));
        return 1;
    }
    return 0;
}
