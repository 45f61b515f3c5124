#include "FakeGoogleServer.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// The checklist kept in the agency's Google Sheet, end to end: the real server binary reads
// FakeGoogle (token, Drive and Sheets in Google's wire format) with a service account made up
// for the test. A changed sheet becomes a new version at the next sync, and a broken or
// unshared sheet is reported while the last good version stays live.
class TestChecklistGoogle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void publishesTheSheetAtStart();
    void aNewRequiredItemInTheSheetReachesTheCustomerAtTheNextSync();
    void anUnchangedSheetPublishesNoNewVersion();
    void keepsTheLastGoodVersionWhenTheSheetIsUnsharedOrBroken();

private:
    QJsonObject status();
    QJsonObject syncNow();
    QStringList customerItemIds();

    QTemporaryDir m_keys;
    TestServiceAccount m_account;
    FakeGoogle m_google;
    ServerFixture m_fixture;
    ServerFixture::Customer m_customer;
};

static const QList<QStringList> kSheet {
    {QStringLiteral("Bereich"), QStringLiteral("item_id"), QStringLiteral("label"), QStringLiteral("type"),
     QStringLiteral("required"), QStringLiteral("options"), QStringLiteral("help"), QStringLiteral("stage")},
    {QStringLiteral("Unternehmen"), QStringLiteral("firma"), QStringLiteral("Firmenname"), QStringLiteral("text"),
     QStringLiteral("ja")},
    {QStringLiteral("Unternehmen"), QStringLiteral("website"), QStringLiteral("Website"), QStringLiteral("url"),
     QStringLiteral("nein")},
};

void TestChecklistGoogle::initTestCase()
{
    m_account = TestServiceAccount::create(m_keys.path());
    m_google.addServiceAccount(m_account.clientEmail, m_account.publicKeyPem);
    m_google.shareWith(m_account.clientEmail);
    auto sheet = kSheet;
    sheet[0][0] = QStringLiteral("section"); // the header names the column; "Bereich" is tested below
    m_google.setRows(sheet);
    QVERIFY(m_google.start());
    auto settings = fakeGoogleSettings(m_google, m_account);
    settings.insert(QStringLiteral("security/register_per_hour"), QStringLiteral("1000"));
    QVERIFY2(m_fixture.start(settings), qPrintable(m_fixture.error()));
    m_customer = m_fixture.approvedCustomer(QStringLiteral("kunde@becker.de"));
    QVERIFY(!m_customer.token.isEmpty());
}

void TestChecklistGoogle::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestChecklistGoogle::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

QJsonObject TestChecklistGoogle::status()
{
    return m_fixture.http->get(QStringLiteral("/api/v1/admin/checklist/status"), m_fixture.adminToken).json;
}

QJsonObject TestChecklistGoogle::syncNow()
{
    const auto answer = m_fixture.http->post(QStringLiteral("/api/v1/admin/checklist/sync"), {}, m_fixture.adminToken);
    if (answer.status != 200)
        qWarning() << "sync answered" << answer.status << answer.json;
    return answer.json;
}

QStringList TestChecklistGoogle::customerItemIds()
{
    QStringList ids;
    const auto checklist = m_fixture.http->get(QStringLiteral("/api/v1/checklist"), m_customer.token).json;
    for (const auto &section : checklist.value(QLatin1String("sections")).toArray())
        for (const auto &item : section.toObject().value(QLatin1String("items")).toArray())
            ids.append(item.toObject().value(QLatin1String("id")).toString());
    return ids;
}

void TestChecklistGoogle::publishesTheSheetAtStart()
{
    // The periodic job reads the sheet once at start.
    QTRY_COMPARE_WITH_TIMEOUT(status().value(QLatin1String("version")).toInt(), 1, 20000);
    const auto now = status();
    QCOMPARE(now.value(QLatin1String("source")).toString(), QStringLiteral("sheet"));
    QVERIFY(now.value(QLatin1String("last_error")).isNull());
    QVERIFY(now.value(QLatin1String("sheet")).toString().startsWith(QLatin1String("Google Sheet")));
    QCOMPARE(customerItemIds(), (QStringList {QStringLiteral("firma"), QStringLiteral("website")}));
}

