#include "TestServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>

#include <csignal>
#include <sys/prctl.h>

TestServer::TestServer(const QMap<QString, QString> &settings)
{
    // Fast but real: argon2id at OWASP's floor, the smallest the server accepts.
    QMap<QString, QString> config {{QStringLiteral("server/port"), QStringLiteral("0")},
                                   {QStringLiteral("server/data_dir"), dataDir()},
                                   {QStringLiteral("security/argon2_memory_kib"), QStringLiteral("19456")}};
    config.insert(settings);
    writeConfig(config);
    m_process.setProgram(binaryPath());
    // To a file, not a pipe: a test that sends many requests without returning to the event
    // loop would otherwise fill the pipe and stall every server thread on its request log line.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(logPath(), QIODevice::Append);
    // A test that crashes or aborts must not leave its server running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

TestServer::~TestServer()
{
    stop();
}

QString TestServer::binaryPath()
{
    return QStringLiteral(KP_SERVER_BINARY);
}

void TestServer::writeConfig(const QMap<QString, QString> &settings)
{
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the test server config");
    // Written by hand rather than with QSettings so the file reads like an operator's would.
    QString currentGroup;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const auto group = it.key().section(QLatin1Char('/'), 0, 0);
        if (group != currentGroup) {
            file.write(QStringLiteral("\n[%1]\n").arg(group).toUtf8());
            currentGroup = group;
        }
        file.write(QStringLiteral("%1 = %2\n").arg(it.key().section(QLatin1Char('/'), 1), it.value()).toUtf8());
    }
}

bool TestServer::start(const QStringList &arguments)
{
    // A restart appends to the same log: only what this start writes counts.
    const auto logBefore = log().size();
    m_process.setArguments(QStringList {QStringLiteral("--config"), configPath()} + arguments);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    static const QRegularExpression listening(QStringLiteral(R"(listening on https?://[^:]+:(\d+))"));
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        const auto match = listening.match(log().mid(logBefore));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
        // The condition is a line in a file; there is no signal to wait for.
        m_process.waitForFinished(20);
    }
    return false;
}

QString TestServer::log() const
{
    QFile file(logPath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString TestServer::logPath() const
{
    return m_dir.path() + QStringLiteral("/server.log");
}

int TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished();
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void TestServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill(); // SIGKILL
    m_process.waitForFinished();
}

int TestServer::runOnce(const QStringList &arguments, const QByteArray &input, QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binaryPath(), QStringList {QStringLiteral("--config"), configPath()} + arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool TestServer::createAdmin(const QString &email, const QString &password)
{
    return runOnce({QStringLiteral("--create-admin"), email}, password.toUtf8() + '\n') == 0;
}

QString TestServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString TestServer::configPath() const
{
    return m_dir.path() + QStringLiteral("/server.ini");
}

QString TestServer::databasePath() const
{
    return dataDir() + QStringLiteral("/kundenportal.sqlite3");
}

qint64 TestServer::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const auto &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
