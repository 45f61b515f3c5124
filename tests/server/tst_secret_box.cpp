#include "DatabaseSnapshot.h"

#include "server/app/RotateKey.h"
#include "server/config/ServerConfig.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/security/SecretBox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kp::server;

// SecretBox (server/security/SecretBox.h), its key file, and the key rotation of
// server/app/RotateKey.h on a real migrated database.
class TestSecretBox : public QObject {
    Q_OBJECT

private slots:
    void init();

    void opensWhatItSealed();
    void sealsTheSameValueDifferentlyEachTime();
    void refusesAValueWithAnyByteChanged();
    void opensOnlyWithAKeyOfItsRing();
    void createsAMissingKeyFileForItsOwnerOnlyAndReadsItBack();
    void refusesAKeyFileOthersCanReadOrWrite_data();
    void refusesAKeyFileOthersCanReadOrWrite();
    void refusesAKeyFileWithABadLine_data();
    void refusesAKeyFileWithABadLine();
    void rotationResealsEveryValueAndDropsTheOldKey();
    void rotationChangesNothingWhenAValueDoesNotOpen();
    void everyValueStaysReadableWhereverTheRotationStops_data();
    void everyValueStaysReadableWhereverTheRotationStops();

private:
    QString keyPath() const { return m_dir->filePath(QStringLiteral("secrets.key")); }
    QString databasePath() const { return m_dir->filePath(QStringLiteral("db.sqlite3")); }
    void writeKeyFile(const QByteArray &content, QFile::Permissions permissions);
    // An account with two ad accounts holding `first` and `second` and a CSV source without any.
    void insertAdAccounts(Connection &db, const QString &first, const QString &second);
    QStringList storedCredentials(Connection &db);
    QByteArray keyFileContent() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSecretBox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSecretBox::writeKeyFile(const QByteArray &content, QFile::Permissions permissions)
{
    QFile file(keyPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(file.setPermissions(permissions));
}

QByteArray TestSecretBox::keyFileContent() const
{
    QFile file(keyPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSecretBox::insertAdAccounts(Connection &db, const QString &first, const QString &second)
{
    db.exec(QStringLiteral(
        "INSERT INTO accounts (id, email, name, company, password_hash, role, status, referral_code, created_at) "
        "VALUES ('acc_1', 'kunde@example.de', 'Kunde', 'Firma', 'x', 'customer', 'approved', 'REF1', "
        "'2026-01-01T00:00:00Z')"));
    db.query("INSERT INTO ad_accounts (account_id, provider, external_id, credentials, created_at) "
             "VALUES ('acc_1', 'facebook', 'act_1', ?, '2026-01-01T00:00:00Z')",
             first)
        .run();
    db.query("INSERT INTO ad_accounts (account_id, provider, external_id, credentials, created_at) "
             "VALUES ('acc_1', 'google_ads', '123-456-7890', ?, '2026-01-01T00:00:00Z')",
             second)
        .run();
    db.exec(QStringLiteral("INSERT INTO ad_accounts (account_id, provider, external_id, credentials, created_at) "
                           "VALUES ('acc_1', 'csv', 'upload', NULL, '2026-01-01T00:00:00Z')"));
}

QStringList TestSecretBox::storedCredentials(Connection &db)
{
    QStringList values;
    auto rows = db.query("SELECT credentials FROM ad_accounts ORDER BY id");
    while (rows.next())
        values << (rows.isNull(0) ? QStringLiteral("NULL") : rows.text(0));
    return values;
}

void TestSecretBox::opensWhatItSealed()
{
    const SecretBox box({SecretBox::newKey()});
    for (const QByteArray &plain : {QByteArray(R"({"access_token":"EAAB-geheim"})"), QByteArray(),
                                    QStringLiteral("Grüße ✓").toUtf8(), QByteArray(4096, 'x')}) {
        const auto sealed = box.seal(plain);
        QVERIFY(!sealed.contains(QString::fromUtf8(plain)) || plain.isEmpty());
        QCOMPARE(box.open(sealed), std::optional(plain));
        QVERIFY(box.isCurrent(sealed));
    }
}

void TestSecretBox::sealsTheSameValueDifferentlyEachTime()
{
    const SecretBox box({SecretBox::newKey()});
    const QByteArray plain("refresh-token-1");
    const auto first = box.seal(plain);
    const auto second = box.seal(plain);
    QVERIFY(first != second);
    QCOMPARE(box.open(first), std::optional(plain));
    QCOMPARE(box.open(second), std::optional(plain));
}

void TestSecretBox::refusesAValueWithAnyByteChanged()
{
    const SecretBox box({SecretBox::newKey()});
    const auto sealed = QByteArray::fromBase64(box.seal("token").toLatin1());
    // Every byte: the header (format, key id), the nonce, the box and its tag.
    for (int i = 0; i < sealed.size(); ++i) {
        auto changed = sealed;
        changed[i] = static_cast<char>(changed[i] ^ 0x01);
        QVERIFY2(!box.open(QString::fromLatin1(changed.toBase64())), qPrintable(QString::number(i)));
    }
    QVERIFY(!box.open(QString::fromLatin1(sealed.left(sealed.size() - 1).toBase64())));
    QVERIFY(!box.open(QStringLiteral("not base64 at all!")));
    QVERIFY(!box.open(QString()));
    QVERIFY(!box.isCurrent(QStringLiteral("not base64 at all!")));
}

void TestSecretBox::opensOnlyWithAKeyOfItsRing()
{
    const auto keyA = SecretBox::newKey();
    const auto keyB = SecretBox::newKey();
    const SecretBox a({keyA});
    const SecretBox b({keyB});
    const auto sealed = a.seal("token");
    QVERIFY(!b.open(sealed));
    QVERIFY(!b.isCurrent(sealed));
    // A ring with B current still opens what A sealed, and seals with B.
    const SecretBox ring({keyB, keyA});
    QCOMPARE(ring.open(sealed), std::optional(QByteArray("token")));
    QVERIFY(!ring.isCurrent(sealed));
    QVERIFY(b.open(ring.seal("next")));
    QVERIFY(!a.open(ring.seal("next")));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SecretBox({}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SecretBox({QByteArray(16, 'k')}));
}

void TestSecretBox::createsAMissingKeyFileForItsOwnerOnlyAndReadsItBack()
{
    const auto previous = ::umask(022); // a shell's usual umask must not matter
    const auto created = SecretBox::fromKeyFile(keyPath());
    ::umask(previous);
    struct stat status { };
    QCOMPARE(::stat(QFile::encodeName(keyPath()).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, 0600u);
    QCOMPARE(created.keys().size(), 1);
    QCOMPARE(keyFileContent(), created.keys().first().toBase64() + '\n');
    // The next start reads the same key, and no temporary file is left beside it.
    const auto again = SecretBox::fromKeyFile(keyPath());
    QCOMPARE(again.open(created.seal("token")), std::optional(QByteArray("token")));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList {QStringLiteral("secrets.key")});
}

void TestSecretBox::refusesAKeyFileOthersCanReadOrWrite_data()
{
    QTest::addColumn<int>("permissions");
    QTest::newRow("0640") << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    QTest::newRow("0604") << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QTest::newRow("0620") << int(QFile::ReadOwner | QFile::WriteOwner | QFile::WriteGroup);
}

void TestSecretBox::refusesAKeyFileOthersCanReadOrWrite()
{
    QFETCH(int, permissions);
    writeKeyFile(SecretBox::newKey().toBase64() + '\n', QFile::Permissions(permissions));
    try {
        SecretBox::fromKeyFile(keyPath());
        QFAIL("a key file open to others was accepted");
    } catch (const ConfigError &error) {
        const auto message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(QStringLiteral("[security] key_file"))
                     && message.contains(QStringLiteral("chmod 600")) && message.contains(keyPath()),
                 error.what());
    }
}

void TestSecretBox::refusesAKeyFileWithABadLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    const auto key = SecretBox::newKey().toBase64();
    QTest::newRow("not base64") << key + "\nnot a key!\n" << QStringLiteral("line 2 is not a base64 key");
    QTest::newRow("short key") << QByteArray(16, 'k').toBase64() + '\n' << QStringLiteral("line 1 is not a base64 key");
    QTest::newRow("long key") << key + "\n" + QByteArray(33, 'k').toBase64() << QStringLiteral("line 2 is not");
    QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("holds no key");
}

void TestSecretBox::refusesAKeyFileWithABadLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    writeKeyFile(content, QFile::ReadOwner | QFile::WriteOwner);
    try {
        SecretBox::fromKeyFile(keyPath());
        QFAIL("a bad key file was accepted");
    } catch (const ConfigError &error) {
        const auto message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(QStringLiteral("[security] key_file")) && message.contains(problem), error.what());
    }
    QCOMPARE(keyFileContent(), content); // refused, not replaced
}

