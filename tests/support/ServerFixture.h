#pragma once

#include "TestHttp.h"
#include "TestServer.h"

#include <QTest>

#include <memory>

// Every server suite's starting point: a fresh real server with one admin, a client, and the
// admin's token. Tests call start() in init() and finish() in cleanup().
class ServerFixture {
public:
    static inline const QString adminEmail = QStringLiteral("admin@agentur.de");
    static inline const QString adminPassword = QStringLiteral("admin password 1");

    // False with the server's log in error() when the server did not come up.
    bool start(const QMap<QString, QString> &settings = {})
    {
        server = std::make_unique<TestServer>(settings);
        if (!server->createAdmin(adminEmail, adminPassword) || !server->start()) {
            m_error = server->log();
            return false;
        }
        http = std::make_unique<TestHttp>(*server);
        adminToken = http->loginToken(adminEmail, adminPassword);
        m_error = adminToken.isEmpty() ? QStringLiteral("the admin cannot log in") : QString();
        return !adminToken.isEmpty();
    }

    // Stops the server; its exit code (0 for a clean SIGTERM shutdown).
    int stop()
    {
        http.reset();
        const int code = server ? server->stop() : 0;
        server.reset();
        return code;
    }

    const QString &error() const { return m_error; }

    struct Customer {
        QString id;
        QString token; // empty when registration, approval or login failed
    };
    // Registers `email` (TestHttp's default password; `extra` fields such as name and company
    // replace the defaults), approves it as the admin and logs in.
    Customer approvedCustomer(const QString &email, const QJsonObject &extra = {})
    {
        const auto id = http->registerCustomer(email, QStringLiteral("correct horse battery"), extra)
                            .json.value(QLatin1String("account"))
                            .toObject()
                            .value(QLatin1String("id"))
                            .toString();
        if (http->post(QStringLiteral("/api/v1/admin/accounts/%1/approve").arg(id), {}, adminToken).status != 200)
            return {};
        return {id, http->loginToken(email, QStringLiteral("correct horse battery"))};
    }

    // Publishes a checklist of one required item (a URL, "website") as the admin: from now on
    // every customer who has not answered it is held at the onboarding gate. The import's status.
    int publishOneItemChecklist()
    {
        const QByteArray sheet = "section,item_id,label,type,required,options,help,stage\n"
                                 "Start,website,Ihre Website,url,yes,,,\n";
        return http
            ->send(QStringLiteral("POST"), QStringLiteral("/api/v1/admin/checklist/import"), sheet,
                   QStringLiteral("text/csv"), adminToken)
            .status;
    }

    std::unique_ptr<TestServer> server;
    std::unique_ptr<TestHttp> http;
    QString adminToken;

private:
    QString m_error;
};

// In cleanup(): every answer the test received matched openapi.json.
#define KP_VERIFY_API_CONTRACT()                                                                                       \
    do {                                                                                                               \
        const auto violations = TestHttp::takeContractViolations();                                                    \
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));                                \
    } while (false)
