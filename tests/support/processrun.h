#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace copydesk::test {

// What a program run by a test did: its exit code (-1 when it crashed or took over a minute)
// and its output.
struct ProcessRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs a program to its end, at most a minute, with nothing on its standard input.
ProcessRun runProgram(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, const QString &workingDirectory = {});

} // namespace copydesk::test