void TestSecretBox::rotationResealsEveryValueAndDropsTheOldKey()
{
    Database database(databasePath());
    auto &db = database.connection();
    applyMigrations(db);
    const auto ringA = SecretBox::fromKeyFile(keyPath());
    const auto keyA = ringA.keys().first();
    insertAdAccounts(db, ringA.seal(R"({"access_token":"fb-1"})"), ringA.seal(R"({"refresh_token":"g-1"})"));

    QCOMPARE(rotateKey(db, keyPath()), 2);

    const auto ringB = SecretBox::fromKeyFile(keyPath());
    QCOMPARE(ringB.keys().size(), 1);
    QVERIFY(ringB.keys().first() != keyA);
    QVERIFY(!keyFileContent().contains(keyA.toBase64()));
    const auto stored = storedCredentials(db);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(ringB.open(stored[0]), std::optional(QByteArray(R"({"access_token":"fb-1"})")));
    QCOMPARE(ringB.open(stored[1]), std::optional(QByteArray(R"({"refresh_token":"g-1"})")));
    QCOMPARE(stored[2], QStringLiteral("NULL"));
    QVERIFY(!SecretBox({keyA}).open(stored[0]));
    QVERIFY(!SecretBox({keyA}).open(stored[1]));
    struct stat status { };
    QCOMPARE(::stat(QFile::encodeName(keyPath()).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, 0600u);
}

void TestSecretBox::rotationChangesNothingWhenAValueDoesNotOpen()
{
    Database database(databasePath());
    auto &db = database.connection();
    applyMigrations(db);
    const auto ring = SecretBox::fromKeyFile(keyPath());
    const SecretBox stranger({SecretBox::newKey()});
    insertAdAccounts(db, ring.seal("fb-1"), stranger.seal("sealed elsewhere"));
    const auto before = databaseSnapshot(databasePath());
    const auto keysBefore = keyFileContent();

    try {
        rotateKey(db, keyPath());
        QFAIL("a value that does not open was sealed again");
    } catch (const KeyRotationError &error) {
        const auto message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(QStringLiteral("ad_accounts.credentials"))
                     && message.contains(QStringLiteral("id = 2"))
                     && message.contains(QStringLiteral("nothing was changed")),
                 error.what());
        QVERIFY(!message.contains(QStringLiteral("fb-1")));
    }
    QCOMPARE(databaseSnapshot(databasePath()), before);
    QCOMPARE(keyFileContent(), keysBefore);
}

