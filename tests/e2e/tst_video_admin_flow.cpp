#include "client/app/AppContext.h"
#include "client/app/Application.h"
#include "client/videos/VideoAdminController.h"
#include "client/videos/VideoAdminPage.h"
#include "client/videos/VideoAdminSeriesSection.h"
#include "client/videos/VideoAdminThumbnail.h"
#include "client/videos/VideoEditorDialog.h"
#include "client/widgets/Banner.h"
#include "client/widgets/StatePanel.h"

#include "GuiDriver.h"
#include "LaunchApp.h"
#include "ServerFixture.h"
#include "TestVideos.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kp::client;

// The agency's "Manage videos" page through the real widgets against the real server: the
// admin adds a series, adds a video with a real MP4 (made by ffmpeg now) and a frame of it as
// the picture, sees the upload finish and the row with its length, publishes it, adds a second
// one and drags it before the first; after each step the server holds exactly that. A file
// that is not a video is refused in words, the dialog keeps what was typed, and the draft
// cannot be published without its file. Without the server the page shows the cached copy and
// its changes wait.
class TestVideoAdminFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void addsPublishesAndReordersVideos();
    void refusesAFileThatIsNotAVideoAndKeepsTheInput();
    void renamesASeries();
    void editsAVideoAndDeletesItAfterConfirming();
    void aRefusedOrderRestoresTheOldOneAndSaysWhy();
    void showsTheCachedVideosOfflineAndWaitsWithChanges();

private:
    QJsonArray serverItems(const QString &kind) const;
    QJsonObject serverItem(const QString &kind, const QString &title) const;
    QString addSeries(const QString &title);
    // Opens "Add video", fills it in and saves; the dialog (still open on a refusal).
    QPointer<VideoEditorDialog> addVideo(const QString &title, const QString &file, bool frameAsPicture);
    VideoAdminPage *page() const;

    ServerFixture m_fixture;
    QTemporaryDir m_files;
    QString m_realVideo;  // H.264/AAC, 4 s
    QString m_shortVideo; // a minimal MP4 of 7.5 s
    QString m_notAVideo;  // text named .mp4
    std::unique_ptr<AppContext> m_app;
};

void TestVideoAdminFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QStringLiteral("en"));
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_realVideo = m_files.filePath(QStringLiteral("willkommen.mp4"));
    QVERIFY2(testvideos::encode(m_realVideo, 4), "ffmpeg could not make the test video");
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(m_files.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    m_shortVideo = write(QStringLiteral("checkliste.mp4"), testvideos::syntheticMp4(7.5, 64 * 1024));
    m_notAVideo = write(QStringLiteral("notizen.mp4"), QByteArray("Notizen zum Dreh, kein Video.\n").repeated(100));
    QVERIFY(!m_shortVideo.isEmpty() && !m_notAVideo.isEmpty());
}

void TestVideoAdminFlow::init()
{
    m_app = launchAndLogIn(*m_fixture.server, ServerFixture::adminEmail, ServerFixture::adminPassword,
                           QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(m_app);
    GuiDriver(m_app->window).click(QStringLiteral("nav_video_admin"));
    QTRY_VERIFY(page() && page()->isVisible());
}

void TestVideoAdminFlow::cleanup()
{
    m_app.reset();
    KP_VERIFY_API_CONTRACT();
}

void TestVideoAdminFlow::cleanupTestCase()
{
    if (m_fixture.server)
        QCOMPARE(m_fixture.stop(), 0);
}

VideoAdminPage *TestVideoAdminFlow::page() const
{
    return m_app->window.findChild<VideoAdminPage *>(QStringLiteral("videoAdminPage"));
}

QJsonArray TestVideoAdminFlow::serverItems(const QString &kind) const
{
    const auto answer = m_fixture.http->get(QStringLiteral("/api/v1/admin/content/") + kind, m_fixture.adminToken);
    return answer.json.value(QLatin1String("items")).toArray();
}

QJsonObject TestVideoAdminFlow::serverItem(const QString &kind, const QString &title) const
{
    for (const auto &item : serverItems(kind)) {
        if (item.toObject().value(QLatin1String("title")).toString() == title)
            return item.toObject();
    }
    return {};
}

// The new series' id once the server has it and the page shows it; empty when not.
QString TestVideoAdminFlow::addSeries(const QString &title)
{
    GuiDriver(m_app->window).click(QStringLiteral("videoAddSeries"));
    QInputDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = m_app->window.findChild<QInputDialog *>(QStringLiteral("seriesTitleDialog"))); },
            5000))
        return {};
    dialog->setTextValue(title);
    dialog->accept();
    QString id;
    const auto shown = QTest::qWaitFor(
        [&] {
            id = serverItem(QStringLiteral("series"), title).value(QLatin1String("id")).toString();
            return !id.isEmpty() && page()->section(id);
        },
        10000);
    return shown ? id : QString();
}

