#include "client/videos/VideoContentSave.h"
#include "client/videos/VideoEditorDialog.h"

#include "FakeNetwork.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kp;
using namespace kp::client;

// Saving a video from the editor without a server: the draft first, then the file streamed
// from disk with progress, then the picture; "Abbrechen" during the upload leaves the draft; a
// refused file fails at the file step. And the editor's figures while it uploads.
class TestVideoContentSave : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsTheDraftThenStreamsTheFileThenThePicture();
    void cancellingTheUploadKeepsTheDraft();
    void aRefusedFileFailsAtTheFileStep();
    void theEditorShowsBytesAndPercentage();

private:
    VideoContentFile videoFile(const QByteArray &bytes);
    static QJsonObject video(bool withFile);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<VideoContentApi> m_content;
};

static const QString kVideos = QStringLiteral("/api/v1/admin/content/videos");
static const QString kFile = QStringLiteral("/api/v1/admin/content/videos/vid_1/file");

void TestVideoContentSave::init()
{
    m_network = std::make_unique<FakeNetwork>();
    m_api = std::make_unique<ApiClient>(nullptr, m_network.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("http://portal.test")));
    m_api->setToken(QStringLiteral("admin-token"));
    m_content = std::make_unique<VideoContentApi>(*m_api);
    m_network->answer("POST", kVideos, FakeNetwork::json(201, video(false)));
}

void TestVideoContentSave::cleanup()
{
    m_content.reset();
    m_api.reset();
    m_network.reset();
}

QJsonObject TestVideoContentSave::video(bool withFile)
{
    VideoContent content;
    content.id = QStringLiteral("vid_1");
    content.status = QStringLiteral("draft");
    content.title = QStringLiteral("Willkommen");
    content.seriesId = QStringLiteral("ser_1");
    if (withFile) {
        content.fileId = QStringLiteral("abc.mp4");
        content.durationS = 4;
    }
    return content.toJson();
}

VideoContentFile TestVideoContentSave::videoFile(const QByteArray &bytes)
{
    QFile file(m_dir.filePath(QStringLiteral("willkommen.mp4")));
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    VideoContentFile picked;
    picked.path = file.fileName();
    picked.name = QStringLiteral("willkommen.mp4");
    picked.size = bytes.size();
    picked.contentType = QStringLiteral("video/mp4");
    return picked;
}

static VideoContent fields()
{
    VideoContent fields;
    fields.title = QStringLiteral("Willkommen");
    fields.seriesId = QStringLiteral("ser_1");
    fields.position = 2;
    fields.required = true;
    return fields;
}

void TestVideoContentSave::createsTheDraftThenStreamsTheFileThenThePicture()
{
    m_network->answer("PUT", kFile, FakeNetwork::json(200, video(true)));
    m_network->answer("PUT", kVideos + QStringLiteral("/vid_1/thumbnail"), FakeNetwork::json(200, video(true)));
    const QByteArray bytes(300 * 1024, 'v');
    VideoContentSave save(*m_content);
    QSignalSpy finished(&save, &VideoContentSave::finished);
    QSignalSpy progress(&save, &VideoContentSave::uploadProgress);
    save.start(fields(), videoFile(bytes), QByteArray("jpeg bytes"));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).value<VideoContent>().fileId, QStringLiteral("abc.mp4"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), bytes.size());

    const auto created = m_network->requestsTo("POST", kVideos).value(0).json();
    QCOMPARE(created.value(QLatin1String("series_id")).toString(), QStringLiteral("ser_1"));
    QCOMPARE(created.value(QLatin1String("position")).toInt(), 2);
    QCOMPARE(created.value(QLatin1String("required")).toBool(), true);
    const auto upload = m_network->requestsTo("PUT", kFile).value(0);
    QCOMPARE(upload.body, bytes);
    QCOMPARE(upload.headers.value("content-type"), QByteArray("video/mp4"));
    QCOMPARE(m_network->requestsTo("PUT", kVideos + QStringLiteral("/vid_1/thumbnail")).value(0).body,
             QByteArray("jpeg bytes"));
}

void TestVideoContentSave::cancellingTheUploadKeepsTheDraft()
{
    m_network->answer("PUT", kFile, FakeNetwork::hanging());
    VideoContentSave save(*m_content);
    QSignalSpy aborted(&save, &VideoContentSave::aborted);
    QSignalSpy finished(&save, &VideoContentSave::finished);
    QSignalSpy failed(&save, &VideoContentSave::failed);
    QSignalSpy progress(&save, &VideoContentSave::uploadProgress);
    save.start(fields(), videoFile(QByteArray(64 * 1024, 'v')), {});
    QVERIFY(progress.wait(5000));
    save.cancel();
    QCOMPARE(aborted.size(), 1);
    QCOMPARE(aborted.first().at(0).value<VideoContent>().id, QStringLiteral("vid_1"));
    QCOMPARE(m_network->aborted, 1);
    QTest::qWait(50);
    QVERIFY(finished.isEmpty());
    QVERIFY(failed.isEmpty());
}

void TestVideoContentSave::aRefusedFileFailsAtTheFileStep()
{
    m_network->answer("PUT", kFile, FakeNetwork::error(415, QStringLiteral("unsupported_media_type")));
    VideoContentSave save(*m_content);
    QSignalSpy draft(&save, &VideoContentSave::draftSaved);
    QSignalSpy failed(&save, &VideoContentSave::failed);
    save.start(fields(), videoFile("not a video"), {});
    QVERIFY(failed.wait(5000));
    QCOMPARE(draft.size(), 1);
    QCOMPARE(failed.first().at(0).value<VideoContentSave::Step>(), VideoContentSave::Step::File);
    QVERIFY(failed.first().at(1).value<ApiError>().is(ErrorCode::UnsupportedMediaType));
}

void TestVideoContentSave::theEditorShowsBytesAndPercentage()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    VideoEditorDialog dialog({}, {});
    dialog.showSaving(QStringLiteral("Uploading …"));
    dialog.showUploadProgress(58'700'000, 154'300'000);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("videoUploadFigures"))->text(),
             QStringLiteral("58.7 MB of 154.3 MB · 38 %"));
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("videoEditorCancel"))->text(),
             QStringLiteral("Cancel upload"));
}

QTEST_MAIN(TestVideoContentSave)
#include "tst_video_content_save.moc"
