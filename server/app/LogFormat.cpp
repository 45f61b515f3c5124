#include "server/app/LogFormat.h"

#include <QMessageLogContext>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

namespace kp::server {
namespace {

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

// "2026-12-04T09:00:00.000Z", from the clock and gmtime_r, which never looks at time zones.
void appendUtcTime(QByteArray &line)
{
    timespec now {};
    clock_gettime(CLOCK_REALTIME, &now);
    tm utc {};
    gmtime_r(&now.tv_sec, &utc);
    char text[32];
    const int length
        = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                        utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(now.tv_nsec / 1000000));
    line.append(text, length);
}

void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArray line;
    line.reserve(64 + message.size() * 3);
    appendUtcTime(line);
    line += ' ';
    line += typeName(type);
    line += ' ';
    line += context.category ? context.category : "default";
    line += ": ";
    line += message.toUtf8();
    line += '\n';
    for (qsizetype written = 0; written < line.size();) {
        const auto n = ::write(STDERR_FILENO, line.constData() + written, std::size_t(line.size() - written));
        if (n <= 0)
            break;
        written += n;
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installServerLogFormat()
{
    qInstallMessageHandler(writeLine);
}

} // namespace kp::server
