#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// The real kundenportal-server binary on a free loopback port with its own data folder, the
// way every integration and GUI test meets the server. Stops the process when destroyed.
//
//   TestServer server({{"security/login_max_failures", "3"}});
//   QVERIFY2(server.start(), qPrintable(server.log()));
class TestServer {
public:
    // Extra INI keys as "group/key" → value, on top of a small fast test config.
    explicit TestServer(const QMap<QString, QString> &settings = {});
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Extra arguments go after `--config FILE`, e.g. {"--seed-demo"}.
    bool start(const QStringList &arguments = {});
    // SIGTERM and wait; the exit code (-1 when it had to be killed).
    int stop();
    // SIGKILL and wait: a crash in the middle of whatever the server does. start() again after it.
    void kill();

    // Runs `--create-admin EMAIL` with the password on stdin; true when it succeeded.
    bool createAdmin(const QString &email, const QString &password);
    // Runs the binary with the given arguments and this server's config; the exit code.
    int runOnce(const QStringList &arguments, const QByteArray &input = {}, QByteArray *output = nullptr);

    QString baseUrl() const;
    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString configPath() const;
    QString databasePath() const;
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    // The server's resident memory (VmRSS) now, or -1.
    qint64 residentKiB() const;
    // Everything the server wrote so far (stdout and stderr).
    QString log() const;

    static QString binaryPath();

private:
    void writeConfig(const QMap<QString, QString> &settings);

    QString logPath() const;

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};
