#pragma once

// What the benchmarks share: timing, memory and the table of figures they print.

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

namespace copydesk::bench {

// Kibibytes of resident memory now (VmRSS) and at the peak (VmHWM), from /proc/self/status.
inline long long statusKib(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return 0;
}
inline long long residentKib()
{
    return statusKib("VmRSS:");
}
inline long long peakResidentKib()
{
    return statusKib("VmHWM:");
}

// The median time of runs of work, in milliseconds.
template<typename Work> double medianMs(int runs, Work &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

// The figures of a run: printed as they are measured, and as a Markdown table at the end.
class Table
{
public:
    // Copydesk against the raw engine; target is the highest acceptable ratio (0: none).
    void row(const QString &what, double oursMs, double rawMs, const QString &raw, double target)
    {
        const double ratio = rawMs > 0 ? oursMs / rawMs : 0;
        add(QStringLiteral("| %1 | %2 ms | %3: %4 ms | %5 | %6 |")
                .arg(what, number(oursMs), raw, number(rawMs), QString::number(ratio, 'f', 2),
                     target > 0 ? verdict(ratio <= target, QStringLiteral("≤ %1×").arg(target))
                                : QStringLiteral("—")));
    }
    // A figure with a limit of its own (memory, latency, a share of another run).
    void value(const QString &what, double value, const QString &unit, double limit,
               const QString &remark = {})
    {
        add(QStringLiteral("| %1 | %2 %3 | %4 | — | %5 |")
                .arg(what, number(value), unit, remark.isEmpty() ? QStringLiteral("—") : remark,
                     limit > 0
                         ? verdict(value <= limit, QStringLiteral("≤ %1 %2").arg(limit).arg(unit))
                         : QStringLiteral("—")));
    }
    void note(const QString &text)
    {
        m_notes << text;
        std::printf("bench: %s\n", qPrintable(text));
        std::fflush(stdout);
    }
    void print() const
    {
        std::printf("\n| work | Copydesk | the engine alone, same work | ratio | target |\n"
                    "|---|---|---|---|---|\n");
        for (const QString &line : m_rows)
            std::printf("%s\n", qPrintable(line));
        for (const QString &line : m_notes)
            std::printf("\n%s", qPrintable(line));
        std::printf("\n");
        std::fflush(stdout);
    }

private:
    static QString number(double v)
    {
        return QString::number(v, 'f', v >= 100 ? 0 : v >= 10 ? 1 : 2);
    }
    static QString verdict(bool met, const QString &target)
    {
        return target + (met ? QStringLiteral(" met") : QStringLiteral(" **missed**"));
    }
    void add(const QString &line)
    {
        m_rows << line;
        std::printf("bench: %s\n", qPrintable(line));
        std::fflush(stdout);
    }

    QList<QString> m_rows;
    QList<QString> m_notes;
};

} // namespace copydesk::bench

#include <QApplication>
#include <QThread>

namespace copydesk::bench {

// Measures the GUI thread's work: every event the GUI thread handles, timed at the outermost
// level (nested event handling is part of its caller's time).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    static inline qint64 busyNs = 0; // summed since last reset
    static inline qint64 longestNs = 0; // the longest single event since last reset

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Other threads' events (a search running beside the window) come through here too;
        // only the GUI thread's are its work.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 ns = timer.nsecsElapsed();
        busyNs += ns;
        longestNs = std::max(longestNs, ns);
        --m_depth;
        return handled;
    }

private:
    int m_depth = 0;
};

} // namespace copydesk::bench
