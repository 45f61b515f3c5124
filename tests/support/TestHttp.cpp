#include "TestHttp.h"

#include "OpenApiContract.h"
#include "TestServer.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QSet>

namespace {
QStringList violations;
}

QString HttpResult::header(const std::string &name) const
{
    const auto found = headers.find(name);
    return found == headers.end() ? QString() : QString::fromStdString(found->second);
}

QString HttpResult::fieldProblem(const QString &field) const
{
    return json.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("fields"))
        .toObject()
        .value(field)
        .toString();
}

TestHttp::TestHttp(const TestServer &server, Connect connect)
    : m_connect(std::move(connect))
{
    if (!m_connect) {
        const int port = server.port();
        m_connect = [port] { return std::make_unique<httplib::ClientImpl>("127.0.0.1", port); };
    }
}

HttpResult TestHttp::get(const QString &path, const QString &token, const Headers &headers)
{
    return send(QStringLiteral("GET"), path, {}, {}, token, headers);
}

HttpResult TestHttp::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send(QStringLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                QStringLiteral("application/json"), token);
}

HttpResult TestHttp::send(const QString &method, const QString &path, const QByteArray &body,
                          const QString &contentType, const QString &token, const Headers &extraHeaders)
{
    const auto client = m_connect();
    client->set_read_timeout(30);
    httplib::Headers headers(extraHeaders.begin(), extraHeaders.end());
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    httplib::Request request;
    request.method = method.toStdString();
    request.path = path.toStdString();
    request.headers = headers;
    request.body = body.toStdString();
    if (!contentType.isEmpty())
        request.headers.emplace("Content-Type", contentType.toStdString());
    const auto response = client->send(request);
    HttpResult result;
    if (!response)
        return result;
    result.status = response->status;
    result.body = QByteArray::fromStdString(response->body);
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &[name, value] : response->headers)
        result.headers.emplace(name, value);
    QSet<QString> headerNames;
    for (const auto &[name, value] : response->headers)
        headerNames.insert(QString::fromStdString(name).toLower());
    const auto problems = OpenApiContract::instance().check(method, path, result.status, result.body,
                                                            result.header("Content-Type"), headerNames);
    violations += problems;
    return result;
}

HttpResult TestHttp::registerCustomer(const QString &email, const QString &password, const QJsonObject &extra)
{
    QJsonObject body {{QStringLiteral("email"), email},
                      {QStringLiteral("password"), password},
                      {QStringLiteral("name"), QStringLiteral("Erika Mustermann")},
                      {QStringLiteral("company"), QStringLiteral("Mustermann GmbH")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return post(QStringLiteral("/api/v1/auth/register"), body);
}

QString TestHttp::loginToken(const QString &login, const QString &password)
{
    const auto result = post(QStringLiteral("/api/v1/auth/login"),
                             {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    return result.json.value(QLatin1String("token")).toString();
}

QStringList TestHttp::takeContractViolations()
{
    return std::exchange(violations, {});
}