QPointer<VideoEditorDialog> TestVideoAdminFlow::addVideo(const QString &title, const QString &file, bool frameAsPicture)
{
    GuiDriver gui(m_app->window);
    gui.click(QStringLiteral("videoAdd"));
    QPointer<VideoEditorDialog> dialog = page()->findChild<VideoAdminController *>()->editor();
    if (!dialog || !QTest::qWaitFor([&] { return dialog->isVisible(); }, 5000))
        return nullptr;
    GuiDriver form(*dialog);
    form.type(QStringLiteral("videoTitle"), title);
    dialog->setFileChooser([file](QWidget *, const QString &, const QString &) { return file; });
    form.click(QStringLiteral("videoChooseFile"));
    const auto name = QFileInfo(file).fileName();
    if (!QTest::qWaitFor(
            [&] { return form.text(QStringLiteral("videoFileName")).startsWith(name + QStringLiteral(" · ")); }, 10000))
        return nullptr;
    if (frameAsPicture) {
        form.click(QStringLiteral("videoThumbnailFromVideo"));
        if (!QTest::qWaitFor([&] { return !dialog->thumbnailJpeg().isEmpty(); }, 20000))
            qWarning("no frame: %s", qPrintable(form.text(QStringLiteral("videoThumbnailStatus"))));
    }
    form.click(QStringLiteral("videoEditorSave"));
    return dialog;
}

