// A helper for tst_safety: saves one article in a loop and prints each version only after its
// commit returned, until it is killed.
//   savechild STORE ARTICLE USERNAME     (password from COPYDESK_PASSWORD)

#include "app/newsroom.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: savechild STORE ARTICLE USERNAME\n");
        return 1;
    }
    copydesk::app::Newsroom newsroom;
    if (auto r = newsroom.open(QString::fromLocal8Bit(argv[1]),
                               copydesk::app::Newsroom::OpenMode::MustExist);
        !r) {
        std::fprintf(stderr, "savechild: %s\n", qPrintable(r.errorString()));
        return 2;
    }
    const auto actor = newsroom.staff().signIn(QString::fromLocal8Bit(argv[3]),
                                               qEnvironmentVariable("COPYDESK_PASSWORD"));
    if (!actor) {
        std::fprintf(stderr, "savechild: %s\n", qPrintable(actor.errorString()));
        return 2;
    }
    const qint64 id = QByteArray(argv[2]).toLongLong();
    for (int i = 0;; ++i) {
        auto article = newsroom.archive().article(id);
        if (!article && article.error().kind == copydesk::Error::Kind::Unreachable) {
            // A newsroom server that went away: try again until it is back.
            std::fprintf(stderr, "savechild: %s\n", qPrintable(article.errorString()));
            QThread::msleep(100);
            (void)newsroom.reconnect();
            continue;
        }
        if (!article) {
            std::fprintf(stderr, "savechild: %s\n", qPrintable(article.errorString()));
            return 2;
        }
        copydesk::db::Article changed = *article;
        changed.body
            = QStringLiteral("Paragraph written at version %1.\n\n").arg(article->version + 1)
            + QStringLiteral("The council met again. ").repeated(1 + i % 40) + QLatin1Char('\n');
        const auto version = newsroom.archive().saveArticle(changed, article->version, *actor);
        if (!version) {
            std::fprintf(stderr, "savechild: %s\n", qPrintable(version.errorString()));
            if (version.error().kind == copydesk::Error::Kind::Unreachable) {
                QThread::msleep(100);
                (void)newsroom.reconnect();
            }
            continue; // busy, or the server away: try again
        }
        std::printf("saved %d\n", *version);
        std::fflush(stdout);
    }
}
