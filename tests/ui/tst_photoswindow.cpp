// Photos in the window (issue 14): a photo inserted from a file is asked for its caption,
// credit and alt text, shows in the body, moves and goes with undo; a lead photo stands in its
// well above the headline; a picture pasted and a copy of a photo pasted elsewhere arrive as
// photos; a click on a photo opens its words; all of it is saved with the article and its
// revision; the checks list what a photo lacks. Screenshots of the editor and the preview.
#include "app/articles/editsession.h"
#include "app/articles/photoservice.h"
#include "app/body/photos.h"
#include "tests/support/photofixtures.h"
#include "tests/ui/windowtest.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/issuespanel.h"
#include "ui/photodesk.h"
#include "ui/photodialog.h"
#include "ui/previewdialog.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace copydesk;
using namespace copydesk::testing;

class TestPhotosWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void aPhotoIsInsertedCaptionedMovedAndRemovedWithUndo();
    void theLeadPhotoStandsAboveTheHeadline();
    void aPastedPictureAndACopiedPhotoArriveAsPhotos();
    void aClickOnAPhotoOpensItsWords();
    void theChecksListWhatAPhotoLacks();
    void photosAreAutosavedAndRecovered();

private:
    qint64 story();
    QString file(const QString &name, const QByteArray &bytes) const;
    // Fills the dialogs the desk opens with these words.
    void answerDialogs(const QString &caption, const QString &credit, const QString &alt);
    QString body() const { return m_window->editor()->article().body; }
    QList<app::Photo> photosInBody() const
    {
        return app::photos::inDocument(m_window->editor()->body()->document());
    }
    void screenshot(QWidget *widget, const QString &name) const;

    std::unique_ptr<test::WindowTest> m_test;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_dialogs = 0;
};

void TestPhotosWindow::init()
{
    m_test = std::make_unique<test::WindowTest>();
    QVERIFY(m_test->isValid());
    m_window = m_test->openWindow(m_test->filePath(QStringLiteral("newsroom.sqlite")));
    QVERIFY(m_window);
    m_window->resize(1300, 900);
    m_dialogs = 0;
}

void TestPhotosWindow::cleanup()
{
    if (m_window)
        m_window->editor()->setModified(false);
    m_window.reset();
    m_test.reset();
}

qint64 TestPhotosWindow::story()
{
    db::Article article;
    article.headline = QStringLiteral("Flood defences hold on Mill Lane");
    article.standfirst = QStringLiteral("Volunteers filled sandbags through the night.");
    article.section = QStringLiteral("News");
    article.body = QStringLiteral("The river rose a metre overnight.\n\n"
                                  "“We were ready,” said the warden, Ann Lee.\n\n"
                                  "The road will reopen on Monday.\n");
    const auto created = m_window->newsroom().archive().createArticle(article, m_window->actor());
    return created ? created->id : 0;
}

