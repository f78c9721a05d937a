#include "ui/photodesk.h"

#include "app/articles/photoservice.h"
#include "app/newsroom.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/filedialogs.h"
#include "ui/photodialog.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace copydesk::ui {

namespace {

// A change of the lead photo, on the body's undo stack with the text's changes.
class LeadChange final : public QAbstractUndoItem
{
public:
    LeadChange(QTextDocument *document, std::optional<app::Photo> before,
               std::optional<app::Photo> after, std::function<void()> changed)
        : m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_changed(std::move(changed))
    { }
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const std::optional<app::Photo> &photo)
    {
        app::photos::setLead(m_document, photo);
        m_changed();
    }
    QTextDocument *m_document;
    std::optional<app::Photo> m_before;
    std::optional<app::Photo> m_after;
    std::function<void()> m_changed;
};

QString captionLine(const app::Photo &photo)
{
    QString line = photo.caption;
    if (!photo.credit.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral("  ")) + photo.credit;
    return line;
}

} // namespace

// ---- The photo in the text --------------------------------------------------------------------

PhotoObject::PhotoObject(std::function<QImage(const QString &)> image, QObject *parent)
    : QObject(parent)
    , m_image(std::move(image))
{ }

QString PhotoObject::captionOf(const QTextFormat &format) const
{
    const auto photo = app::photos::of(format);
    return photo ? captionLine(*photo) : QString();
}

QSizeF PhotoObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const auto photo = app::photos::of(format);
    double column = document->textWidth() > 0
        ? document->textWidth() - 2 * document->documentMargin() - 4
        : MaxWidth;
    column = qBound(80.0, column, MaxWidth);
    const QImage picture = photo ? m_image(photo->sha) : QImage();
    double width = column;
    double height = column * 0.5;
    if (!picture.isNull()) {
        const double natural = picture.width() / picture.devicePixelRatio();
        width = qMin(column, natural);
        height = width * picture.height() / picture.width();
    }
    QFont small = document->defaultFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QString caption = captionOf(format);
    const double captionHeight = caption.isEmpty()
        ? 0
        : QFontMetricsF(small)
                .boundingRect(QRectF(0, 0, column, 1e6), Qt::TextWordWrap, caption)
                .height()
            + 6;
    return { column, height + captionHeight + 4 };
}

void PhotoObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                             const QTextFormat &format)
{
    const auto photo = app::photos::of(format);
    const QImage picture = photo ? m_image(photo->sha) : QImage();
    QFont small = document->defaultFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QString caption = captionOf(format);
    const double captionHeight = caption.isEmpty()
        ? 0
        : QFontMetricsF(small)
                .boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, caption)
                .height()
            + 6;
    QRectF pictureRect(rect.topLeft(), QSizeF(rect.width(), rect.height() - captionHeight - 4));
    painter->save();
    if (picture.isNull()) {
        painter->fillRect(pictureRect, QColor(0xe4, 0xe7, 0xeb));
        painter->setPen(QColor(0x55, 0x5b, 0x63));
        painter->drawText(pictureRect, Qt::AlignCenter | Qt::TextWordWrap,
                          PhotoDesk::tr("This photo's image is not in the store"));
    } else {
        const double natural = picture.width() / picture.devicePixelRatio();
        pictureRect.setWidth(qMin(rect.width(), natural));
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(pictureRect, picture);
    }
    if (!caption.isEmpty()) {
        painter->setFont(small);
        painter->setPen(QColor(0x4a, 0x50, 0x58));
        painter->drawText(
            QRectF(rect.left(), pictureRect.bottom() + 4, rect.width(), captionHeight),
            Qt::TextWordWrap, caption);
    }
    painter->restore();
}

// ---- The desk ---------------------------------------------------------------------------------