void TestChecklistGoogle::aNewRequiredItemInTheSheetReachesTheCustomerAtTheNextSync()
{
    const QJsonObject answers {
        {QStringLiteral("answers"), QJsonObject {{QStringLiteral("firma"), QStringLiteral("Becker GmbH")}}}};
    QCOMPARE(m_fixture.http
                 ->send(QStringLiteral("PUT"), QStringLiteral("/api/v1/checklist/answers"),
                        QJsonDocument(answers).toJson(), QStringLiteral("application/json"), m_customer.token)
                 .status,
             200);
    QCOMPARE(m_fixture.http->post(QStringLiteral("/api/v1/checklist/complete"), {}, m_customer.token).status, 200);

    // The agency adds a required item; the columns come in another order this time.
    m_google.setRows({{QStringLiteral("item_id"), QStringLiteral("section"), QStringLiteral("type"),
                       QStringLiteral("label"), QStringLiteral("required")},
                      {QStringLiteral("firma"), QStringLiteral("Unternehmen"), QStringLiteral("text"),
                       QStringLiteral("Firmenname"), QStringLiteral("ja")},
                      {QStringLiteral("website"), QStringLiteral("Unternehmen"), QStringLiteral("url"),
                       QStringLiteral("Website"), QStringLiteral("nein")},
                      {QStringLiteral("telefon"), QStringLiteral("Unternehmen"), QStringLiteral("text"),
                       QStringLiteral("Telefon für Rückfragen"), QStringLiteral("ja")}});
    QCOMPARE(syncNow().value(QLatin1String("outcome")).toString(), QStringLiteral("published"));
    QCOMPARE(status().value(QLatin1String("version")).toInt(), 2);
    QVERIFY(customerItemIds().contains(QStringLiteral("telefon")));
    const auto checklist = m_fixture.http->get(QStringLiteral("/api/v1/checklist"), m_customer.token).json;
    QCOMPARE(checklist.value(QLatin1String("complete")).toBool(), false);
    QCOMPARE(checklist.value(QLatin1String("answers")).toObject().value(QLatin1String("firma")).toString(),
             QStringLiteral("Becker GmbH"));
}

void TestChecklistGoogle::anUnchangedSheetPublishesNoNewVersion()
{
    // "Sync now" reads the sheet even when Drive says it is unchanged (the admin asked); the
    // periodic job skips it by its modifiedTime (tst_onboarding_module, tst_google_sheets).
    QCOMPARE(syncNow().value(QLatin1String("outcome")).toString(), QStringLiteral("unchanged"));
    QCOMPARE(status().value(QLatin1String("version")).toInt(), 2);
}

void TestChecklistGoogle::keepsTheLastGoodVersionWhenTheSheetIsUnsharedOrBroken()
{
    m_google.unshareWith(m_account.clientEmail);
    QCOMPARE(syncNow().value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    auto now = status();
    QCOMPARE(now.value(QLatin1String("last_error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("not_shared"));
    QCOMPARE(now.value(QLatin1String("version")).toInt(), 2);

    // Shared again, but the header lost its "type" column.
    m_google.shareWith(m_account.clientEmail);
    m_google.setRows(
        {{QStringLiteral("section"), QStringLiteral("item_id"), QStringLiteral("label"), QStringLiteral("required")},
         {QStringLiteral("Unternehmen"), QStringLiteral("firma"), QStringLiteral("Firmenname"), QStringLiteral("ja")}});
    QCOMPARE(syncNow().value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    now = status();
    QCOMPARE(now.value(QLatin1String("last_error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("invalid_sheet"));
    QCOMPARE(now.value(QLatin1String("version")).toInt(), 2);
    QVERIFY(customerItemIds().contains(QStringLiteral("telefon")));
}

QTEST_MAIN(TestChecklistGoogle)
#include "tst_checklist_google.moc"
