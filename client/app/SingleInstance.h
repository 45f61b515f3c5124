#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QLocalServer;
class QLockFile;

namespace kp::client {

// One app per user, data profile and server: a second start hands its message (a link, or empty
// for "show yourself") to the first and ends. The first one holds a lock file for its lifetime and
// listens on a local socket; both live in the user's runtime folder (XDG_RUNTIME_DIR, only the
// user can enter it), named after the app's data folder and the server, so tests with their own
// folders never meet each other or a running app.
//
//   SingleInstance instance(server);
//   if (instance.handOver(link)) return 0;   // another one took it
//   instance.listen();                       // we are the one: messageReceived() from now on
class SingleInstance : public QObject {
    Q_OBJECT

public:
    explicit SingleInstance(const QUrl &server, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name (a path on Unix) for this user, data profile and server.
    static QString socketName(const QUrl &server);

    enum class Outcome {
        HandedOver, // a running instance accepted the message: this start has done its job
        First,      // none runs: this one holds the lock from now on and should listen()
        Unanswered, // one holds the lock but did not accept the message in time
    };
    // Waits up to `timeoutMs` for an instance that is still starting (it holds the lock but does
    // not listen yet) and for its answer.
    Outcome handOver(const QString &message, int timeoutMs = 10000);
    // Listens for later starts (only after handOver() answered First); removes a socket file left
    // by a crashed instance first. False (with a warning) when it cannot.
    bool listen();
    bool isListening() const;

    static constexpr qsizetype maxMessage = 4096;

signals:
    // A later start's message: a link, or empty for "show yourself".
    void messageReceived(const QString &message);

private:
    enum class Sent { NoListener, Accepted, NoAnswer };
    Sent send(const QString &message, int timeoutMs) const;
    void accept();

    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace kp::client
