#include "CacheTestSupport.h"
#include "client/cache/Outbox.h"
#include "client/cache/OutboxSender.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace kp::client::cache;

namespace {

const QUrl server(QStringLiteral("https://portal.agentur.de"));
const QString account = QStringLiteral("acc-1");

OutboxChange profileEdit(const QString &name)
{
    return {"PATCH", QStringLiteral("/api/v1/me"), QStringLiteral("{\"name\":\"%1\"}").arg(name).toUtf8(),
            {},      "application/json",           QStringLiteral("Profiländerung"),
            {}};
}

// A transport under the test's control: it records every attempt and answers when told to.
struct FakeTransport {
    QList<OutboxEntry> attempts;
    QList<std::function<void(OutboxResult)>> waiting;
    // When set, answers at once with this status instead of waiting.
    std::function<int(const OutboxEntry &)> autoAnswer;

    OutboxSendFunction function()
    {
        return [this](const OutboxEntry &entry, std::function<void(OutboxResult)> done) {
            attempts.append(entry);
            if (autoAnswer)
                done(OutboxResult::fromHttpStatus(autoAnswer(entry), QStringLiteral("status")));
            else
                waiting.append(std::move(done));
        };
    }
    void answer(int status, const QString &error = {})
    {
        QVERIFY(!waiting.isEmpty());
        waiting.takeFirst()(OutboxResult::fromHttpStatus(status, error));
    }
    QStringList names() const
    {
        QStringList result;
        for (const auto &entry : attempts)
            result.append(QString::fromUtf8(entry.body).section(QLatin1Char('"'), 3, 3));
        return result;
    }
};

QList<OutboxEntry> unsent(Outbox &outbox)
{
    QObject context;
    return awaitResult<QList<OutboxEntry>>([&](auto done) { outbox.unsent(&context, std::move(done)); })
        .value_or(QList<OutboxEntry> {});
}

std::optional<OutboxEntry> enqueue(Outbox &outbox, const OutboxChange &change)
{
    QObject context;
    return awaitResult<std::optional<OutboxEntry>>(
               [&](auto done) { outbox.enqueue(change, &context, std::move(done)); })
        .value_or(std::nullopt);
}

} // namespace

// The outbox keeps the user's changes through outages and restarts and sends each once, in order.
class TestOutbox : public QObject {
    Q_OBJECT

private slots:
    void init();
    void storesAChangeWithANewIdempotencyKey();
    void keepsChangesAcrossARestart();
    void sendsNothingWhileTheServerIsUnreachable();
    void sendsInOrderOneAtATime();
    void keepsAnEntryAtTheFrontThroughNetworkErrors();
    void marksARefusedEntryFailedAndGoesOn();
    void resendsAnEntryInterruptedByACrashWithTheSameKey();
    void sendsAChangeMadeWhileOnlineAtOnce();
    void stopsOnAnEndedSession();
    void startsAtOnceWhenTheServerIsBack();
    void aServerThatComesBackButKeepsFailingTheEntryIsNotAskedAgainAtOnce();
    void classifiesHttpStatuses();
};

void TestOutbox::init()
{
    startWithEmptyCacheFolder();
}

void TestOutbox::storesAChangeWithANewIdempotencyKey()
{
    CacheDatabase database(server, account);
    Outbox outbox(database);
    const auto first = enqueue(outbox, profileEdit(QStringLiteral("Anna")));
    const auto second = enqueue(outbox, profileEdit(QStringLiteral("Anna")));
    QVERIFY(first && second);
    QVERIFY(!QUuid::fromString(first->idempotencyKey).isNull());
    QVERIFY(first->idempotencyKey != second->idempotencyKey);
    QVERIFY(first->id < second->id);
    QCOMPARE(first->state, OutboxEntry::State::Pending);
    QCOMPARE(first->label, QStringLiteral("Profiländerung"));
    QVERIFY(first->createdAt.isValid());
}