void TestVideoAdminFlow::addsPublishesAndReordersVideos()
{
    // Nothing yet: the empty state says what to do.
    auto *state = page()->findChild<StatePanel *>();
    QTRY_COMPARE_WITH_TIMEOUT(state->title(), QStringLiteral("No videos yet — upload the first one"), 10000);

    const auto seriesId = addSeries(QStringLiteral("Erste Schritte"));
    QVERIFY(!seriesId.isEmpty());
    QCOMPARE(serverItems(QStringLiteral("series")).size(), 1);
    GuiDriver gui(m_app->window);
    QCOMPARE(gui.text(QStringLiteral("seriesTitle_") + seriesId), QStringLiteral("Erste Schritte"));

    // A real video with a frame of it as its picture.
    auto dialog = addVideo(QStringLiteral("Willkommen"), m_realVideo, true);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    auto first = serverItem(QStringLiteral("videos"), QStringLiteral("Willkommen"));
    const auto firstId = first.value(QLatin1String("id")).toString();
    QVERIFY(!firstId.isEmpty());
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(first.value(QLatin1String("series_id")).toString(), seriesId);
    QVERIFY(!first.value(QLatin1String("file_id")).toString().isEmpty());
    QCOMPARE(qRound(first.value(QLatin1String("duration_s")).toDouble()), 4);
    QVERIFY2(first.value(QLatin1String("has_thumbnail")).toBool(), "the frame of the video was not saved");
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window.findChild<QLabel *>(QStringLiteral("videoLength_") + firstId), 10000);
    QCOMPARE(gui.text(QStringLiteral("videoLength_") + firstId), QStringLiteral("0:04"));
    QCOMPARE(gui.text(QStringLiteral("videoStatus_") + firstId), QStringLiteral("Draft"));
    // The picture comes through its signed link, without the session.
    QTRY_VERIFY_WITH_TIMEOUT(gui.find<VideoAdminThumbnail>(QStringLiteral("videoThumbnail_") + firstId)->hasImage(),
                             10000);

    // Published from its row.
    gui.click(QStringLiteral("videoPublish_") + firstId);
    QTRY_COMPARE_WITH_TIMEOUT(
        serverItem(QStringLiteral("videos"), QStringLiteral("Willkommen")).value(QLatin1String("status")).toString(),
        QStringLiteral("published"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->window.findChild<QLabel *>(QStringLiteral("videoStatus_") + firstId)
                                  ? gui.text(QStringLiteral("videoStatus_") + firstId)
                                  : QString(),
                              QStringLiteral("Published"), 10000);

    // A second one, which goes to the end of the series.
    dialog = addVideo(QStringLiteral("Die Checkliste"), m_shortVideo, false);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    const auto secondId
        = serverItem(QStringLiteral("videos"), QStringLiteral("Die Checkliste")).value(QLatin1String("id")).toString();
    QVERIFY(!secondId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window.findChild<QLabel *>(QStringLiteral("videoLength_") + secondId), 10000);
    QCOMPARE(gui.text(QStringLiteral("videoLength_") + secondId), QStringLiteral("0:08"));
    auto *list = gui.find<QListWidget>(QStringLiteral("seriesVideos_") + seriesId);
    QCOMPARE(page()->section(seriesId)->order(), (QStringList {firstId, secondId}));

    // Dragged before the first: the row moves as a drop moves it.
    QVERIFY(list->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
    const auto position = [this](const QString &title) {
        return serverItem(QStringLiteral("videos"), title).value(QLatin1String("position")).toInt();
    };
    QTRY_VERIFY_WITH_TIMEOUT(position(QStringLiteral("Die Checkliste")) < position(QStringLiteral("Willkommen")),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(page()->section(seriesId) ? page()->section(seriesId)->order() : QStringList(),
                              (QStringList {secondId, firstId}), 10000);
}

void TestVideoAdminFlow::refusesAFileThatIsNotAVideoAndKeepsTheInput()
{
    const auto seriesId = addSeries(QStringLiteral("Abgelehnt"));
    QVERIFY(!seriesId.isEmpty());
    auto dialog = addVideo(QStringLiteral("Kein Video"), m_notAVideo, false);
    QVERIFY(dialog);
    GuiDriver form(*dialog);
    auto *error = form.find<QLabel>(QStringLiteral("videoFileError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QCOMPARE(error->text(), QStringLiteral("This file is not an MP4 or WebM video."));
    QVERIFY(dialog->isVisible());
    QCOMPARE(form.input(QStringLiteral("videoTitle")), QStringLiteral("Kein Video"));
    QVERIFY(form.find<QPushButton>(QStringLiteral("videoEditorSave"))->isEnabled());
    // The draft exists, without a file.
    const auto draft = serverItem(QStringLiteral("videos"), QStringLiteral("Kein Video"));
    const auto draftId = draft.value(QLatin1String("id")).toString();
    QVERIFY(!draftId.isEmpty());
    QCOMPARE(draft.value(QLatin1String("series_id")).toString(), seriesId);
    QVERIFY(draft.value(QLatin1String("file_id")).toString().isEmpty());
    QCOMPARE(serverItems(QStringLiteral("videos")).size(), 3);

    // Saving again changes that draft instead of adding another.
    dialog->setFileChooser([this](QWidget *, const QString &, const QString &) { return m_shortVideo; });
    form.click(QStringLiteral("videoChooseFile"));
    QTRY_VERIFY_WITH_TIMEOUT(form.text(QStringLiteral("videoFileName")).startsWith(QStringLiteral("checkliste.mp4")),
                             10000);
    form.click(QStringLiteral("videoEditorSave"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    QCOMPARE(serverItems(QStringLiteral("videos")).size(), 3);
    QVERIFY(!serverItem(QStringLiteral("videos"), QStringLiteral("Kein Video"))
                 .value(QLatin1String("file_id"))
                 .toString()
                 .isEmpty());

    // A draft without a file cannot be published: the page says why.
    const auto empty
        = m_fixture.http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/admin/content/videos"),
                               QJsonDocument(QJsonObject {{QStringLiteral("title"), QStringLiteral("Noch ohne Datei")},
                                                          {QStringLiteral("series_id"), seriesId},
                                                          {QStringLiteral("position"), 5}})
                                   .toJson(),
                               QStringLiteral("application/json"), m_fixture.adminToken);
    QCOMPARE(empty.status, 201);
    const auto emptyId = empty.json.value(QLatin1String("id")).toString();
    GuiDriver gui(m_app->window);
    gui.click(QStringLiteral("nav_video_admin"));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window.findChild<QPushButton *>(QStringLiteral("videoPublish_") + emptyId), 10000);
    gui.click(QStringLiteral("videoPublish_") + emptyId);
    auto *banner = gui.find<Banner>(QStringLiteral("videoAdminBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(banner->text(),
             QStringLiteral("“Noch ohne Datei” has no video file yet. Upload its file (Edit), then publish it."));
    QCOMPARE(serverItem(QStringLiteral("videos"), QStringLiteral("Noch ohne Datei")).value(QLatin1String("status")),
             QJsonValue(QStringLiteral("draft")));
}

void TestVideoAdminFlow::renamesASeries()
{
    const auto id
        = serverItem(QStringLiteral("series"), QStringLiteral("Erste Schritte")).value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(page()->section(id), 10000);
    GuiDriver(m_app->window).click(QStringLiteral("seriesRename_") + id);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window.findChild<QInputDialog *>(QStringLiteral("seriesTitleDialog"))));
    QCOMPARE(dialog->textValue(), QStringLiteral("Erste Schritte"));
    dialog->setTextValue(QStringLiteral("Willkommen im Portal"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(serverItem(QStringLiteral("series"), QStringLiteral("Willkommen im Portal"))
                                  .value(QLatin1String("id"))
                                  .toString(),
                              id, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->window.findChild<QLabel *>(QStringLiteral("seriesTitle_") + id)
                                  ? GuiDriver(m_app->window).text(QStringLiteral("seriesTitle_") + id)
                                  : QString(),
                              QStringLiteral("Willkommen im Portal"), 10000);
}

void TestVideoAdminFlow::editsAVideoAndDeletesItAfterConfirming()
{
    const auto before = serverItem(QStringLiteral("videos"), QStringLiteral("Die Checkliste"));
    const auto id = before.value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    GuiDriver gui(m_app->window);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window.findChild<QPushButton *>(QStringLiteral("videoEdit_") + id), 10000);
    gui.click(QStringLiteral("videoEdit_") + id);
    QPointer<VideoEditorDialog> dialog = page()->findChild<VideoAdminController *>()->editor();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    GuiDriver form(*dialog);
    QCOMPARE(form.input(QStringLiteral("videoTitle")), QStringLiteral("Die Checkliste"));
    form.type(QStringLiteral("videoTitle"), QStringLiteral("Die Checkliste im Detail"));
    form.find<QCheckBox>(QStringLiteral("videoRequired"))->setChecked(true);
    form.click(QStringLiteral("videoEditorSave"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    const auto after = serverItem(QStringLiteral("videos"), QStringLiteral("Die Checkliste im Detail"));
    QCOMPARE(after.value(QLatin1String("id")).toString(), id);
    QVERIFY(after.value(QLatin1String("required")).toBool());
    // No file chosen: the old one stays.
    QCOMPARE(after.value(QLatin1String("file_id")), before.value(QLatin1String("file_id")));

    QTRY_VERIFY_WITH_TIMEOUT(m_app->window.findChild<QPushButton *>(QStringLiteral("videoDelete_") + id), 10000);
    gui.click(QStringLiteral("videoDelete_") + id);
    QWidget *confirm = nullptr;
    QTRY_VERIFY((confirm = m_app->window.findChild<QWidget *>(QStringLiteral("videoDeleteConfirm"))));
    GuiDriver(*confirm).click(QStringLiteral("videoDeleteConfirmButton"));
    QTRY_VERIFY_WITH_TIMEOUT(serverItem(QStringLiteral("videos"), QStringLiteral("Die Checkliste im Detail")).isEmpty(),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->window.findChild<QWidget *>(QStringLiteral("videoRow_") + id), 10000);
}

void TestVideoAdminFlow::aRefusedOrderRestoresTheOldOneAndSaysWhy()
{
    const auto seriesId
        = serverItem(QStringLiteral("series"), QStringLiteral("Abgelehnt")).value(QLatin1String("id")).toString();
    QVERIFY(!seriesId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(page()->section(seriesId) && page()->section(seriesId)->order().size() == 2, 10000);
    const auto shown = page()->section(seriesId)->order();
    // Meanwhile another admin adds a video to the series: the page's order no longer names all.
    const auto added
        = m_fixture.http->send(QStringLiteral("POST"), QStringLiteral("/api/v1/admin/content/videos"),
                               QJsonDocument(QJsonObject {{QStringLiteral("title"), QStringLiteral("Nachzuegler")},
                                                          {QStringLiteral("series_id"), seriesId},
                                                          {QStringLiteral("position"), 9}})
                                   .toJson(),
                               QStringLiteral("application/json"), m_fixture.adminToken);
    QCOMPARE(added.status, 201);

    GuiDriver gui(m_app->window);
    auto *list = gui.find<QListWidget>(QStringLiteral("seriesVideos_") + seriesId);
    QVERIFY(list->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
    auto *banner = gui.find<Banner>(QStringLiteral("videoAdminBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(banner->text(),
             QStringLiteral("The order could not be saved, so the old one is back: the series changed "
                            "meanwhile (a video was added or removed). The page was loaded again."));
    // The server kept its order; the page shows it, with the new video at the end.
    QTRY_COMPARE_WITH_TIMEOUT(page()->section(seriesId) ? page()->section(seriesId)->order().mid(0, 2) : QStringList(),
                              shown, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page()->section(seriesId)->order().size(), 3, 10000);
}

// Last: it stops the shared server.
void TestVideoAdminFlow::showsTheCachedVideosOfflineAndWaitsWithChanges()
{
    const auto welcome = serverItem(QStringLiteral("videos"), QStringLiteral("Willkommen"));
    const auto id = welcome.value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window.findChild<QLabel *>(QStringLiteral("videoLength_") + id), 10000);
    QCOMPARE(m_fixture.stop(), 0);

    GuiDriver gui(m_app->window);
    gui.click(QStringLiteral("nav_video_admin"));
    auto *offline = gui.find<Banner>(QStringLiteral("videoAdminOffline"));
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 10000);
    QVERIFY2(offline->text().contains(QLatin1String("need the connection to the server")), qPrintable(offline->text()));
    // The cached copy, read-only.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window.findChild<QLabel *>(QStringLiteral("videoLength_") + id), 10000);
    QCOMPARE(gui.text(QStringLiteral("videoLength_") + id), QStringLiteral("0:04"));
    QVERIFY(!gui.find<QPushButton>(QStringLiteral("videoAdd"))->isEnabled());
    QVERIFY(!gui.find<QPushButton>(QStringLiteral("videoPublish_") + id)->isEnabled());
    QVERIFY(!gui.find<QPushButton>(QStringLiteral("videoDelete_") + id)->isEnabled());
}

QTEST_MAIN(TestVideoAdminFlow)
#include "tst_video_admin_flow.moc"
