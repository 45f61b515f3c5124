#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

class TestServer;

namespace httplib {
class ClientImpl;
}

struct HttpResult {
    int status = 0; // 0: no answer at all
    QByteArray body;
    QJsonObject json; // the body when it is a JSON object
    std::multimap<std::string, std::string, std::less<>> headers;

    QString header(const std::string &name) const;
    QString errorCode() const
    {
        return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    QString fieldProblem(const QString &field) const;
};

// A synchronous HTTP client for server tests. Every exchange is checked against openapi.json;
// the problems collect in contractViolations(), which each suite asserts empty in cleanup().
class TestHttp {
public:
    // Opens the connection for one request; plain HTTP to the server unless a suite passes
    // another (tst_tls: HTTPS with certificate verification).
    using Connect = std::function<std::unique_ptr<httplib::ClientImpl>()>;
    // Request headers beyond Authorization and Content-Type (If-None-Match, Range, …).
    using Headers = std::vector<std::pair<std::string, std::string>>;

    explicit TestHttp(const TestServer &server, Connect connect = {});

    HttpResult get(const QString &path, const QString &token = {}, const Headers &headers = {});
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = {});
    HttpResult send(const QString &method, const QString &path, const QByteArray &body, const QString &contentType,
                    const QString &token = {}, const Headers &extraHeaders = {});

    // Registers, approves nothing; returns the session token of the new pending account.
    HttpResult registerCustomer(const QString &email, const QString &password = QStringLiteral("correct horse battery"),
                                const QJsonObject &extra = {});
    // Logs in and returns the token, or an empty string.
    QString loginToken(const QString &login, const QString &password);

    static QStringList takeContractViolations();

private:
    Connect m_connect;
};