QString TestPhotosWindow::file(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_test->filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestPhotosWindow::answerDialogs(const QString &caption, const QString &credit,
                                     const QString &alt)
{
    m_window->photos()->runDialog = [=](ui::PhotoDialog &dialog) {
        ++m_dialogs;
        dialog.captionField()->setText(caption);
        dialog.creditField()->setText(credit);
        dialog.altField()->setText(alt);
        return true;
    };
}

void TestPhotosWindow::screenshot(QWidget *widget, const QString &name) const
{
    const QString dir = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->show();
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestPhotosWindow::aPhotoIsInsertedCaptionedMovedAndRemovedWithUndo()
{
    const qint64 id = story();
    QVERIFY(m_window->openArticle(id));
    ui::BodyEdit *edit = m_window->editor()->body();
    QTextDocument *document = edit->document();
    const QString photoFile
        = file(QStringLiteral("sandbags.jpg"), encoded(drawnPhoto(1600, 1000), "JPG"));
    m_window->photos()->chooseFiles = [photoFile](bool) {
        return QStringList { photoFile };
    };
    answerDialogs(QStringLiteral("Sandbags on Mill Lane"), QStringLiteral("Photo: Ji-woo Park"),
                  QStringLiteral("A wall of sandbags beside the river"));

    // After the first paragraph, through Insert ▸ Photo.
    QTextCursor cursor(document->findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    edit->setTextCursor(cursor);
    QVERIFY(m_window->photos()->insertFromFiles());
    QCOMPARE(m_dialogs, 1);
    QCOMPARE(photosInBody().size(), 1);
    QCOMPARE(photosInBody().first().caption, QStringLiteral("Sandbags on Mill Lane"));
    QVERIFY(m_window->editor()->isModified());
    QVERIFY2(body().contains(QStringLiteral("The river rose a metre overnight.\n\n![A wall of "
                                            "sandbags beside the river](media:")),
             qPrintable(body()));
    // It takes room in the body: the picture at the column's width, its caption under it.
    const int photoAt = app::photos::positionsIn(document).first();
    const QRectF box = document->documentLayout()->blockBoundingRect(document->findBlock(photoAt));
    QVERIFY2(box.height() > 150, qPrintable(QString::number(box.height())));

    // Moved down past the quotation, and back with undo.
    QVERIFY(m_window->photos()->moveAt(photoAt, 1));
    QCOMPARE(document->findBlock(app::photos::positionsIn(document).first()).blockNumber(), 2);
    QVERIFY(document->findBlockByNumber(1).text().startsWith(QStringLiteral("“We were ready")));
    document->undo();
    QCOMPARE(document->findBlock(app::photos::positionsIn(document).first()).blockNumber(), 1);
    screenshot(m_window.get(), QStringLiteral("photos-editor-body-photo"));

    // Removed, and back with undo.
    QVERIFY(m_window->photos()->removeAt(app::photos::positionsIn(document).first()));
    QVERIFY(photosInBody().isEmpty());
    QCOMPARE(body(),
             QStringLiteral("The river rose a metre overnight.\n\n"
                            "“We were ready,” said the warden, Ann Lee.\n\n"
                            "The road will reopen on Monday.\n"));
    document->undo();
    QCOMPARE(photosInBody().size(), 1);

    // Saved with the article: a new version whose revision has the photo.
    QVERIFY(m_window->save());
    const db::Article stored = m_window->newsroom().archive().article(id).value();
    QCOMPARE(app::photos::inBody(stored.body).size(), 1);
    QCOMPARE(stored.bodyImages.size(), 1);
    QCOMPARE(app::photos::inBody(m_window->newsroom().archive().revision(id, stored.version)->body)
                 .first()
                 .credit,
             QStringLiteral("Photo: Ji-woo Park"));
}

void TestPhotosWindow::theLeadPhotoStandsAboveTheHeadline()
{
    const qint64 id = story();
    QVERIFY(m_window->openArticle(id));
    ui::PhotoDesk *desk = m_window->photos();
    QVERIFY(!desk->leadPicture()->isVisibleTo(m_window.get()));
    const QString leadFile
        = file(QStringLiteral("lead.jpg"),
               jpegWithExif(drawnPhoto(2000, 1200), "2026:11:02 21:00:00", true));
    QStringList notes;
    connect(desk, &ui::PhotoDesk::noted, this, [&notes](const QString &n) { notes << n; });
    answerDialogs(QStringLiteral("The river at dusk"), QStringLiteral("Photo: Amira Khan"),
                  QStringLiteral("The swollen river under a grey sky"));
    QCOMPARE(desk->addFiles({ leadFile }, true), 1);
    // It records where it was taken: said, and kept out of the site.
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(QStringLiteral("GPS")));
    QVERIFY(desk->leadPicture()->isVisibleTo(m_window.get()));
    QVERIFY(!desk->leadPicture()->pixmap().isNull());
    QCOMPARE(desk->leadCaption()->text(), QStringLiteral("The river at dusk  Photo: Amira Khan"));
    QVERIFY(desk->leadWell()->geometry().bottom()
            <= m_window->editor()->headline()->geometry().top());
    QVERIFY(body().startsWith(QStringLiteral("![The swollen river under a grey sky](media:")));
    QVERIFY(m_window->editor()->isModified());

    // Undone and redone like any edit.
    QTextDocument *document = m_window->editor()->body()->document();
    document->undo();
    QVERIFY(!app::photos::lead(document));
    QVERIFY(!m_window->editor()->isModified()); // back as it was saved
    QVERIFY(desk->leadCaption()->text().startsWith(QStringLiteral("No lead photo")));
    document->redo();
    QVERIFY(app::photos::lead(document));

    // A body photo too, for the screenshots of the editor and the preview.
    const QString bodyFile = file(QStringLiteral("volunteers.png"),
                                  encoded(drawnPhoto(900, 600, Qt::darkGreen, Qt::yellow), "PNG"));
    answerDialogs(QStringLiteral("Volunteers filled 4,000 sandbags"),
                  QStringLiteral("Photo: Ji-woo Park"),
                  QStringLiteral("Volunteers pass sandbags hand to hand"));
    QTextCursor cursor(document->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    m_window->editor()->body()->setTextCursor(cursor);
    QCOMPARE(desk->addFiles({ bodyFile }), 1);
    QVERIFY(m_window->save());
    const db::Article stored = m_window->newsroom().archive().article(id).value();
    QVERIFY(!stored.leadImage.isEmpty());
    QCOMPARE(stored.bodyImages.size(), 1);
    screenshot(m_window.get(), QStringLiteral("photos-editor-lead-and-body"));

    // The preview shows both, from the renditions written beside it.
    const auto html = m_window->previewHtml();
    QVERIFY2(html.ok(), qPrintable(html.errorString()));
    QVERIFY(html->contains(QStringLiteral("<figure class=\"photo lead-photo\">")));
    QVERIFY(QFile::exists(QDir(ui::PreviewDialog::previewFolder())
                              .filePath(QStringLiteral("media/%1-320.jpg").arg(stored.leadImage))));
    ui::PreviewDialog preview(stored.headline, *html, m_window.get());
    preview.resize(1120, 1500); // the 1,024-pixel picture at its width
    preview.show();
    QCoreApplication::processEvents();
    screenshot(&preview, QStringLiteral("photos-preview"));
}

void TestPhotosWindow::aPastedPictureAndACopiedPhotoArriveAsPhotos()
{
    const qint64 id = story();
    QVERIFY(m_window->openArticle(id));
    ui::BodyEdit *edit = m_window->editor()->body();
    QTextDocument *document = edit->document();
    answerDialogs(QStringLiteral("Pasted"), QStringLiteral("Photo: PA"), QStringLiteral("A map"));

    // A picture on the clipboard (a screenshot, an image copied in a browser).
    auto *picture = new QMimeData;
    picture->setImageData(drawnPhoto(640, 400));
    QApplication::clipboard()->setMimeData(picture);
    QTextCursor end(document);
    end.movePosition(QTextCursor::End);
    edit->setTextCursor(end);
    edit->paste();
    QCOMPARE(m_dialogs, 0); // asked once the paste has returned
    QCoreApplication::processEvents();
    QCOMPARE(photosInBody().size(), 1);
    QCOMPARE(photosInBody().first().alt, QStringLiteral("A map"));

    // Cut from the end and pasted at the top: the same photo, caption and all.
    const int at = app::photos::positionsIn(document).first();
    QTextCursor select(document);
    select.setPosition(at);
    select.setPosition(at + 1, QTextCursor::KeepAnchor);
    edit->setTextCursor(select);
    edit->cut();
    QVERIFY(photosInBody().isEmpty());
    QTextCursor top(document);
    edit->setTextCursor(top);
    edit->paste();
    QCOMPARE(photosInBody().size(), 1);
    QCOMPARE(photosInBody().first().caption, QStringLiteral("Pasted"));
    QCOMPARE(document->findBlock(app::photos::positionsIn(document).first()).blockNumber(), 0);

    // An image file dropped or pasted as a file goes through the same checks: a text file
    // named .jpg is refused, said so, and nothing changes.
    QStringList errors;
    connect(m_window->photos(), &ui::PhotoDesk::failed, this,
            [&errors](const QString &, const QString &message) { errors << message; });
    const QString fake = file(QStringLiteral("notes.jpg"), "Meeting notes\n");
    auto *files = new QMimeData;
    files->setUrls({ QUrl::fromLocalFile(fake) });
    QApplication::clipboard()->setMimeData(files);
    const QString before = body();
    bool told = false;
    test::answerNextDialog<QMessageBox>(
        this, [](QMessageBox *box) { box->accept(); }, &told);
    edit->paste();
    QCoreApplication::processEvents(); // asked once the paste has returned
    QCOMPARE(body(), before);
    QVERIFY(told); // the window says why
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("not an image")), qPrintable(errors.first()));
}

void TestPhotosWindow::aClickOnAPhotoOpensItsWords()
{
    const qint64 id = story();
    QVERIFY(m_window->openArticle(id));
    ui::BodyEdit *edit = m_window->editor()->body();
    QTextDocument *document = edit->document();
    const QString photoFile = file(QStringLiteral("p.jpg"), encoded(drawnPhoto(1400, 900), "JPG"));
    answerDialogs(QStringLiteral("First words"), QString(), QStringLiteral("Alt"));
    QTextCursor start(document);
    edit->setTextCursor(start);
    QCOMPARE(m_window->photos()->addFiles({ photoFile }), 1);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    edit->verticalScrollBar()->setValue(0);

    // A click in the middle of the picture.
    answerDialogs(QStringLiteral("Better words"), QStringLiteral("Photo: Ann Lee"),
                  QStringLiteral("Alt"));
    const int at = app::photos::positionsIn(document).first();
    const QRectF box = document->documentLayout()->blockBoundingRect(document->findBlock(at));
    const QPoint middle = box.center().toPoint()
        - QPoint(edit->horizontalScrollBar()->value(), edit->verticalScrollBar()->value());
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, middle);
    QCOMPARE(m_dialogs, 2);
    QCOMPARE(photosInBody().first().caption, QStringLiteral("Better words"));
    QCOMPARE(photosInBody().first().credit, QStringLiteral("Photo: Ann Lee"));
    // One step back gives the first words again.
    document->undo();
    QCOMPARE(photosInBody().first().caption, QStringLiteral("First words"));
}