void TestOutbox::keepsChangesAcrossARestart()
{
    OutboxEntry stored;
    {
        CacheDatabase database(server, account);
        Outbox outbox(database);
        stored = enqueue(outbox, profileEdit(QStringLiteral("Anna"))).value();
        enqueue(outbox,
                {"PUT",
                 QStringLiteral("/api/v1/me/avatar"),
                 {},
                 QStringLiteral("/tmp/avatar.png"),
                 "image/png",
                 QStringLiteral("Profilbild"),
                 {}});
    }
    CacheDatabase database(server, account);
    Outbox outbox(database);
    const auto entries = unsent(outbox);
    QCOMPARE(entries.size(), 2);
    const auto &first = entries.first();
    QCOMPARE(first.id, stored.id);
    QCOMPARE(first.method, QByteArray("PATCH"));
    QCOMPARE(first.path, QStringLiteral("/api/v1/me"));
    QCOMPARE(first.body, stored.body);
    QCOMPARE(first.contentType, QByteArray("application/json"));
    QCOMPARE(first.idempotencyKey, stored.idempotencyKey);
    QCOMPARE(first.label, stored.label);
    QCOMPARE(first.createdAt, stored.createdAt);
    QVERIFY(first.bodyFile.isNull());
    QCOMPARE(entries.at(1).bodyFile, QStringLiteral("/tmp/avatar.png"));
    QVERIFY(entries.at(1).body.isNull());
}

void TestOutbox::sendsNothingWhileTheServerIsUnreachable()
{
    CacheDatabase database(server, account);
    Outbox outbox(database);
    FakeTransport transport;
    OutboxSender sender(outbox, transport.function());
    QVERIFY(enqueue(outbox, profileEdit(QStringLiteral("Anna"))));
    QVERIFY(unsent(outbox).size() == 1); // every queued job, including a send's lookup, has run
    QVERIFY(transport.attempts.isEmpty());
}

