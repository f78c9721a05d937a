#pragma once

#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace copydesk::test {

// What the window suites share: a temporary folder with the program's settings of its own
// (cleared), and a shown window on a store there with Jane Doe (jane, "correct horse") signed in.
class WindowTest
{
public:
    WindowTest();

    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // The window on that store, its first account made when the store is new; null on failure.
    std::unique_ptr<ui::MainWindow> openWindow(const QString &store) const;

private:
    QTemporaryDir m_dir;
};

// Runs `answer` on the next modal dialog of type T that opens within five seconds, and sets
// `seen` (when given). A dialog still open after the answer (a check inside it failed) is
// closed, so that the test fails instead of waiting for ever. The poll belongs to `owner`:
// deleting the owner's timers stops one that was never answered.
template<typename T>
void answerNextDialog(QObject *owner, const std::function<void(T *)> &answer, bool *seen = nullptr)
{
    if (seen)
        *seen = false;
    auto *poll = new QTimer(owner);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, owner, [=] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            if (seen)
                *seen = true;
            answer(dialog);
            if (dialog->isVisible())
                static_cast<QDialog *>(dialog)->reject();
        } else if (++*tries > 250) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start(20);
}

// Entries of one menu of the bar that answer to the same Alt key, one line per clash.
QStringList accessKeyClashes(const QMenuBar *bar);

} // namespace copydesk::test
