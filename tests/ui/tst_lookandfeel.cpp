// How the window looks and whom it serves (issue 18): icons from the theme or bundled, in the
// palette's colours; the toolbar's groups and the stressed workflow step; light and dark with
// readable contrast; Preview in the browser; every control named and reachable by keyboard,
// checked through Qt's accessibility interfaces; and the German translation, complete.

#include "app/articles/editsession.h"
#include "app/storecontext.h"
#include "tests/ui/windowtest.h"
#include "ui/appearance.h"
#include "ui/articleeditor.h"
#include "ui/articlelistpanel.h"
#include "ui/bodyedit.h"
#include "ui/icons.h"
#include "ui/previewdialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace copydesk;

class TestLookAndFeel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void everyToolbarButtonHasAnIcon();
    void bundledIconsTakeThePalettesColour_data();
    void bundledIconsTakeThePalettesColour();
    void toolbarIsGroupedAndStressesTheNextStep_data();
    void toolbarIsGroupedAndStressesTheNextStep();
    void palettesKeepTextReadable_data();
    void palettesKeepTextReadable();
    void appearanceIsChosenAndKept();
    void previewOpensInTheBrowser();
    void everyControlHasAnAccessibleName();
    void tabVisitsTheWindowInASensibleOrder();
    void windowWorksAtEverySize_data();
    void windowWorksAtEverySize();
    void germanTranslationIsComplete();
    void germanWindowKeepsItsAccessKeysApart();

public Q_SLOTS:
    void openedUrl(const QUrl &url) { m_opened << url; }

private:
    qint64 storedArticle(const QString &headline, Status status);
    QList<QWidget *> focusableControls() const;

    std::unique_ptr<test::WindowTest> m_test;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<QUrl> m_opened;
};

void TestLookAndFeel::init()
{
    m_test = std::make_unique<test::WindowTest>();
    QVERIFY(m_test->isValid());
    m_window = m_test->openWindow(m_test->filePath(QStringLiteral("newsroom.sqlite")));
    QVERIFY(m_window);
    m_window->resize(1100, 760);
}

void TestLookAndFeel::cleanup()
{
    if (m_window)
        m_window->editor()->setModified(false);
    m_window.reset();
    m_test.reset();
    ui::Appearance::apply(ui::Appearance::Mode::System);
}

qint64 TestLookAndFeel::storedArticle(const QString &headline, Status status)
{
    db::Article a;
    a.headline = headline;
    a.body = QStringLiteral("Text.\n");
    const auto created = m_window->newsroom().archive().createArticle(a, m_window->actor());
    if (!created)
        return 0;
    if (status != Status::Draft
        && !app::contextOf(m_window->newsroom())
                .articles.setStatus(created->id, Status::Draft, status)
                .ok())
        return 0;
    return created->id;
}

void TestLookAndFeel::everyToolbarButtonHasAnIcon()
{
    QStringList bare;
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        for (QAction *action : bar->actions())
            if (!action->isSeparator() && action->icon().isNull())
                bare << action->text();
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QStringLiteral(", "))));
}

void TestLookAndFeel::bundledIconsTakeThePalettesColour_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files
        = QDir(QStringLiteral(":/icons/actions")).entryList({ QStringLiteral("*.svg") });
    QVERIFY(files.size() >= 20);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << QFileInfo(file).completeBaseName();
}

void TestLookAndFeel::bundledIconsTakeThePalettesColour()
{
    QFETCH(QString, name);
    // Without a desktop theme (Windows, macOS, a bare X server) the window's icon is the
    // bundled one, pixel for pixel.
    const QString theme = QIcon::themeName();
    QIcon::setThemeName(QString());
    const QImage shown = ui::Icons::get(name).pixmap(QSize(32, 32)).toImage();
    QIcon::setThemeName(theme);
    QVERIFY(!shown.isNull());
    QCOMPARE(shown, ui::Icons::bundled(name).pixmap(QSize(32, 32)).toImage());

    // Drawn dark on the light palette and light on the dark one: the darkest or lightest
    // opaque pixel says which.
    for (const bool dark : { false, true }) {
        ui::Appearance::apply(dark ? ui::Appearance::Mode::Dark : ui::Appearance::Mode::Light);
        const QImage image = ui::Icons::bundled(name).pixmap(QSize(32, 32)).toImage();
        int opaque = 0;
        int lightness = dark ? 0 : 255;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() < 200)
                    continue;
                ++opaque;
                lightness = dark ? qMax(lightness, c.lightness()) : qMin(lightness, c.lightness());
            }
        QVERIFY2(opaque > 20, qPrintable(QStringLiteral("%1 opaque pixels").arg(opaque)));
        if (dark)
            QVERIFY2(lightness > 180, qPrintable(QString::number(lightness)));
        else
            QVERIFY2(lightness < 80, qPrintable(QString::number(lightness)));
    }
}

