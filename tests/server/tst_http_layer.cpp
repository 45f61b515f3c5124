#include "RawHttp.h"

#include "server/config/ServerConfig.h"
#include "server/http/HttpServer.h"
#include "server/http/Router.h"

#include <httplib.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace kp;
using namespace kp::server;
using namespace std::chrono_literals;

namespace {

// Tokens are the account's email; "stuck@…" has not finished its onboarding.
class FakeAuthenticator : public Authenticator {
public:
    std::optional<AuthenticatedSession> authenticate(const QString &token) override
    {
        if (!token.endsWith(QLatin1String("@firma.de")))
            return std::nullopt;
        AuthenticatedSession session;
        session.account.id = QStringLiteral("1");
        session.account.email = token;
        session.account.status = AccountStatus::Approved;
        session.tokenHash = token;
        return session;
    }
};

constexpr std::size_t kStreamCap = 2 * 1024 * 1024;
const std::vector<std::string> kUploadTypes {"application/octet-stream"};

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    return bytes;
}

} // namespace

// The HTTP layer every feature builds on, on a real HttpServer over loopback with a route table
// of its own: reply kinds (bytes, files with Range, HTML, redirects), named path parameters,
// raw bodies with their media types, gates, and bodies streamed to disk under a per-route cap.
class TestHttpLayer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void readsPathParametersByName();
    void servesBytesWithTagCacheHeadersAndNotModified();
    void servesHtmlAndRedirects();
    void servesWholeFileWithValidators();
    void servesOneByteRangeAsPartialContent();
    void refusesRangePastTheEndWith416();
    void honoursIfRangeOnlyForTheCurrentFile();
    void answersNotFoundForMissingFile();
    void takesRawBodyOfAcceptedTypeOnly();
    void appliesGateAfterAuthentication();
    void streamsBodyLargerThanMemoryLimitToAFileForTheHandler();
    void givesSmallBodyOfStreamingRouteAsAFileToo();
    void refusesBodyOverRouteCapBeforeStoringIt();
    void refusesWrongTypeOrMissingTokenBeforeReadingBody();
    void removesSpooledFileWhenClientDisconnectsMidway();
    void removesSpooledFileWhenBodyStalls();
    void removesSpooledFileWhenHandlerThrows();
    void keepsFileTheHandlerMovedIntoPlace();
    void keepsInMemoryLimitOfBufferedRoutes();
    void answersPipelinedRequestAfterStreamedUpload();
    void invitesStreamedBodyWithContinue();

private:
    // The answer, or one with status 0 when none came.
    httplib::Response send(const char *method, const std::string &path, const httplib::Headers &headers = {},
                           const std::string &body = {}, const char *contentType = nullptr);
    QStringList spooled() const;
    void addRoutes();

    QTemporaryDir m_dir;
    QString m_filePath;
    QByteArray m_fileBytes;
    FakeAuthenticator m_authenticator;
    std::unique_ptr<Router> m_router;
    ServerConfig m_config;
    std::unique_ptr<HttpServer> m_server;
    std::thread m_thread;

    // What the upload handler saw.
    QByteArray m_uploadDigest;
    qint64 m_uploadSize = -1;
    std::string m_uploadType;
};

