#include "client/api/ApiClient.h"
#include "client/app/Application.h"
#include "client/settings/ServerSettingsDialog.h"
#include "client/widgets/Banner.h"

#include "GuiDriver.h"

#include <QTest>

using namespace kp::client;

// The server dialog warns, while the address is typed, when the password and the session token
// would cross the network unencrypted (http:// to another computer).
class TestServerSettingsDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void warnsAboutUnencryptedRemoteAddresses_data();
    void warnsAboutUnencryptedRemoteAddresses();
    void warnsAtOnceForAStoredUnencryptedAddress();
    void warnsInGerman();
};

void TestServerSettingsDialog::initTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TestServerSettingsDialog::warnsAboutUnencryptedRemoteAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("warned");
    QTest::newRow("http to a remote host") << "http://portal.agentur.de" << true;
    QTest::newRow("http to a LAN address") << "http://192.168.1.20:8080" << true;
    QTest::newRow("http to a look-alike of localhost") << "http://localhost.agentur.de" << true;
    QTest::newRow("https to a remote host") << "https://portal.agentur.de" << false;
    QTest::newRow("bare host means https") << "portal.agentur.de" << false;
    QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:8080" << false;
    QTest::newRow("http to 127.x.y.z") << "http://127.8.9.10:8080" << false;
    QTest::newRow("http to ::1") << "http://[::1]:8080" << false;
    QTest::newRow("http to localhost") << "http://LocalHost:8080" << false;
    QTest::newRow("not an address yet") << "http://" << false;
}

void TestServerSettingsDialog::warnsAboutUnencryptedRemoteAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, warned);
    ApiClient api;
    ServerSettingsDialog dialog(QUrl(QStringLiteral("http://127.0.0.1:8080")), api);
    dialog.show();
    GuiDriver gui(dialog);
    auto *warning = gui.find<Banner>(QStringLiteral("serverUnencryptedWarning"));
    QVERIFY(!warning->isVisible());

    gui.type(QStringLiteral("serverUrl"), address);
    QCOMPARE(warning->isVisible(), warned);
    QCOMPARE(warning->text().contains(QLatin1String("not encrypted")), warned);

    // Corrected to https, the warning goes away while typing.
    gui.type(QStringLiteral("serverUrl"), QStringLiteral("https://portal.agentur.de"));
    QVERIFY(!warning->isVisible());
}

void TestServerSettingsDialog::warnsAtOnceForAStoredUnencryptedAddress()
{
    ApiClient api;
    ServerSettingsDialog dialog(QUrl(QStringLiteral("http://portal.agentur.de")), api);
    dialog.show();
    QVERIFY(GuiDriver(dialog).find<Banner>(QStringLiteral("serverUnencryptedWarning"))->isVisible());
}

void TestServerSettingsDialog::warnsInGerman()
{
    installTranslations(QStringLiteral("de"));
    ApiClient api;
    ServerSettingsDialog dialog(QUrl(QStringLiteral("http://portal.agentur.de")), api);
    const auto text = GuiDriver(dialog).find<Banner>(QStringLiteral("serverUnencryptedWarning"))->text();
    installTranslations(QStringLiteral("en"));
    QVERIFY2(text.contains(QStringLiteral("verschlüsselt")), qPrintable(text));
}

QTEST_MAIN(TestServerSettingsDialog)
#include "tst_server_settings_dialog.moc"