void TestLookAndFeel::toolbarIsGroupedAndStressesTheNextStep_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("stressed"); // an app::Action, or -1 for none
    QTest::newRow("own draft: Submit for Review") << int(Status::Draft) << int(app::Action::Submit);
    QTest::newRow("approved: Publish") << int(Status::Approved) << int(app::Action::Publish);
    QTest::newRow("spiked: Restore") << int(Status::Spiked) << int(app::Action::Restore);
    // The writer may not approve their own article: nothing forward to stress.
    QTest::newRow("own article in review: none") << int(Status::InReview) << -1;
    QTest::newRow("published: none (Unpublish is not a step forward)")
        << int(Status::Published) << -1;
}

void TestLookAndFeel::toolbarIsGroupedAndStressesTheNextStep()
{
    QFETCH(int, status);
    QFETCH(int, stressed);
    QStringList bars;
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        bars << bar->objectName();
    bars.sort();
    QCOMPARE(bars,
             QStringList({ QStringLiteral("articleToolbar"), QStringLiteral("panelsToolbar"),
                           QStringLiteral("workflowToolbar") }));

    const qint64 id = storedArticle(QStringLiteral("Stressed step"), Status(status));
    QVERIFY(m_window->openArticle(id));
    QAction *expected = stressed < 0 ? nullptr : m_window->workflowAction(app::Action(stressed));
    QCOMPARE(m_window->primaryWorkflowAction(), expected);
    // Its button, and only its, is drawn as the primary one.
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("workflowToolbar"));
    int primaries = 0;
    for (QAction *action : bar->actions()) {
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
        QVERIFY(button);
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        const bool primary = button->property("primary").toBool();
        QCOMPARE(primary, action == expected);
        primaries += primary ? 1 : 0;
    }
    QCOMPARE(primaries, expected ? 1 : 0);
}

void TestLookAndFeel::palettesKeepTextReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("foreground");
    QTest::addColumn<int>("background");
    for (const bool dark : { false, true }) {
        const char *name = dark ? "dark" : "light";
        const std::tuple<const char *, QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            { "window text", QPalette::WindowText, QPalette::Window },
            { "text", QPalette::Text, QPalette::Base },
            { "alternate rows", QPalette::Text, QPalette::AlternateBase },
            { "buttons", QPalette::ButtonText, QPalette::Button },
            { "selection", QPalette::HighlightedText, QPalette::Highlight },
            { "placeholder and secondary text", QPalette::PlaceholderText, QPalette::Base },
            { "secondary text on the window", QPalette::PlaceholderText, QPalette::Window },
            { "links", QPalette::Link, QPalette::Base },
            { "tooltips", QPalette::ToolTipText, QPalette::ToolTipBase },
        };
        for (const auto &[what, fg, bg] : pairs)
            QTest::newRow(
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), QLatin1String(what))))
                << dark << int(fg) << int(bg);
    }
}

void TestLookAndFeel::palettesKeepTextReadable()
{
    QFETCH(bool, dark);
    QFETCH(int, foreground);
    QFETCH(int, background);
    const QPalette p = dark ? ui::Appearance::darkPalette() : ui::Appearance::lightPalette();
    const double ratio = ui::Appearance::contrast(p.color(QPalette::ColorRole(foreground)),
                                                  p.color(QPalette::ColorRole(background)));
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1:1").arg(ratio, 0, 'f', 2)));
}

