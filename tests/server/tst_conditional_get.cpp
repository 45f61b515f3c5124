#include "ServerFixture.h"

#include <QTest>

// API.md "Caching and offline": every JSON GET answer carries an ETag, and If-None-Match with
// the current tag answers 304 without a body. The client's cache revalidates this way.
class TestConditionalGet : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tagsEveryJsonGetAnswerWithAStableStrongETag();
    void answersNotModifiedWithoutBodyForTheCurrentTag();
    void matchesTagListsWeakTagsAndStar();
    void answersInFullWithANewTagOnceTheAnswerChanged();
    void tagsNeitherErrorsNorPosts();
    void servesJsonWholeWhateverRangeIsAsked();

private:
    ServerFixture m_fixture;
    TestHttp *m_http = nullptr;
};

void TestConditionalGet::init()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_http = m_fixture.http.get();
}

void TestConditionalGet::cleanup()
{
    QCOMPARE(m_fixture.stop(), 0);
    KP_VERIFY_API_CONTRACT();
}

void TestConditionalGet::tagsEveryJsonGetAnswerWithAStableStrongETag()
{
    for (const auto &path : {QStringLiteral("/healthz"), QStringLiteral("/api/v1/me"),
                             QStringLiteral("/api/v1/admin/accounts?status=approved")}) {
        const auto first = m_http->get(path, m_fixture.adminToken);
        QCOMPARE(first.status, 200);
        const auto tag = first.header("ETag");
        QVERIFY2(tag.size() > 2 && tag.startsWith(QLatin1Char('"')) && tag.endsWith(QLatin1Char('"')),
                 qPrintable(path + QStringLiteral(": ") + tag));
        QCOMPARE(m_http->get(path, m_fixture.adminToken).header("ETag"), tag);
    }
}

void TestConditionalGet::answersNotModifiedWithoutBodyForTheCurrentTag()
{
    const auto tag = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken).header("ETag");
    const auto again
        = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken, {{"If-None-Match", tag.toStdString()}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("ETag"), tag);
    const auto other
        = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken, {{"If-None-Match", "\"someone-elses\""}});
    QCOMPARE(other.status, 200);
    QVERIFY(!other.body.isEmpty());
}

void TestConditionalGet::matchesTagListsWeakTagsAndStar()
{
    const auto tag = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken).header("ETag").toStdString();
    for (const auto &header : {"\"old\", " + tag, "W/" + tag, std::string("*")}) {
        const auto answer
            = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken, {{"If-None-Match", header}});
        QVERIFY2(answer.status == 304, header.c_str());
    }
}

void TestConditionalGet::answersInFullWithANewTagOnceTheAnswerChanged()
{
    const auto path = QStringLiteral("/api/v1/admin/accounts?status=pending");
    const auto before = m_http->get(path, m_fixture.adminToken);
    QCOMPARE(before.status, 200);
    QCOMPARE(m_http->registerCustomer(QStringLiteral("neu@firma.de")).status, 201);
    const auto after
        = m_http->get(path, m_fixture.adminToken, {{"If-None-Match", before.header("ETag").toStdString()}});
    QCOMPARE(after.status, 200);
    QVERIFY(after.body.contains("neu@firma.de"));
    QVERIFY(after.header("ETag") != before.header("ETag"));
}

void TestConditionalGet::tagsNeitherErrorsNorPosts()
{
    const auto unauthenticated = m_http->get(QStringLiteral("/api/v1/me"));
    QCOMPARE(unauthenticated.status, 401);
    QVERIFY(unauthenticated.header("ETag").isEmpty());
    const auto login = m_http->post(QStringLiteral("/api/v1/auth/login"),
                                    {{QStringLiteral("login"), ServerFixture::adminEmail},
                                     {QStringLiteral("password"), ServerFixture::adminPassword}});
    QCOMPARE(login.status, 200);
    QVERIFY(login.header("ETag").isEmpty());
}

void TestConditionalGet::servesJsonWholeWhateverRangeIsAsked()
{
    // cpp-httplib alone would cut any answer to the requested bytes, JSON included.
    const auto whole = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken);
    const auto ranged = m_http->get(QStringLiteral("/api/v1/me"), m_fixture.adminToken, {{"Range", "bytes=0-3"}});
    QCOMPARE(ranged.status, 200);
    QCOMPARE(ranged.body, whole.body);
}

QTEST_GUILESS_MAIN(TestConditionalGet)
#include "tst_conditional_get.moc"
