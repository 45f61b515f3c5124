#include "client/app/KeychainTokenStore.h"

#include <QSignalSpy>
#include <QTest>

using kp::client::KeychainTokenStore;
using kp::client::TokenStore;

// A real round trip through QtKeychain into gnome-keyring's Secret Service, in the private
// D-Bus session that tests/run-with-keyring.sh starts.
class TestTokenStore : public QObject {
    Q_OBJECT

private slots:
    void keepsTokenAcrossInstancesPerServer();
    void forgetsTokenOnRemove();
    void answersEmptyForUnknownServer();

private:
    static QString load(TokenStore &store, const QString &server);
};

QString TestTokenStore::load(TokenStore &store, const QString &server)
{
    QSignalSpy loaded(&store, &TokenStore::loaded);
    store.load(server);
    if (!loaded.wait(10000))
        return QStringLiteral("<timeout>");
    return loaded.takeFirst().at(0).toString();
}

void TestTokenStore::keepsTokenAcrossInstancesPerServer()
{
    const auto token = QStringLiteral("8j2XAYBkrcutNIzF7irc94bc5ZGYxx2LR2YdtlDgqgk");
    {
        KeychainTokenStore store(QStringLiteral("Kundenportal-Test"));
        QSignalSpy saved(&store, &TokenStore::saved);
        QSignalSpy unavailable(&store, &TokenStore::unavailable);
        store.save(QStringLiteral("http://server-a:8080"), token);
        QVERIFY2(saved.wait(10000),
                 qPrintable(unavailable.isEmpty() ? QString() : unavailable.first().at(0).toString()));
        QVERIFY(store.isAvailable());
    }
    // A new instance is what the app has after a restart.
    KeychainTokenStore restarted(QStringLiteral("Kundenportal-Test"));
    QCOMPARE(load(restarted, QStringLiteral("http://server-a:8080")), token);
    QCOMPARE(load(restarted, QStringLiteral("http://server-b:8080")), QString());
}

void TestTokenStore::forgetsTokenOnRemove()
{
    KeychainTokenStore store(QStringLiteral("Kundenportal-Test"));
    QSignalSpy saved(&store, &TokenStore::saved);
    store.save(QStringLiteral("http://server-c:8080"), QStringLiteral("secret-token"));
    QVERIFY(saved.wait(10000));
    QSignalSpy removed(&store, &TokenStore::removed);
    store.remove(QStringLiteral("http://server-c:8080"));
    QVERIFY(removed.wait(10000));
    QCOMPARE(load(store, QStringLiteral("http://server-c:8080")), QString());
    QVERIFY(store.isAvailable());
}

void TestTokenStore::answersEmptyForUnknownServer()
{
    KeychainTokenStore store(QStringLiteral("Kundenportal-Test"));
    QCOMPARE(load(store, QStringLiteral("http://never-stored:1")), QString());
    QVERIFY(store.isAvailable()); // "not found" is not "no secret store"
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_token_store.moc"