void TestLookAndFeel::appearanceIsChosenAndKept()
{
    // View > Appearance: the choice applies at once and is kept for the next start.
    QAction *darkChoice = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->text() == QLatin1String("&Dark") && action->isCheckable())
            darkChoice = action;
    QVERIFY(darkChoice);
    darkChoice->trigger();
    QVERIFY(ui::Appearance::isDark());
    QCOMPARE(ui::Appearance::saved(), ui::Appearance::Mode::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    // The whole window follows, the list too (which keeps its own selection colours).
    QTRY_VERIFY(m_window->editor()->body()->palette().color(QPalette::Base).lightness() < 80);
    QTRY_VERIFY(m_window->articleView()->palette().color(QPalette::Base).lightness() < 80);
    // The open article is marked in the dark palette's colours while the editor has the focus.
    QTRY_COMPARE(m_window->articleView()->palette().color(QPalette::Inactive, QPalette::Highlight),
                 ui::Appearance::darkPalette().color(QPalette::Active, QPalette::Highlight));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    ui::Appearance::apply(ui::Appearance::Mode::Light);
    QVERIFY(!ui::Appearance::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QTRY_VERIFY(m_window->articleView()->palette().color(QPalette::Base).lightness() > 200);
    // Back to the system's own palette, the open article is still marked in its colours while
    // the editor has the focus.
    ui::Appearance::apply(ui::Appearance::Mode::System);
    QVERIFY(QApplication::palette().color(QPalette::Highlight)
            != ui::Appearance::darkPalette().color(QPalette::Highlight));
    QTableView *list = m_window->articleView();
    QTRY_COMPARE(list->palette().color(QPalette::Active, QPalette::Highlight),
                 QApplication::palette().color(QPalette::Active, QPalette::Highlight));
    QTRY_COMPARE(list->palette().color(QPalette::Inactive, QPalette::Highlight),
                 list->palette().color(QPalette::Active, QPalette::Highlight));
}

void TestLookAndFeel::previewOpensInTheBrowser()
{
    QVERIFY(m_window->newArticle());
    QTest::keyClicks(m_window->editor()->headline(), QStringLiteral("Previewed in a browser"));
    const auto html = m_window->session()->previewHtml();
    QVERIFY(html.ok());
    ui::PreviewDialog dialog(QStringLiteral("Previewed"), *html, m_window.get());
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openedUrl");
    const auto opened = dialog.openInBrowser();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    QCOMPARE(m_opened, QList<QUrl>({ QUrl::fromLocalFile(*opened) }));
    QFile page(*opened);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(page.readAll());
    QCOMPARE(written, *html);
    QVERIFY(written.contains(QStringLiteral("Previewed in a browser")));
    QVERIFY(written.contains(QStringLiteral("<style"))); // the site's style sheet, with it
    // In the window, the page is shown light whatever the appearance.
    ui::Appearance::apply(ui::Appearance::Mode::Dark);
    ui::PreviewDialog darkDialog(QStringLiteral("Previewed"), *html, m_window.get());
    QVERIFY(darkDialog.browser()->palette().color(QPalette::Base).lightness() > 200);
}

QList<QWidget *> TestLookAndFeel::focusableControls() const
{
    QList<QWidget *> controls;
    for (QWidget *w : m_window->findChildren<QWidget *>())
        // A combo box's or spin box's own line edit is a part of it: the box takes the focus
        // and the name.
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->inherits("QScrollBar") && !qobject_cast<QComboBox *>(w->parentWidget())
            && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            controls << w;
    return controls;
}

void TestLookAndFeel::everyControlHasAnAccessibleName()
{
    const qint64 id = storedArticle(QStringLiteral("Named controls"), Status::Draft);
    QVERIFY(m_window->openArticle(id));
    QStringList unnamed;
    const QList<QWidget *> controls = focusableControls();
    QVERIFY(controls.size() >= 10);
    for (QWidget *w : controls) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2, in %3)")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestLookAndFeel::tabVisitsTheWindowInASensibleOrder()
{
    const qint64 id = storedArticle(QStringLiteral("Tab order"), Status::Draft);
    m_window->setView(ui::ArticleListPanel::View::All);
    QVERIFY(m_window->openArticle(id));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->searchBox()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->searchBox()));
    QList<QWidget *> visited { QApplication::focusWidget() };
    for (int step = 0; step < 80; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == visited.first())
            break;
        visited << now;
    }
    ui::ArticleEditor *editor = m_window->editor();
    const QList<QWidget *> expected {
        m_window->searchBox(),  m_window->articleView(), editor->headline(),
        editor->standfirst(),   editor->section(),       editor->tags(),
        editor->bylineButton(), editor->body(),
    };
    qsizetype last = -1;
    for (QWidget *w : expected) {
        const qsizetype at = visited.indexOf(w);
        QVERIFY2(at >= 0,
                 qPrintable(QStringLiteral("Tab never reaches %1").arg(w->accessibleName())));
        QVERIFY2(at > last,
                 qPrintable(QStringLiteral("%1 comes too early").arg(w->accessibleName())));
        last = at;
    }
    // And every control is on the way round.
    QStringList missed;
    for (QWidget *w : focusableControls())
        if (!visited.contains(w) && w->window() == m_window.get())
            missed << (w->accessibleName().isEmpty()
                           ? QString::fromLatin1(w->metaObject()->className())
                           : w->accessibleName());
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
}

void TestLookAndFeel::windowWorksAtEverySize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("focus");
    QTest::newRow("1024x700 light") << QSize(1024, 700) << false << false;
    QTest::newRow("1024x700 dark") << QSize(1024, 700) << true << false;
    QTest::newRow("1920x1080 light") << QSize(1920, 1080) << false << false;
    QTest::newRow("1920x1080 dark") << QSize(1920, 1080) << true << false;
    QTest::newRow("1920x1080 focus mode") << QSize(1920, 1080) << false << true;
}