void TestPhotosWindow::theChecksListWhatAPhotoLacks()
{
    const qint64 id = story();
    QVERIFY(m_window->openArticle(id));
    const QString photoFile
        = file(QStringLiteral("small.jpg"), encoded(drawnPhoto(600, 400), "JPG"));
    answerDialogs(QStringLiteral("The libary"), QString(), QString());
    QCOMPARE(m_window->photos()->addFiles({ photoFile }), 1);
    m_window->checkNow();
    auto *tree = m_window->findChild<ui::IssuesPanel *>()->findChild<QTreeWidget *>();
    QVERIFY(tree);
    QStringList shown;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        shown << tree->topLevelItem(i)->text(1) + QStringLiteral(": ")
                + tree->topLevelItem(i)->text(3);
    const QString all = shown.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("no alt text")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("no credit")));
    QVERIFY(all.contains(QStringLiteral("600 pixels wide")));
    QVERIFY(all.contains(QStringLiteral("in the caption of photo 1")));
}

void TestPhotosWindow::photosAreAutosavedAndRecovered()
{
    const qint64 id = story();
    QVERIFY(m_window->openArticle(id));
    answerDialogs(QStringLiteral("The river"), QStringLiteral("Photo: PA"),
                  QStringLiteral("A river"));
    const QString leadFile
        = file(QStringLiteral("lead.jpg"), encoded(drawnPhoto(1400, 900), "JPG"));
    const QString bodyFile = file(QStringLiteral("body.png"), encoded(drawnPhoto(900, 600), "PNG"));
    QCOMPARE(m_window->photos()->addFiles({ leadFile }, true), 1);
    QCOMPARE(m_window->photos()->addFiles({ bodyFile }), 1);
    const QString edited = body();
    QVERIFY(m_window->autosaveNow());

    // The window closes without saving (as in a crash); the next finds the photos with the text.
    m_window->editor()->setModified(false);
    m_window.reset();
    m_window = m_test->openWindow(m_test->filePath(QStringLiteral("newsroom.sqlite")));
    QVERIFY(m_window);
    const auto slots = m_window->recoverable();
    QCOMPARE(slots.size(), 1);
    QCOMPARE(slots.first().body, edited);
    QVERIFY(m_window->recover(slots.first().id));
    QCOMPARE(body(), edited);
    QVERIFY(app::photos::lead(m_window->editor()->body()->document()));
    QCOMPARE(m_window->photos()->leadCaption()->text(), QStringLiteral("The river  Photo: PA"));
    QCOMPARE(photosInBody().size(), 1);
}

QTEST_MAIN(TestPhotosWindow)
#include "tst_photoswindow.moc"