void TestHttpLayer::addRoutes()
{
    auto &router = *m_router;
    router.add({"GET", "/t/accounts/{id}/ad-accounts/{provider}/{external_id}", Access::Public, BodySpec::none()},
               [](RequestContext &context) {
                   return Reply::json({{QStringLiteral("id"), context.param("id")},
                                       {QStringLiteral("provider"), context.param("provider")},
                                       {QStringLiteral("external_id"), context.param("external_id")}});
               });
    router.add({"GET", "/t/accounts/{id}/misnamed", Access::Public, BodySpec::none()}, [](RequestContext &context) {
        return Reply::json({{QStringLiteral("x"), context.param("account")}});
    });
    router.add({"GET", "/t/bytes", Access::Public, BodySpec::none()}, [](RequestContext &) {
        return Reply::bytes(QByteArray("\x89PNG fake"), "image/png").withHeader("Cache-Control", "private, max-age=60");
    });
    router.add({"GET", "/t/page", Access::Public, BodySpec::none()},
               [](RequestContext &) { return Reply::html(QStringLiteral("<p>Grüße</p>"), 200); });
    router.add({"GET", "/t/go", Access::Public, BodySpec::none()},
               [](RequestContext &) { return Reply::redirect(QStringLiteral("kundenportal://register?ref=A1"), 303); });
    router.add({"GET", "/t/file", Access::Public, BodySpec::none()},
               [this](RequestContext &) { return Reply::file(m_filePath, "video/mp4"); });
    router.add({"GET", "/t/missing", Access::Public, BodySpec::none()},
               [this](RequestContext &) { return Reply::file(m_dir.filePath(QStringLiteral("nope")), "video/mp4"); });
    router.add({"PUT", "/t/csv", Access::Approved, BodySpec::raw({"text/csv"}, 1024)}, [](RequestContext &context) {
        return Reply::json(
            {{QStringLiteral("bytes"), qint64(context.body().size())},
             {QStringLiteral("first_line"), QString::fromUtf8(context.body().substr(0, context.body().find('\n')))}});
    });
    router.add({"GET", "/t/gated", Access::Approved, BodySpec::none(), {Gate::OnboardingComplete}},
               [](RequestContext &) { return Reply::noContent(); });
    router.defineGate(
        Gate::OnboardingComplete,
        {[](const AuthenticatedSession &session) { return !session.account.email.startsWith(QLatin1String("stuck@")); },
         DomainError(ErrorCode::OnboardingIncomplete, QStringLiteral("Finish the checklist first."))});
    router.add({"PUT", "/t/upload", Access::Approved, BodySpec::stream(kUploadTypes, kStreamCap)},
               [this](RequestContext &context) {
                   const auto &upload = context.uploadedFile();
                   QFile file(upload.path);
                   if (!file.open(QIODevice::ReadOnly))
                       throw std::runtime_error("the upload is not readable");
                   m_uploadDigest = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
                   m_uploadSize = upload.size;
                   m_uploadType = upload.contentType;
                   if (context.header("X-Keep") == "yes")
                       QFile::rename(upload.path, m_dir.filePath(QStringLiteral("kept")));
                   if (context.header("X-Fail") == "yes")
                       throw std::runtime_error("the handler failed");
                   return Reply::noContent();
               });
}

void TestHttpLayer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_filePath = m_dir.filePath(QStringLiteral("video.mp4"));
    m_fileBytes = pattern(300 * 1000);
    QFile file(m_filePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_fileBytes);
    file.close();

    m_router = std::make_unique<Router>(m_authenticator, false);
    addRoutes();
    m_config.host = QStringLiteral("127.0.0.1");
    m_config.port = 0;
    m_config.threads = 4;
    m_config.readTimeoutS = 1;
    m_config.dataDir = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_config.dataDir));
    m_server = std::make_unique<HttpServer>(m_config, *m_router);
    QVERIFY(m_server->bind());
    m_thread = std::thread([this] { m_server->run(); });
}

void TestHttpLayer::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
}

void TestHttpLayer::init()
{
    m_uploadDigest.clear();
    m_uploadSize = -1;
    m_uploadType.clear();
    QFile::remove(m_dir.filePath(QStringLiteral("kept")));
}

void TestHttpLayer::cleanup()
{
    // Whatever a test did, no upload is left behind once its requests are answered.
    QTRY_COMPARE(spooled(), QStringList());
}

QStringList TestHttpLayer::spooled() const
{
    return QDir(m_config.dataDir + QStringLiteral("/tmp")).entryList(QDir::Files | QDir::Hidden);
}

httplib::Response TestHttpLayer::send(const char *method, const std::string &path, const httplib::Headers &headers,
                                      const std::string &body, const char *contentType)
{
    httplib::Client client("127.0.0.1", m_server->port());
    client.set_read_timeout(30);
    httplib::Request request;
    request.method = method;
    request.path = path;
    request.headers = headers;
    request.body = body;
    if (contentType)
        request.headers.emplace("Content-Type", contentType);
    auto result = client.send(request);
    return result ? result.value() : httplib::Response();
}

