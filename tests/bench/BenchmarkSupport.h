#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace PartnerDesk::Bench {

// Resident memory of this process in KiB (Linux), 0 where unknown.
inline long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// One line per measurement: "name: value unit", easy to read and to grep.
inline void report(const char* name, double value, const char* unit)
{
    std::printf("%-48s %12.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace PartnerDesk::Bench
