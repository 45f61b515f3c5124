#include "client/app/AppContext.h"
#include "client/app/Application.h"

#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"
#include "TestVideos.h"

#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kp::client;

// A tutorial video as a customer meets it, through the real widgets, the real server and real
// playback (GStreamer, offscreen): the agency publishes a required video; the customer's
// sidebar counts it, the Videos page shows it as new; the player keeps "understood" closed
// until the default 90 % is really watched, then the confirmation reaches the server and
// /api/v1/me says the videos are complete.
class TestVideosFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void aCustomerWatchesARequiredVideoAndConfirmsIt();

private:
    QJsonObject serverVideo(const QString &token, const QString &id);
    static QString currentPage(AppContext &app)
    {
        return GuiDriver(app.window).find<QStackedWidget>(QStringLiteral("contentArea"))->currentWidget()->objectName();
    }

    ServerFixture m_fixture;
    QTemporaryDir m_dir;
};

static const QString kPassword = QStringLiteral("correct horse battery");

void TestVideosFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
}

void TestVideosFlow::cleanupTestCase()
{
    QCOMPARE(m_fixture.stop(), 0);
}

void TestVideosFlow::cleanup()
{
    KP_VERIFY_API_CONTRACT();
}

QJsonObject TestVideosFlow::serverVideo(const QString &token, const QString &id)
{
    for (const auto &item :
         m_fixture.http->get(QStringLiteral("/api/v1/videos"), token).json.value(QLatin1String("items")).toArray()) {
        if (item.toObject().value(QLatin1String("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

void TestVideosFlow::aCustomerWatchesARequiredVideoAndConfirmsIt()
{
    // The agency's video: 4 s of real H.264/AAC, required.
    const auto path = m_dir.filePath(QStringLiteral("willkommen.mp4"));
    QVERIFY2(testvideos::encode(path, 4), "ffmpeg could not make the test video");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto &http = *m_fixture.http;
    const auto &admin = m_fixture.adminToken;
    const auto series
        = http.post(QStringLiteral("/api/v1/admin/content/series"),
                    {{QStringLiteral("title"), QStringLiteral("Onboarding")}, {QStringLiteral("position"), 1}}, admin);
    const auto created = http.post(QStringLiteral("/api/v1/admin/content/videos"),
                                   {{QStringLiteral("title"), QStringLiteral("Welcome")},
                                    {QStringLiteral("series_id"), series.json.value(QLatin1String("id"))},
                                    {QStringLiteral("required"), true}},
                                   admin);
    const auto id = created.json.value(QLatin1String("id")).toString();
    QCOMPARE(http.send(QStringLiteral("PUT"), QStringLiteral("/api/v1/admin/content/videos/%1/file").arg(id),
                       file.readAll(), QStringLiteral("video/mp4"), admin)
                 .status,
             200);
    QCOMPARE(http.post(QStringLiteral("/api/v1/admin/content/videos/%1/publish").arg(id), {}, admin).status, 200);

    const auto email = QStringLiteral("zuschauer@muster.de");
    const auto customer = m_fixture.approvedCustomer(email);
    QVERIFY(!customer.token.isEmpty());
    auto app = launchAndLogIn(*m_fixture.server, email, kPassword, QStringLiteral("videos-pc"));
    QVERIFY(app);
    GuiDriver gui(app->window);

    // The sidebar counts the required video left; the page shows it as new.
    QTRY_VERIFY_WITH_TIMEOUT(
        gui.find<QPushButton>(QStringLiteral("nav_videos"))->accessibleName().contains(QStringLiteral("1")), 10000);
    gui.click(QStringLiteral("nav_videos"));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(*app), QStringLiteral("videosPage"), 10000);
    const auto cardName = QStringLiteral("videoCard_") + id;
    QTRY_VERIFY_WITH_TIMEOUT(app->window.findChild<QWidget *>(cardName), 10000);
    auto *card = gui.find<QWidget>(cardName);
    QVERIFY(card->findChild<QWidget *>(QStringLiteral("videoNew"))->isVisible());

    // Opened, the player plays it; "understood" stays closed with the reason until 90 % ran.
    QTest::mouseClick(card, Qt::LeftButton, {}, QPoint(10, 10));
    QTRY_VERIFY_WITH_TIMEOUT(gui.find<QWidget>(QStringLiteral("videoPlayer"))->isVisible(), 10000);
    auto *confirm = gui.find<QPushButton>(QStringLiteral("confirmUnderstood"));
    QVERIFY(!confirm->isEnabled());
    QVERIFY(!confirm->toolTip().isEmpty());
    QCOMPARE(http.post(QStringLiteral("/api/v1/videos/%1/understood").arg(id), {}, customer.token).status, 422);
    gui.click(QStringLiteral("playPause"));
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 20000);
    // The server counted what was played, by itself.
    QTRY_VERIFY_WITH_TIMEOUT(serverVideo(customer.token, id)
                                     .value(QLatin1String("progress"))
                                     .toObject()
                                     .value(QLatin1String("watched_ratio"))
                                     .toDouble()
                                 >= 0.9,
                             10000);
    gui.click(QStringLiteral("confirmUnderstood"));
    QTRY_VERIFY_WITH_TIMEOUT(!serverVideo(customer.token, id)
                                  .value(QLatin1String("progress"))
                                  .toObject()
                                  .value(QLatin1String("understood_at"))
                                  .toString()
                                  .isEmpty(),
                             10000);
    const auto me = http.get(QStringLiteral("/api/v1/me"), customer.token).json;
    QCOMPARE(me.value(QLatin1String("onboarding")).toObject().value(QLatin1String("videos_complete")).toBool(), true);
    // The sidebar's count is gone at once.
    QTRY_VERIFY_WITH_TIMEOUT(
        !gui.find<QPushButton>(QStringLiteral("nav_videos"))->accessibleName().contains(QStringLiteral("1")), 10000);
}

QTEST_MAIN(TestVideosFlow)
#include "tst_videos_flow.moc"
