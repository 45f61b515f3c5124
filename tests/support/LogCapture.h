#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

// Every log line written while it lives, with `rules` (QLoggingCategory filter rules, e.g.
// "kp.google_ads.debug=true") in force, for tests that search the log for a secret. One at a time.
class LogCapture {
public:
    explicit LogCapture(const QString &rules = {})
    {
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler(&LogCapture::capture);
        if (!rules.isEmpty())
            QLoggingCategory::setFilterRules(rules);
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
        s_lines = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    const QStringList &lines() const { return m_lines; }

private:
    static void capture(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        if (s_lines)
            s_lines->append(message);
    }

    static inline QStringList *s_lines = nullptr;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};