void TestLookAndFeel::windowWorksAtEverySize()
{
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    QFETCH(bool, focus);
    ui::Appearance::apply(dark ? ui::Appearance::Mode::Dark : ui::Appearance::Mode::Light);
    QTRY_COMPARE(m_window->editor()->palette().color(QPalette::Window),
                 QApplication::palette().color(QPalette::Window));
    db::Article a;
    a.headline = QStringLiteral("Students in Seoul and Leeds build a shared flood map");
    a.standfirst = QStringLiteral(
        "A project linking two universities turns phone photos into a live picture "
        "of rising water.");
    a.body = QStringLiteral("When the Han river rose in August, students photographed the water "
                            "levels on their way to lectures.\n\n‘We wanted something anyone "
                            "with a phone could join,’ said Park Min-seo.\n");
    a.section = QStringLiteral("Global");
    const auto created = m_window->newsroom().archive().createArticle(a, m_window->actor());
    QVERIFY(created.ok());
    m_window->setView(ui::ArticleListPanel::View::All);
    QVERIFY(m_window->openArticle(created->id));
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    m_window->setFocusMode(focus);

    // The stressed step is in view, never in a toolbar's overflow; the body keeps its measure.
    QAction *submit = m_window->workflowAction(app::Action::Submit);
    QCOMPARE(m_window->primaryWorkflowAction(), submit);
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("workflowToolbar"));
    if (focus) {
        QTRY_VERIFY(!bar->isVisible());
    } else {
        QTRY_VERIFY(bar->widgetForAction(submit) && bar->widgetForAction(submit)->isVisible());
        for (QToolBar *each : m_window->findChildren<QToolBar *>())
            for (QWidget *extension :
                 each->findChildren<QWidget *>(QStringLiteral("qt_toolbar_ext_button")))
                QVERIFY2(!extension->isVisible(), qPrintable(each->objectName()));
        // Every step that may be taken reads clearly in this appearance (a style sheet that
        // kept the palette it started with drew them near-black on dark).
        for (QAction *action : bar->actions()) {
            QWidget *button = bar->widgetForAction(action);
            if (!action->isEnabled() || action == submit)
                continue;
            const double ratio = ui::Appearance::contrast(
                button->palette().color(QPalette::Active, button->foregroundRole()),
                bar->palette().color(QPalette::Active, QPalette::Window));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: %2:1").arg(action->text()).arg(ratio)));
        }
    }
    ui::BodyEdit *body = m_window->editor()->body();
    const int perChar = QFontMetrics(body->font()).averageCharWidth();
    QTRY_VERIFY(body->viewport()->width() <= perChar * (ui::BodyEdit::MeasureChars + 6));
    QVERIFY(m_window->editor()->headline()->width() >= perChar * 40);

    // A picture for the closing note and the README, when asked for.
    const QString dir = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        const QString name = QString::fromLatin1(QTest::currentDataTag())
                                 .replace(QLatin1Char(' '), QLatin1Char('-'));
        QVERIFY(
            m_window->grab().save(QDir(dir).filePath(QStringLiteral("copydesk-%1.png").arg(name))));
    }
    m_window->setFocusMode(false);
}

void TestLookAndFeel::germanTranslationIsComplete()
{
    // Every message of copydesk_de.ts is translated, with the same placeholders and one access
    // key where the English has one.
    QFile ts(QStringLiteral(COPYDESK_TRANSLATIONS_DIR "/copydesk_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString source;
    int messages = 0;
    QStringList problems;
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured().remove(QLatin1Char('L'));
        found.sort();
        return found;
    };
    auto accessKeys = [](QString text) {
        text.remove(QStringLiteral("&&"));
        static const QRegularExpression key(QStringLiteral("&\\w"),
                                            QRegularExpression::UseUnicodePropertiesOption);
        return text.count(key);
    };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool unfinished = xml.attributes().value(QStringLiteral("type")).size() > 0;
            const QString translation = xml.readElementText();
            if (unfinished || translation.isEmpty())
                problems << QStringLiteral("untranslated: %1").arg(source);
            else if (placeholders(translation) != placeholders(source))
                problems << QStringLiteral("placeholders differ: %1 → %2").arg(source, translation);
            else if (accessKeys(translation) != accessKeys(source))
                problems << QStringLiteral("access keys differ: %1 → %2").arg(source, translation);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 900);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLookAndFeel::germanWindowKeepsItsAccessKeysApart()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/copydesk_de.qm")));
    QCoreApplication::installTranslator(&german);
    auto window = m_test->openWindow(m_test->filePath(QStringLiteral("german.sqlite")));
    QCoreApplication::removeTranslator(&german);
    QVERIFY(window);
    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    const QStringList clashes = test::accessKeyClashes(window->menuBar());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestLookAndFeel)
#include "tst_lookandfeel.moc"