void TestHttpLayer::readsPathParametersByName()
{
    const auto answer = send("GET", "/t/accounts/a%20b/ad-accounts/facebook/act_123");
    QCOMPARE(answer.status, 200);
    const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(answer.body)).object();
    QCOMPARE(json.value(QLatin1String("id")).toString(), QStringLiteral("a b"));
    QCOMPARE(json.value(QLatin1String("provider")).toString(), QStringLiteral("facebook"));
    QCOMPARE(json.value(QLatin1String("external_id")).toString(), QStringLiteral("act_123"));
    // A name the pattern lacks is a programming error: 500, never another parameter's value.
    QCOMPARE(send("GET", "/t/accounts/7/misnamed").status, 500);
}

void TestHttpLayer::servesBytesWithTagCacheHeadersAndNotModified()
{
    const auto answer = send("GET", "/t/bytes");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, std::string("\x89PNG fake"));
    QCOMPARE(answer.get_header_value("Content-Type"), std::string("image/png"));
    QCOMPARE(answer.get_header_value("Cache-Control"), std::string("private, max-age=60"));
    const auto tag = answer.get_header_value("ETag");
    QVERIFY(tag.size() > 2);
    const auto again = send("GET", "/t/bytes", {{"If-None-Match", tag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.empty());
    QCOMPARE(again.get_header_value("ETag"), tag);
}

void TestHttpLayer::servesHtmlAndRedirects()
{
    const auto page = send("GET", "/t/page");
    QCOMPARE(page.status, 200);
    QCOMPARE(page.get_header_value("Content-Type"), std::string("text/html; charset=utf-8"));
    QCOMPARE(QString::fromStdString(page.body), QStringLiteral("<p>Grüße</p>"));
    const auto go = send("GET", "/t/go");
    QCOMPARE(go.status, 303);
    QCOMPARE(go.get_header_value("Location"), std::string("kundenportal://register?ref=A1"));
}

void TestHttpLayer::servesWholeFileWithValidators()
{
    const auto answer = send("GET", "/t/file");
    QCOMPARE(answer.status, 200);
    QCOMPARE(QByteArray::fromStdString(answer.body), m_fileBytes);
    QCOMPARE(answer.get_header_value("Content-Type"), std::string("video/mp4"));
    QCOMPARE(answer.get_header_value("Accept-Ranges"), std::string("bytes"));
    QVERIFY(answer.has_header("Last-Modified"));
    const auto tag = answer.get_header_value("ETag");
    QVERIFY(tag.starts_with('"'));
    QCOMPARE(send("GET", "/t/file", {{"If-None-Match", tag}}).status, 304);
}

void TestHttpLayer::servesOneByteRangeAsPartialContent()
{
    const auto size = std::to_string(m_fileBytes.size());
    const auto middle = send("GET", "/t/file", {{"Range", "bytes=10-19"}});
    QCOMPARE(middle.status, 206);
    QCOMPARE(QByteArray::fromStdString(middle.body), m_fileBytes.mid(10, 10));
    QCOMPARE(middle.get_header_value("Content-Range"), "bytes 10-19/" + size);
    const auto tail = send("GET", "/t/file", {{"Range", "bytes=-5"}});
    QCOMPARE(tail.status, 206);
    QCOMPARE(QByteArray::fromStdString(tail.body), m_fileBytes.right(5));
    const auto rest = send("GET", "/t/file", {{"Range", "bytes=299990-"}});
    QCOMPARE(rest.status, 206);
    QCOMPARE(QByteArray::fromStdString(rest.body), m_fileBytes.mid(299990));
    QCOMPARE(rest.get_header_value("Content-Range"), "bytes 299990-299999/" + size);
}

void TestHttpLayer::refusesRangePastTheEndWith416()
{
    const auto answer = send("GET", "/t/file", {{"Range", "bytes=300000-"}});
    QCOMPARE(answer.status, 416);
    QCOMPARE(answer.get_header_value("Content-Range"), "bytes */" + std::to_string(m_fileBytes.size()));
}

void TestHttpLayer::honoursIfRangeOnlyForTheCurrentFile()
{
    const auto tag = send("GET", "/t/file").get_header_value("ETag");
    const auto current = send("GET", "/t/file", {{"Range", "bytes=0-9"}, {"If-Range", tag}});
    QCOMPARE(current.status, 206);
    QCOMPARE(current.body.size(), std::size_t(10));
    const auto stale = send("GET", "/t/file", {{"Range", "bytes=0-9"}, {"If-Range", "\"an-older-file\""}});
    QCOMPARE(stale.status, 200);
    QCOMPARE(QByteArray::fromStdString(stale.body), m_fileBytes);
}

void TestHttpLayer::answersNotFoundForMissingFile()
{
    const auto answer = send("GET", "/t/missing");
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.body.find("not_found") != std::string::npos);
}

