#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace kp::client::cache {

class CacheDatabase;

// One change the user made, to be sent to the server once.
struct OutboxEntry {
    enum class State {
        Pending, // waiting for its turn (or for the server)
        Sending, // handed to the transport; still "sending" after a crash means: send again
        Sent,
        Failed, // the server refused it for good (e.g. 409, 422); the user must be told
    };

    qint64 id = 0;     // also the send order
    QByteArray method; // "PATCH", "PUT", "POST", "DELETE"
    QString path;      // "/api/v1/me"
    QByteArray body;   // the request body (JSON or raw bytes), or null when bodyFile is set
    QString bodyFile;  // a file sent as the raw body (large uploads); the caller keeps it alive
    QByteArray contentType;
    QString idempotencyKey; // made once at enqueue; every attempt sends the same one
    QString label;          // what the user did, in their words ("Profiländerung")
    QDateTime createdAt;
    int attempts = 0;
    State state = State::Pending;
    QString lastError;
};

// What the user asks to send; Outbox::enqueue fills in the rest.
struct OutboxChange {
    QByteArray method;
    QString path;
    QByteArray body;
    QString bodyFile;
    QByteArray contentType = "application/json";
    QString label;
    // The key of a first attempt that got no answer (it may have arrived); empty: a new one.
    QString idempotencyKey;
};

// The ordered queue of the user's changes, kept in the cache file so that closing the app offline
// loses nothing. OutboxSender works through it; pages only enqueue and listen. Calls return at once;
// results come back on this object's thread (see CacheDatabase).
class Outbox : public QObject {
    Q_OBJECT

public:
    explicit Outbox(CacheDatabase &database, QObject *parent = nullptr);

    // Stores the change with a new idempotency key; `done` gets the stored entry, or nothing when
    // it could not be stored (the page must then keep the user's input and say so).
    void enqueue(const OutboxChange &change, QObject *context = nullptr,
                 std::function<void(std::optional<OutboxEntry>)> done = {});

    // The first entry still to send (pending, or sending when the app stopped mid-way).
    void nextToSend(QObject *context, std::function<void(std::optional<OutboxEntry>)> done);
    // Every entry that is not yet sent, in order: pending, sending and failed ones (for the UI).
    void unsent(QObject *context, std::function<void(QList<OutboxEntry>)> done);

    // The sender's bookkeeping. Each is one write, queued after everything asked before.
    void markSending(qint64 id);
    void markPending(qint64 id, const QString &error); // a try failed; it stays in line
    void markSent(qint64 id);
    void markFailed(qint64 id, const QString &error);
    // The user dismissed a failed entry (or withdrew a pending one).
    void remove(qint64 id);

signals:
    // A change was stored; a sender that is idle starts again.
    void enqueued(const kp::client::cache::OutboxEntry &entry);

private:
    CacheDatabase &m_database;
};

} // namespace kp::client::cache

Q_DECLARE_METATYPE(kp::client::cache::OutboxEntry)
