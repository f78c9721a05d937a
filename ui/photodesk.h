#pragma once

#include "app/body/photos.h"
#include "app/core/result.h"
#include "app/workflow/permissions.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QTextObjectInterface>

#include <functional>
#include <optional>

class QFrame;
class QLabel;
class QToolButton;

namespace copydesk::app {
class Newsroom;
struct PhotoIntake;
} // namespace copydesk::app

namespace copydesk::ui {

class ArticleEditor;
class PhotoDialog;

// Draws a photo in the body: the picture at the column's width (never wider than itself) with
// its caption and credit under it, as the page will show it.
class PhotoObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    // image(sha): the picture to show (null when it cannot be had).
    PhotoObject(std::function<QImage(const QString &)> image, QObject *parent);
    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

    static constexpr double MaxWidth = 560;

private:
    QString captionOf(const QTextFormat &format) const;
    std::function<QImage(const QString &)> m_image;
};

// Photos in the window: Insert ▸ Photo, a picture pasted or image files dropped on the body or
// on the lead well above the headline, a click on a photo to edit its caption, credit and alt
// text (or replace, move or remove it). Every change is an edit of the body's document with
// undo (the lead photo's too), saved, autosaved and recovered with the words. Images are kept in
// the store as they are added (app::PhotoService), once each.
class PhotoDesk final : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        app::Actor actor;
        bool editable = false; // the body may be changed here now
        QString notEditable; // why not
    };

    PhotoDesk(app::Newsroom &newsroom, ArticleEditor *editor, std::function<Context()> context,
              QWidget *parent);

    // Insert ▸ Photo… and Lead Photo…: chosen with a file dialog (chooseFiles, which tests
    // replace), each asked for its words (runDialog).
    bool insertFromFiles();
    bool chooseLead();
    // Files offered at the body's cursor (or as the lead); the photos added.
    int addFiles(const QStringList &paths, bool lead = false);
    // A picture pasted: kept as a PNG.
    bool addImage(const QImage &image);

    // The photo at a body position: its dialog; moved a paragraph up (-1) or down (1).
    bool editAt(int position);
    bool moveAt(int position, int direction);
    bool removeAt(int position);
    bool editLead();
    bool removeLead();
    // The actions for a photo under the cursor of a context menu (none elsewhere).
    QList<QAction *> actionsAt(int position, QObject *parent);

    QFrame *leadWell() const { return m_well; }
    QLabel *leadPicture() const { return m_leadPicture; }
    QLabel *leadCaption() const { return m_leadCaption; }

    // How a photo's dialog is shown (exec() unless a test says otherwise): true when accepted.
    std::function<bool(PhotoDialog &)> runDialog;
    // The image files chosen for Insert ▸ Photo (a file dialog unless a test says otherwise).
    std::function<QStringList(bool lead)> chooseFiles;

    // The picture of an image, as the editor shows it (read once, kept).
    QImage picture(const QString &sha);

Q_SIGNALS:
    void failed(const QString &title, const QString &message);
    // Something to know about a photo just added (its GPS position).
    void noted(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Checks and keeps a file, and asks for its words; nothing when refused or cancelled.
    std::optional<app::Photo> photoFrom(const Result<app::PhotoIntake> &intake, bool lead,
                                        const QString &name);
    std::optional<app::Photo> ask(app::Photo photo, bool editable, const QStringList &warnings,
                                  int *choice);
    void setLead(const std::optional<app::Photo> &photo);
    // Keeps a checked file in the store (what it records said); its hash, or nothing (said why).
    std::optional<QString> keep(const Result<app::PhotoIntake> &intake, const QString &title,
                                const QString &name);
    // Another image for a photo: chosen, checked and kept; its hash, or nothing (said why).
    std::optional<QString> chooseReplacement(bool lead);
    void refreshWell();
    bool editable(const QString &title);

    app::Newsroom &m_newsroom;
    ArticleEditor *m_editor;
    std::function<Context()> m_context;
    QWidget *m_parent;
    PhotoObject *m_object;
    QHash<QString, QImage> m_pictures;
    QFrame *m_well;
    QLabel *m_leadPicture;
    QLabel *m_leadCaption;
    QToolButton *m_addLead;
    QToolButton *m_editLead;
    QToolButton *m_removeLead;
    QString m_shownLead; // what the well shows, to redraw only on a change
};

} // namespace copydesk::ui