void TestSecretBox::everyValueStaysReadableWhereverTheRotationStops_data()
{
    QTest::addColumn<RotationStep>("step");
    QTest::newRow("ring extended") << RotationStep::RingExtended;
    QTest::newRow("values sealed again") << RotationStep::ValuesResealed;
}

void TestSecretBox::everyValueStaysReadableWhereverTheRotationStops()
{
    QFETCH(RotationStep, step);
    const QList<QByteArray> plain {"fb-1", "g-1"};
    {
        Database database(databasePath());
        auto &db = database.connection();
        applyMigrations(db);
        const auto ring = SecretBox::fromKeyFile(keyPath());
        insertAdAccounts(db, ring.seal(plain[0]), ring.seal(plain[1]));
        // The process dies there: nothing after it runs, no destructor tidies the key file.
        struct Crash { };
        try {
            rotateKey(db, keyPath(), [step](RotationStep reached) {
                if (reached == step)
                    throw Crash {};
            });
            QFAIL("the rotation went past the crash");
        } catch (const Crash &) {
        }
    }
    // What the next start finds.
    Database database(databasePath());
    auto &db = database.connection();
    const auto ring = SecretBox::fromKeyFile(keyPath());
    QCOMPARE(ring.keys().size(), 2);
    auto stored = storedCredentials(db);
    QCOMPARE(ring.open(stored[0]), std::optional(plain[0]));
    QCOMPARE(ring.open(stored[1]), std::optional(plain[1]));
    // A new seal uses the new key: a second rotation must not lose it either.
    db.query("UPDATE ad_accounts SET credentials = ? WHERE id = 1", ring.seal("fb-2")).run();

    QCOMPARE(rotateKey(db, keyPath()), 2);
    const auto finished = SecretBox::fromKeyFile(keyPath());
    QCOMPARE(finished.keys().size(), 1);
    stored = storedCredentials(db);
    QCOMPARE(finished.open(stored[0]), std::optional(QByteArray("fb-2")));
    QCOMPARE(finished.open(stored[1]), std::optional(plain[1]));
}

QTEST_GUILESS_MAIN(TestSecretBox)
#include "tst_secret_box.moc"
