#include "client/app/AppContext.h"
#include "client/app/KeychainTokenStore.h"
#include "client/widgets/Banner.h"

#include "TestServer.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kp::client;

// A desktop without a Secret Service: the app says so, logs in anyway, keeps the session in
// memory only and writes the token to no file.
class TestNoSecretStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsUnavailableStoreAndLoadsNothing();
    void logsInWithSessionInMemoryOnlyAndWritesNoTokenFile();

private:
    QTemporaryDir m_home;
};

void TestNoSecretStore::initTestCase()
{
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/.local/share")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

void TestNoSecretStore::reportsUnavailableStoreAndLoadsNothing()
{
    KeychainTokenStore store;
    QSignalSpy unavailable(&store, &TokenStore::unavailable);
    QSignalSpy loaded(&store, &TokenStore::loaded);
    store.load(QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toString(), QString());
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!store.isAvailable());
}

void TestNoSecretStore::logsInWithSessionInMemoryOnlyAndWritesNoTokenFile()
{
    TestServer server;
    QVERIFY(server.createAdmin(QStringLiteral("admin@agentur.de"), QStringLiteral("admin password 1")));
    QVERIFY2(server.start(), qPrintable(server.log()));

    AppContext app(QUrl(server.baseUrl()));
    app.window.show();
    app.session.restore();
    QTRY_COMPARE_WITH_TIMEOUT(app.session.state(), Session::State::LoggedOut, 10000);
    auto *warning = app.window.findChild<Banner *>(QStringLiteral("persistenceBanner"));
    QTRY_VERIFY(!warning->text().isEmpty());

    QTest::keyClicks(app.window.findChild<QLineEdit *>(QStringLiteral("loginName")),
                     QStringLiteral("admin@agentur.de"));
    QTest::keyClicks(app.window.findChild<QLineEdit *>(QStringLiteral("loginPassword")),
                     QStringLiteral("admin password 1"));
    QTest::mouseClick(app.window.findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.session.state(), Session::State::Active, 10000);
    QVERIFY(!app.session.persistsLogin());

    // Whatever the app wrote under HOME holds nothing shaped like a session token
    // (43 base64url characters) and no "Bearer".
    static const QRegularExpression tokenShape(QStringLiteral("[A-Za-z0-9_-]{43}"));
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        // The account's cache writes beside this loop: a journal may be gone by now.
        if (!file.exists())
            continue;
        // GStreamer's plugin registry: the media framework's own list of installed plugins, binary
        // and full of name-like runs; nothing of the app's goes there.
        if (file.fileName().contains(QLatin1String("/.cache/gstreamer-1.0/")))
            continue;
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const auto content = QString::fromUtf8(file.readAll());
        QVERIFY2(!tokenShape.match(content).hasMatch() && !content.contains(QLatin1String("Bearer")),
                 qPrintable(file.fileName()));
    }
}

QTEST_MAIN(TestNoSecretStore)
#include "tst_no_secret_store.moc"