void TestHttpLayer::takesRawBodyOfAcceptedTypeOnly()
{
    const httplib::Headers token {{"Authorization", "Bearer erika@firma.de"}};
    const auto accepted = send("PUT", "/t/csv", token, "section,item_id\na,b\n", "text/csv; charset=utf-8");
    QCOMPARE(accepted.status, 200);
    const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(accepted.body)).object();
    QCOMPARE(json.value(QLatin1String("first_line")).toString(), QStringLiteral("section,item_id"));
    const auto refused = send("PUT", "/t/csv", token, "{}", "application/json");
    QCOMPARE(refused.status, 415);
    QVERIFY(refused.body.find("unsupported_media_type") != std::string::npos);
    QCOMPARE(send("PUT", "/t/csv", token, std::string(2000, 'x'), "text/csv").status, 413);
    QCOMPARE(send("PUT", "/t/csv", {}, "a,b\n", "text/csv").status, 401);
}

void TestHttpLayer::appliesGateAfterAuthentication()
{
    QCOMPARE(send("GET", "/t/gated").status, 401);
    QCOMPARE(send("GET", "/t/gated", {{"Authorization", "Bearer erika@firma.de"}}).status, 204);
    const auto stuck = send("GET", "/t/gated", {{"Authorization", "Bearer stuck@firma.de"}});
    QCOMPARE(stuck.status, 409);
    QVERIFY(stuck.body.find("onboarding_incomplete") != std::string::npos);
}

