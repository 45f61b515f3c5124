#include "client/app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

Q_LOGGING_CATEGORY(lcInstance, "kp.instance")

namespace kp::client {
namespace {

const QByteArray kAccepted = QByteArrayLiteral("ok\n");

QString lockPath(const QString &socketName)
{
    return (QDir::isAbsolutePath(socketName) ? socketName : QDir::temp().filePath(socketName))
        + QStringLiteral(".lock");
}

} // namespace

SingleInstance::SingleInstance(const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_name(socketName(server))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName(const QUrl &server)
{
    // The data folder separates users, profiles and test runs (QStandardPaths' test mode, another
    // HOME or XDG_DATA_HOME); the server because the app's data and session belong to one.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(server.toString(QUrl::FullyEncoded).toUtf8());
    auto name = QStringLiteral("kundenportal-") + QString::fromLatin1(hash.result().toHex().left(16));
#ifdef Q_OS_UNIX
    // Not /tmp, where another user could take the name first: the runtime folder is the user's only.
    if (const auto runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation); !runtime.isEmpty())
        return QDir(runtime).filePath(name);
#endif
    return name;
}

SingleInstance::Sent SingleInstance::send(const QString &message, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(qMin(timeoutMs, 1000)))
        return Sent::NoListener;
    const QDeadlineTimer deadline(timeoutMs);
    socket.write(message.toUtf8() + '\n');
    // The first instance answers from its event loop, which may still be starting.
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 1))))
            return Sent::NoAnswer;
    }
    return socket.readLine() == kAccepted ? Sent::Accepted : Sent::NoAnswer;
}

SingleInstance::Outcome SingleInstance::handOver(const QString &message, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        switch (send(message, int(qMax<qint64>(deadline.remainingTime(), 1)))) {
        case Sent::Accepted:
            return Outcome::HandedOver;
        case Sent::NoAnswer:
            // It took the message but did not confirm: sending it again could open it twice.
            qCWarning(lcInstance) << "The running Kundenportal took the message but did not answer";
            return Outcome::Unanswered;
        case Sent::NoListener:
            break;
        }
        auto lock = std::make_unique<QLockFile>(lockPath(m_name));
        // Held for the app's whole life: never stale by age, only when its process is gone.
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
            return Outcome::First;
        }
        if (lock->error() != QLockFile::LockFailedError) {
            qCWarning(lcInstance).noquote() << "Cannot create" << lockPath(m_name) << "; this start runs on its own";
            return Outcome::First;
        }
        // Another start holds the lock and is about to listen.
        if (deadline.hasExpired()) {
            qCWarning(lcInstance) << "Another Kundenportal holds" << lockPath(m_name) << "but does not answer";
            return Outcome::Unanswered;
        }
        QThread::msleep(50);
    }
}

bool SingleInstance::listen()
{
    if (!m_lock)
        return false;
    // Holding the lock, nobody else listens: a socket file still there is a crashed instance's.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        qCWarning(lcInstance).noquote() << "Cannot listen on" << m_name << ":" << m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::accept()
{
    while (auto *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxMessage)
                    socket->abort();
                return;
            }
            auto line = socket->readLine(maxMessage + 1);
            if (!line.endsWith('\n')) {
                socket->abort();
                return;
            }
            line.chop(1);
            socket->write(kAccepted);
            socket->flush();
            socket->disconnectFromServer();
            emit messageReceived(QString::fromUtf8(line));
        });
    }
}

} // namespace kp::client
