#include "server/accounts/AccountStore.h"
#include "server/accounts/SessionStore.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"

#include "DatabaseSnapshot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kp::server;

// Sessions expire and are stored as hashes only; tested with a clock the test moves.
class TestSessionStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void findsTheAccountOfAnUnexpiredToken();
    void refusesTheTokenOnceExpiredAndDeletesIt();
    void storesOnlyTheTokensHash();
    void revokesOneSession();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    QString m_accountId;
    Clock clock()
    {
        return [this] { return m_now; };
    }
};

void TestSessionStore::init()
{
    static int counter = 0;
    m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++counter)));
    applyMigrations(m_database->connection());
    AccountStore accounts(*m_database, clock());
    NewAccount account;
    account.email = QStringLiteral("erika@mustermann.de");
    account.name = QStringLiteral("Erika");
    account.company = QStringLiteral("Mustermann GmbH");
    account.passwordHash = QStringLiteral("$argon2id$not-used-here");
    m_accountId = accounts.insert(account).account->id;
}

void TestSessionStore::cleanup()
{
    m_database.reset();
}

void TestSessionStore::findsTheAccountOfAnUnexpiredToken()
{
    SessionStore sessions(*m_database, clock());
    const auto session = sessions.create(m_accountId, 30);
    QCOMPARE(session.expiresAt, m_now.addDays(30));
    m_now = m_now.addDays(29);
    QCOMPARE(sessions.accountIdFor(session.tokenHash), std::optional(m_accountId));
}

void TestSessionStore::refusesTheTokenOnceExpiredAndDeletesIt()
{
    SessionStore sessions(*m_database, clock());
    const auto session = sessions.create(m_accountId, 1);
    m_now = m_now.addDays(1);
    QCOMPARE(sessions.accountIdFor(session.tokenHash), std::nullopt);
    QCOMPARE(sessions.deleteExpired(), 1);
    QCOMPARE(sessions.deleteExpired(), 0);
}

void TestSessionStore::storesOnlyTheTokensHash()
{
    SessionStore sessions(*m_database, clock());
    const auto session = sessions.create(m_accountId, 30);
    QCOMPARE(session.token.size(), 43); // 32 random bytes, base64url
    QCOMPARE(session.tokenHash.size(), 64);
    const auto snapshot = databaseSnapshot(m_database->path());
    QVERIFY(snapshot.contains(session.tokenHash));
    QVERIFY(!snapshot.contains(session.token));
}

void TestSessionStore::revokesOneSession()
{
    SessionStore sessions(*m_database, clock());
    const auto first = sessions.create(m_accountId, 30);
    const auto second = sessions.create(m_accountId, 30);
    QVERIFY(first.token != second.token);
    sessions.revoke(first.tokenHash);
    QCOMPARE(sessions.accountIdFor(first.tokenHash), std::nullopt);
    QCOMPARE(sessions.accountIdFor(second.tokenHash), std::optional(m_accountId));
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_session_store.moc"