void TestHttpLayer::streamsBodyLargerThanMemoryLimitToAFileForTheHandler()
{
    const auto body = pattern(1536 * 1024); // far beyond the 1 KiB this router keeps in memory
    const auto answer = send("PUT", "/t/upload", {{"Authorization", "Bearer erika@firma.de"}}, body.toStdString(),
                             "application/octet-stream");
    QCOMPARE(answer.status, 204);
    QCOMPARE(m_uploadSize, body.size());
    QCOMPARE(m_uploadDigest, QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    QCOMPARE(m_uploadType, std::string("application/octet-stream"));
    QCOMPARE(spooled(), QStringList()); // the handler did not take it: gone
}

void TestHttpLayer::givesSmallBodyOfStreamingRouteAsAFileToo()
{
    const auto answer
        = send("PUT", "/t/upload", {{"Authorization", "Bearer erika@firma.de"}}, "tiny", "application/octet-stream");
    QCOMPARE(answer.status, 204);
    QCOMPARE(m_uploadSize, qint64(4));
}

void TestHttpLayer::refusesBodyOverRouteCapBeforeStoringIt()
{
    RawConnection connection(m_server->port());
    // Only the head: the answer must come without a byte of the body.
    const auto head = QByteArray("PUT /t/upload HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer erika@firma.de\r\n"
                                 "Content-Type: application/octet-stream\r\nContent-Length: ")
        + QByteArray::number(qint64(kStreamCap) + 1) + "\r\n\r\n";
    const auto answer = RawAnswer::parse(connection.exchange(head, 10s));
    QCOMPARE(answer.status, 413);
    QVERIFY(answer.body.contains("payload_too_large"));
    QCOMPARE(spooled(), QStringList());
    QCOMPARE(m_uploadSize, qint64(-1));
}

void TestHttpLayer::refusesWrongTypeOrMissingTokenBeforeReadingBody()
{
    const auto head = [](const QByteArray &extra) {
        return "PUT /t/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n" + extra + "\r\n";
    };
    RawConnection wrongType(m_server->port());
    QCOMPARE(RawAnswer::parse(
                 wrongType.exchange(head("Authorization: Bearer erika@firma.de\r\nContent-Type: image/png\r\n"), 10s))
                 .status,
             415);
    RawConnection noToken(m_server->port());
    QCOMPARE(RawAnswer::parse(noToken.exchange(head("Content-Type: application/octet-stream\r\n"), 10s)).status, 401);
}

void TestHttpLayer::removesSpooledFileWhenClientDisconnectsMidway()
{
    {
        RawConnection connection(m_server->port());
        QVERIFY(connection.send("PUT /t/upload HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer erika@firma.de\r\n"
                                "Content-Type: application/octet-stream\r\nContent-Length: 1000000\r\n\r\n"
                                + pattern(300 * 1000)));
        QTRY_COMPARE(spooled().size(), 1);
    } // closed with 700 kB still to come
    QTRY_COMPARE(spooled(), QStringList());
    QCOMPARE(m_uploadSize, qint64(-1));
}

void TestHttpLayer::removesSpooledFileWhenBodyStalls()
{
    RawConnection connection(m_server->port());
    QVERIFY(connection.send("PUT /t/upload HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer erika@firma.de\r\n"
                            "Content-Type: application/octet-stream\r\nContent-Length: 1000000\r\n\r\n"
                            + pattern(100 * 1000)));
    QTRY_COMPARE(spooled().size(), 1);
    // Nothing more arrives: after the read timeout (1 s here) the server gives up on it.
    QVERIFY(connection.waitForClose(10s));
    QTRY_COMPARE(spooled(), QStringList());
    QCOMPARE(m_uploadSize, qint64(-1));
}

void TestHttpLayer::removesSpooledFileWhenHandlerThrows()
{
    const auto answer = send("PUT", "/t/upload", {{"Authorization", "Bearer erika@firma.de"}, {"X-Fail", "yes"}},
                             pattern(200 * 1000).toStdString(), "application/octet-stream");
    QCOMPARE(answer.status, 500);
    QCOMPARE(m_uploadSize, qint64(200 * 1000));
    QCOMPARE(spooled(), QStringList());
}

void TestHttpLayer::keepsFileTheHandlerMovedIntoPlace()
{
    const auto body = pattern(200 * 1000);
    const auto answer = send("PUT", "/t/upload", {{"Authorization", "Bearer erika@firma.de"}, {"X-Keep", "yes"}},
                             body.toStdString(), "application/octet-stream");
    QCOMPARE(answer.status, 204);
    QFile kept(m_dir.filePath(QStringLiteral("kept")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), body);
    QCOMPARE(kept.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestHttpLayer::keepsInMemoryLimitOfBufferedRoutes()
{
    // The streaming route's 2 MiB cap does not widen what buffered routes take into memory.
    const auto answer
        = send("PUT", "/t/csv", {{"Authorization", "Bearer erika@firma.de"}}, std::string(200 * 1000, 'x'), "text/csv");
    QCOMPARE(answer.status, 413);
}

static QByteArray uploadHead(qint64 length, const QByteArray &extra = {})
{
    return "PUT /t/upload HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer erika@firma.de\r\n"
           "Content-Type: application/octet-stream\r\nContent-Length: "
        + QByteArray::number(length) + "\r\n" + extra + "\r\n";
}

void TestHttpLayer::answersPipelinedRequestAfterStreamedUpload()
{
    RawConnection connection(m_server->port());
    const auto body = pattern(200 * 1000);
    QVERIFY(connection.send(uploadHead(body.size()) + body + "GET /t/page HTTP/1.1\r\nHost: x\r\n\r\n"));
    QCOMPARE(RawAnswer::parse(connection.readAnswer(10s)).status, 204);
    const auto page = RawAnswer::parse(connection.readAnswer(10s));
    QCOMPARE(page.status, 200);
    QCOMPARE(QString::fromUtf8(page.body), QStringLiteral("<p>Grüße</p>"));
    QCOMPARE(m_uploadSize, body.size());
}

void TestHttpLayer::invitesStreamedBodyWithContinue()
{
    RawConnection connection(m_server->port());
    const auto body = pattern(200 * 1000);
    QCOMPARE(RawAnswer::parse(connection.exchange(uploadHead(body.size(), "Expect: 100-continue\r\n"), 10s)).status,
             100);
    QCOMPARE(RawAnswer::parse(connection.exchange(body, 10s)).status, 204);
    QCOMPARE(m_uploadDigest, QCryptographicHash::hash(body, QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(TestHttpLayer)
#include "tst_http_layer.moc"