PhotoDesk::PhotoDesk(app::Newsroom &newsroom, ArticleEditor *editor,
                     std::function<Context()> context, QWidget *parent)
    : QObject(parent)
    , m_newsroom(newsroom)
    , m_editor(editor)
    , m_context(std::move(context))
    , m_parent(parent)
    , m_object(new PhotoObject([this](const QString &sha) { return picture(sha); }, this))
    , m_well(new QFrame(editor))
    , m_leadPicture(new QLabel(m_well))
    , m_leadCaption(new QLabel(m_well))
    , m_addLead(new QToolButton(m_well))
    , m_editLead(new QToolButton(m_well))
    , m_removeLead(new QToolButton(m_well))
{
    runDialog = [](PhotoDialog &dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    chooseFiles = [this](bool lead) {
        const QString file = FileDialogs::openFileName(
            m_parent, lead ? tr("Lead Photo") : tr("Insert Photo"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Photos (*.jpg *.jpeg *.png *.webp)"));
        return file.isEmpty() ? QStringList() : QStringList { file };
    };
    QTextDocument *document = m_editor->body()->document();
    document->documentLayout()->registerHandler(app::photos::ObjectType, m_object);

    // The lead well, above the headline: the picture and its caption, or an offer to add one.
    m_well->setObjectName(QStringLiteral("leadWell"));
    m_well->setFrameShape(QFrame::StyledPanel);
    m_well->setAcceptDrops(true);
    m_well->installEventFilter(this);
    m_well->setAccessibleName(tr("Lead photo"));
    m_leadPicture->setAccessibleName(tr("Lead photo"));
    m_leadCaption->setWordWrap(true);
    m_leadCaption->setTextFormat(Qt::PlainText);
    m_addLead->setText(tr("Add Lead Photo…"));
    m_addLead->setToolTip(tr("The photo above the headline (or drop an image file here)"));
    m_editLead->setText(tr("Edit…"));
    m_removeLead->setText(tr("Remove"));
    for (QToolButton *button : { m_addLead, m_editLead, m_removeLead })
        button->setAutoRaise(true);
    connect(m_addLead, &QToolButton::clicked, this, &PhotoDesk::chooseLead);
    connect(m_editLead, &QToolButton::clicked, this, &PhotoDesk::editLead);
    connect(m_removeLead, &QToolButton::clicked, this, &PhotoDesk::removeLead);
    auto *layout = new QHBoxLayout(m_well);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_leadPicture);
    auto *side = new QVBoxLayout;
    side->addWidget(m_leadCaption, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addLead);
    buttons->addWidget(m_editLead);
    buttons->addWidget(m_removeLead);
    buttons->addStretch(1);
    side->addLayout(buttons);
    layout->addLayout(side, 1);
    m_editor->setLeadWell(m_well);
    refreshWell();

    BodyEdit *body = m_editor->body();
    connect(body, &BodyEdit::photoClicked, this, &PhotoDesk::editAt);
    // After the drop or paste has returned: a dialog inside a drop handler would hold the
    // program the files were dragged from.
    connect(
        body, &BodyEdit::filesOffered, this, [this](const QStringList &files) { addFiles(files); },
        Qt::QueuedConnection);
    connect(body, &BodyEdit::imageOffered, this, &PhotoDesk::addImage, Qt::QueuedConnection);
    // A new article, a reload, an undo: the well shows the document's lead.
    connect(document, &QTextDocument::contentsChanged, this, &PhotoDesk::refreshWell);
    connect(m_editor, &ArticleEditor::loaded, this, &PhotoDesk::refreshWell);
}

QImage PhotoDesk::picture(const QString &sha)
{
    const auto it = m_pictures.constFind(sha);
    if (it != m_pictures.constEnd())
        return *it;
    // Twice the column's width at most, for a sharp picture on a high-density screen.
    const auto image = m_newsroom.photos().image(sha, int(PhotoObject::MaxWidth * 2));
    QImage shown = image ? *image : QImage();
    if (!shown.isNull())
        shown.setDevicePixelRatio(qMax(1.0, shown.width() / PhotoObject::MaxWidth));
    m_pictures.insert(sha, shown);
    return shown;
}

bool PhotoDesk::editable(const QString &title)
{
    const Context context = m_context();
    if (!context.editable) {
        Q_EMIT failed(title, context.notEditable);
        return false;
    }
    return true;
}

std::optional<app::Photo> PhotoDesk::ask(app::Photo photo, bool editable,
                                         const QStringList &warnings, int *choice)
{
    const auto info = m_newsroom.photos().imageInfo(photo.sha);
    const db::StoredImage image = info ? *info : db::StoredImage();
    PhotoDialog dialog(photo, image, picture(photo.sha), warnings, editable, m_parent);
    const bool accepted = runDialog(dialog);
    if (choice)
        *choice = int(dialog.choice());
    if (!accepted)
        return std::nullopt;
    return dialog.photo();
}

std::optional<QString> PhotoDesk::keep(const Result<app::PhotoIntake> &intake, const QString &title,
                                       const QString &name)
{
    if (!intake) {
        Q_EMIT failed(title, intake.errorString());
        return std::nullopt;
    }
    const auto sha = m_newsroom.photos().keep(m_context().actor, *intake);
    if (!sha) {
        Q_EMIT failed(title, tr("%1: %2").arg(name, sha.errorString()));
        return std::nullopt;
    }
    for (const QString &warning : app::PhotoService::warnings(*intake))
        Q_EMIT noted(warning);
    return *sha;
}

std::optional<app::Photo> PhotoDesk::photoFrom(const Result<app::PhotoIntake> &intake, bool lead,
                                               const QString &name)
{
    const auto sha = keep(intake, lead ? tr("Lead photo not added") : tr("Photo not added"), name);
    if (!sha)
        return std::nullopt;
    const QStringList warnings = app::PhotoService::warnings(*intake);
    app::Photo photo;
    photo.sha = *sha;
    photo.lead = lead;
    return ask(photo, true, warnings, nullptr);
}

int PhotoDesk::addFiles(const QStringList &paths, bool lead)
{
    if (!editable(lead ? tr("Lead photo not added") : tr("Photo not added")))
        return 0;
    int added = 0;
    for (const QString &path : paths) {
        const auto photo
            = photoFrom(m_newsroom.photos().inspectFile(path), lead, QFileInfo(path).fileName());
        if (!photo)
            continue;
        if (lead) {
            setLead(photo);
            return 1;
        }
        QTextCursor cursor = m_editor->body()->textCursor();
        app::photos::insert(cursor, *photo);
        m_editor->body()->setTextCursor(cursor);
        ++added;
    }
    return added;
}

bool PhotoDesk::addImage(const QImage &image)
{
    if (image.isNull() || !editable(tr("Photo not added")))
        return false;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const auto photo = photoFrom(m_newsroom.photos().inspect(png), false, tr("the picture pasted"));
    if (!photo)
        return false;
    QTextCursor cursor = m_editor->body()->textCursor();
    app::photos::insert(cursor, *photo);
    m_editor->body()->setTextCursor(cursor);
    return true;
}

bool PhotoDesk::insertFromFiles()
{
    if (!editable(tr("Photo not added")))
        return false;
    return addFiles(chooseFiles(false)) > 0;
}

bool PhotoDesk::chooseLead()
{
    if (!editable(tr("Lead photo not added")))
        return false;
    return addFiles(chooseFiles(true), true) > 0;
}

bool PhotoDesk::editAt(int position)
{
    QTextDocument *document = m_editor->body()->document();
    const auto photo = app::photos::at(document, position);
    if (!photo)
        return false;
    const Context context = m_context();
    int choice = 0;
    const auto changed = ask(*photo, context.editable, {}, &choice);
    if (!changed || !context.editable)
        return false;
    switch (PhotoDialog::Choice(choice)) {
    case PhotoDialog::Choice::Remove:
        return app::photos::setAt(document, position, std::nullopt);
    case PhotoDialog::Choice::Replace: {
        const auto sha = chooseReplacement(false);
        if (!sha)
            return false;
        app::Photo replaced = *changed;
        replaced.sha = *sha;
        return app::photos::setAt(document, position, replaced);
    }
    case PhotoDialog::Choice::Keep:
        break;
    }
    return *changed == *photo || app::photos::setAt(document, position, *changed);
}

std::optional<QString> PhotoDesk::chooseReplacement(bool lead)
{
    const QStringList files = chooseFiles(lead);
    if (files.isEmpty())
        return std::nullopt;
    return keep(m_newsroom.photos().inspectFile(files.first()),
                lead ? tr("Lead photo not replaced") : tr("Photo not replaced"),
                QFileInfo(files.first()).fileName());
}

bool PhotoDesk::moveAt(int position, int direction)
{
    if (!editable(tr("Photo not moved")))
        return false;
    const int moved = app::photos::move(m_editor->body()->document(), position, direction);
    if (moved < 0)
        return false;
    QTextCursor cursor = m_editor->body()->textCursor();
    cursor.setPosition(moved);
    m_editor->body()->setTextCursor(cursor);
    m_editor->body()->ensureCursorVisible();
    return true;
}

bool PhotoDesk::removeAt(int position)
{
    if (!editable(tr("Photo not removed")))
        return false;
    return app::photos::setAt(m_editor->body()->document(), position, std::nullopt);
}

QList<QAction *> PhotoDesk::actionsAt(int position, QObject *parent)
{
    QList<QAction *> actions;
    QTextDocument *document = m_editor->body()->document();
    // The photo at the position, or just before it (a click on its right half).
    int at = -1;
    for (const int candidate : { position, position - 1 })
        if (at < 0 && app::photos::at(document, candidate))
            at = candidate;
    if (at < 0)
        return actions;
    const bool canEdit = m_context().editable;
    actions << new QAction(canEdit ? tr("Edit Photo…") : tr("Photo Details…"), parent);
    connect(actions.last(), &QAction::triggered, this, [this, at] { editAt(at); });
    auto add = [&](const QString &text, std::function<void()> run) {
        auto *action = new QAction(text, parent);
        action->setEnabled(canEdit);
        connect(action, &QAction::triggered, this, std::move(run));
        actions << action;
    };
    add(tr("Move Photo Up"), [this, at] { moveAt(at, -1); });
    add(tr("Move Photo Down"), [this, at] { moveAt(at, 1); });
    add(tr("Remove Photo"), [this, at] { removeAt(at); });
    return actions;
}

bool PhotoDesk::editLead()
{
    QTextDocument *document = m_editor->body()->document();
    const auto lead = app::photos::lead(document);
    if (!lead)
        return chooseLead();
    const Context context = m_context();
    int choice = 0;
    const auto changed = ask(*lead, context.editable, {}, &choice);
    if (!changed || !context.editable)
        return false;
    if (PhotoDialog::Choice(choice) == PhotoDialog::Choice::Remove)
        return removeLead();
    if (PhotoDialog::Choice(choice) == PhotoDialog::Choice::Replace) {
        // Another picture with the words just typed.
        const auto sha = chooseReplacement(true);
        if (!sha)
            return false;
        app::Photo replaced = *changed;
        replaced.sha = *sha;
        setLead(replaced);
        return true;
    }
    if (*changed != *lead)
        setLead(changed);
    return true;
}

bool PhotoDesk::removeLead()
{
    if (!editable(tr("Lead photo not removed")) || !app::photos::lead(m_editor->body()->document()))
        return false;
    setLead(std::nullopt);
    return true;
}

void PhotoDesk::setLead(const std::optional<app::Photo> &photo)
{
    QTextDocument *document = m_editor->body()->document();
    std::optional<app::Photo> after = photo;
    if (after)
        after->lead = true;
    const auto before = app::photos::lead(document);
    app::photos::setLead(document, after);
    // On the undo stack inside an edit block of its own: the document counts it as a change
    // (modified, and unmodified again when undone back to the saved state) and says so
    // (contentsChanged), as it does after an undo or redo of it.
    QTextCursor edit(document);
    edit.beginEditBlock();
    document->appendUndoItem(new LeadChange(document, before, after, [] {}));
    edit.endEditBlock();
}

void PhotoDesk::refreshWell()
{
    const auto lead = app::photos::lead(m_editor->body()->document());
    const QString shown = lead ? lead->sha + captionLine(*lead) + lead->alt : QString();
    if (shown == m_shownLead && !m_shownLead.isNull())
        return;
    m_shownLead = shown.isNull() ? QStringLiteral("") : shown;
    m_leadPicture->setVisible(bool(lead));
    m_editLead->setVisible(bool(lead));
    m_removeLead->setVisible(bool(lead));
    m_addLead->setVisible(!lead);
    if (!lead) {
        m_leadPicture->clear();
        m_leadCaption->setText(tr("No lead photo: add one, or drop an image file here."));
        m_leadCaption->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    const QImage image = picture(lead->sha);
    if (image.isNull()) {
        m_leadPicture->setText(tr("(not in the store)"));
    } else {
        // A picture the height of about five lines, beside its caption.
        const double ratio = image.devicePixelRatio();
        const int height = m_leadCaption->fontMetrics().lineSpacing() * 5;
        QImage scaled = image.scaledToHeight(int(height * ratio), Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(ratio);
        m_leadPicture->setPixmap(QPixmap::fromImage(scaled));
        m_leadPicture->setFixedSize((QSizeF(scaled.size()) / ratio).toSize());
    }
    m_leadPicture->setToolTip(lead->alt);
    const QString caption = captionLine(*lead);
    m_leadCaption->setText(caption.isEmpty() ? tr("(no caption)") : caption);
    m_leadCaption->setForegroundRole(QPalette::WindowText);
}

bool PhotoDesk::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_well) {
        if (event->type() == QEvent::DragEnter) {
            auto *drag = static_cast<QDragEnterEvent *>(event);
            if (drag->mimeData()->hasUrls() || drag->mimeData()->hasImage()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            QStringList files;
            const auto urls = drop->mimeData()->urls();
            for (const QUrl &url : urls)
                if (url.isLocalFile())
                    files << url.toLocalFile();
            if (!files.isEmpty()) {
                drop->acceptProposedAction();
                QMetaObject::invokeMethod(
                    this, [this, files] { addFiles(files.mid(0, 1), true); }, Qt::QueuedConnection);
                return true;
            }
        } else if (event->type() == QEvent::MouseButtonDblClick) {
            editLead();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace copydesk::ui