void TestOutbox::sendsInOrderOneAtATime()
{
    CacheDatabase database(server, account);
    Outbox outbox(database);
    for (const auto *name : {"A", "B", "C"})
        QVERIFY(enqueue(outbox, profileEdit(QString::fromLatin1(name))));
    FakeTransport transport;
    OutboxSender sender(outbox, transport.function());
    QSignalSpy sent(&sender, &OutboxSender::entrySent);
    QSignalSpy drained(&sender, &OutboxSender::drained);
    sender.setServerReachable(true);

    QTRY_COMPARE(transport.attempts.size(), 1);
    // The next one waits for the answer to the first.
    QCOMPARE(unsent(outbox).size(), 3);
    QCOMPARE(transport.attempts.size(), 1);
    transport.answer(200);
    QTRY_COMPARE(transport.attempts.size(), 2);
    transport.answer(204);
    QTRY_COMPARE(transport.attempts.size(), 3);
    transport.answer(200);
    QTRY_COMPARE(drained.size(), 1);

    QCOMPARE(transport.names(), (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(0).at(0).value<OutboxEntry>().state, OutboxEntry::State::Sent);
    QVERIFY(unsent(outbox).isEmpty());
}

void TestOutbox::keepsAnEntryAtTheFrontThroughNetworkErrors()
{
    CacheDatabase database(server, account);
    Outbox outbox(database);
    QVERIFY(enqueue(outbox, profileEdit(QStringLiteral("A"))));
    QVERIFY(enqueue(outbox, profileEdit(QStringLiteral("B"))));
    FakeTransport transport;
    OutboxSender sender(outbox, transport.function());
    sender.setBackoff(std::chrono::milliseconds {20}, std::chrono::milliseconds {40});
    QSignalSpy retries(&sender, &OutboxSender::retryScheduled);
    QSignalSpy sent(&sender, &OutboxSender::entrySent);
    sender.setServerReachable(true);

    QTRY_COMPARE(transport.attempts.size(), 1);
    transport.answer(0, QStringLiteral("connection refused"));
    // Other requests' answers repeat "reachable"; that must not skip the pause.
    sender.setServerReachable(true);
    QCOMPARE(transport.attempts.size(), 1);
    QTRY_COMPARE(transport.attempts.size(), 2);
    transport.answer(503);
    QTRY_COMPARE(transport.attempts.size(), 3);
    transport.answer(200);
    QTRY_COMPARE(transport.attempts.size(), 4);
    transport.answer(200);
    QTRY_COMPARE(sent.size(), 2);

    // A, A, A, then B: nothing overtakes an entry that could not be sent yet, and every try of
    // one entry carries the same idempotency key.
    QCOMPARE(transport.names(),
             (QStringList {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(transport.attempts.at(0).idempotencyKey, transport.attempts.at(2).idempotencyKey);
    QCOMPARE(transport.attempts.at(2).attempts, 3);
    // The pause grows, up to its limit.
    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.at(0).at(1).toInt(), 20);
    QCOMPARE(retries.at(1).at(1).toInt(), 40);
    QCOMPARE(retries.at(0).at(0).value<OutboxEntry>().lastError, QStringLiteral("connection refused"));
}

void TestOutbox::marksARefusedEntryFailedAndGoesOn()
{
    CacheDatabase database(server, account);
    Outbox outbox(database);
    QVERIFY(enqueue(outbox, profileEdit(QStringLiteral("A"))));
    QVERIFY(enqueue(outbox, profileEdit(QStringLiteral("B"))));
    FakeTransport transport;
    transport.autoAnswer = [](const OutboxEntry &entry) { return entry.body.contains("\"A\"") ? 422 : 200; };
    OutboxSender sender(outbox, transport.function());
    QSignalSpy failed(&sender, &OutboxSender::entryFailed);
    QSignalSpy sent(&sender, &OutboxSender::entrySent);
    sender.setServerReachable(true);

    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("status"));
    QCOMPARE(failed.first().at(0).value<OutboxEntry>().state, OutboxEntry::State::Failed);
    QCOMPARE(transport.names(), (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
    // The failed one stays for the user to see and dismiss; it is not tried again.
    const auto left = unsent(outbox);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().state, OutboxEntry::State::Failed);
    QCOMPARE(left.first().lastError, QStringLiteral("status"));
    outbox.remove(left.first().id);
    QVERIFY(unsent(outbox).isEmpty());
    QCOMPARE(transport.attempts.size(), 2);
}

void TestOutbox::resendsAnEntryInterruptedByACrashWithTheSameKey()
{
    QString key;
    {
        // The app sends, and "crashes" (is destroyed) before the answer arrives.
        CacheDatabase database(server, account);
        Outbox outbox(database);
        key = enqueue(outbox, profileEdit(QStringLiteral("A")))->idempotencyKey;
        FakeTransport transport;
        OutboxSender sender(outbox, transport.function());
        sender.setServerReachable(true);
        QTRY_COMPARE(transport.attempts.size(), 1);
        QTRY_COMPARE(unsent(outbox).value(0).state, OutboxEntry::State::Sending);
    }
    CacheDatabase database(server, account);
    Outbox outbox(database);
    FakeTransport transport;
    transport.autoAnswer = [](const OutboxEntry &) { return 200; };
    OutboxSender sender(outbox, transport.function());
    QSignalSpy sent(&sender, &OutboxSender::entrySent);
    sender.setServerReachable(true);
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(transport.attempts.size(), 1);
    QCOMPARE(transport.attempts.first().idempotencyKey, key);
    QCOMPARE(transport.attempts.first().attempts, 2);
}

void TestOutbox::sendsAChangeMadeWhileOnlineAtOnce()
{
    CacheDatabase database(server, account);
    Outbox outbox(database);
    FakeTransport transport;
    transport.autoAnswer = [](const OutboxEntry &) { return 200; };
    OutboxSender sender(outbox, transport.function());
    QSignalSpy sent(&sender, &OutboxSender::entrySent);
    sender.setServerReachable(true);
    QTRY_VERIFY(!sender.isBusy());
    QVERIFY(enqueue(outbox, profileEdit(QStringLiteral("A"))));
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(sent.first().at(0).value<OutboxEntry>().label, QStringLiteral("Profiländerung"));
}

void TestOutbox::stopsOnAnEndedSession()
{
    CacheDatabase database(server, account);
    Outbox outbox(database);
    QVERIFY(enqueue(outbox, profileEdit(QStringLiteral("A"))));
    QVERIFY(enqueue(outbox, profileEdit(QStringLiteral("B"))));
    FakeTransport transport;
    transport.autoAnswer = [](const OutboxEntry &) { return 401; };
    OutboxSender sender(outbox, transport.function());
    QSignalSpy unauthorized(&sender, &OutboxSender::unauthorized);
    sender.setServerReachable(true);
    QTRY_COMPARE(unauthorized.size(), 1);
    QVERIFY(!sender.isServerReachable());
    QCOMPARE(transport.attempts.size(), 1);
    // Nothing is lost: after the next login both are still to send.
    const auto left = unsent(outbox);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.first().state, OutboxEntry::State::Pending);
}

void TestOutbox::startsAtOnceWhenTheServerIsBack()
{
    CacheDatabase database(server, account);
    Outbox outbox(database);
    QVERIFY(enqueue(outbox, profileEdit(QStringLiteral("A"))));
    FakeTransport transport;
    OutboxSender sender(outbox, transport.function());
    // A long pause, as after many failures: the server coming back must not wait for it.
    sender.setBackoff(std::chrono::minutes {5}, std::chrono::minutes {5});
    QSignalSpy retries(&sender, &OutboxSender::retryScheduled);
    QSignalSpy sent(&sender, &OutboxSender::entrySent);
    sender.setServerReachable(true);
    QTRY_COMPARE(transport.attempts.size(), 1);
    transport.answer(0);
    QTRY_COMPARE(retries.size(), 1);
    sender.setServerReachable(false);
    sender.setServerReachable(true);
    QTRY_COMPARE(transport.attempts.size(), 2);
    transport.answer(200);
    QTRY_COMPARE(sent.size(), 1);
}

void TestOutbox::aServerThatComesBackButKeepsFailingTheEntryIsNotAskedAgainAtOnce()
{
    CacheDatabase database(server, account);
    Outbox outbox(database);
    QVERIFY(enqueue(outbox, profileEdit(QStringLiteral("A"))));
    FakeTransport transport;
    OutboxSender sender(outbox, transport.function());
    sender.setBackoff(std::chrono::minutes {5}, std::chrono::minutes {5});
    sender.setServerReachable(true);
    QTRY_COMPARE(transport.attempts.size(), 1);
    transport.answer(0);
    // Back (it answered a read): one try at once, which fails too.
    sender.setServerReachable(false);
    sender.setServerReachable(true);
    QTRY_COMPARE(transport.attempts.size(), 2);
    transport.answer(0);
    // Back once more: the pause holds now, instead of a send-fail-return loop.
    sender.setServerReachable(false);
    sender.setServerReachable(true);
    QTest::qWait(200);
    QCOMPARE(transport.attempts.size(), 2);
}

void TestOutbox::classifiesHttpStatuses()
{
    using O = OutboxResult::Outcome;
    QCOMPARE(OutboxResult::fromHttpStatus(200).outcome, O::Sent);
    QCOMPARE(OutboxResult::fromHttpStatus(204).outcome, O::Sent);
    QCOMPARE(OutboxResult::fromHttpStatus(0).outcome, O::Retry);
    QCOMPARE(OutboxResult::fromHttpStatus(408).outcome, O::Retry);
    QCOMPARE(OutboxResult::fromHttpStatus(429).outcome, O::Retry);
    QCOMPARE(OutboxResult::fromHttpStatus(502).outcome, O::Retry);
    QCOMPARE(OutboxResult::fromHttpStatus(401).outcome, O::Unauthorized);
    QCOMPARE(OutboxResult::fromHttpStatus(409).outcome, O::Rejected);
    QCOMPARE(OutboxResult::fromHttpStatus(422).outcome, O::Rejected);
    QCOMPARE(OutboxResult::fromHttpStatus(404).outcome, O::Rejected);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
