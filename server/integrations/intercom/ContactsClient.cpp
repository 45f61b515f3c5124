#include "server/integrations/intercom/ContactsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcIntercom, "kp.intercom")

namespace kp::server::intercom {
namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QJsonObject bodyOf(const HttpAnswer &answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}

// Intercom's error list: {"type": "error.list", "errors": [{"code": "…", "message": "…"}]}.
QString errorCode(const HttpAnswer &answer)
{
    return bodyOf(answer)
        .value(QLatin1String("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

// Any answer but a success: why, and whether it makes every other contact wait too.
ContactOutcome failure(const HttpAnswer &answer)
{
    ContactOutcome outcome;
    if (answer.status == 0) {
        outcome.error = QStringLiteral("Intercom unreachable: %1").arg(answer.networkError);
        outcome.stopRun = true;
        return outcome;
    }
    const auto code = errorCode(answer);
    outcome.error = code.isEmpty() ? QStringLiteral("Intercom answered %1").arg(answer.status)
                                   : QStringLiteral("Intercom answered %1 %2").arg(answer.status).arg(code);
    if (answer.status == 429) {
        // X-RateLimit-Reset: the unix second the window resets (Intercom's rate limiting docs).
        bool ok = false;
        const auto reset = answer.header("x-ratelimit-reset").toLongLong(&ok);
        if (ok && reset > 0)
            outcome.notBefore = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    }
    outcome.stopRun = answer.status == 401 || answer.status == 403 || answer.status == 429 || answer.status >= 500;
    return outcome;
}

ContactOutcome contactFrom(const HttpAnswer &answer)
{
    const auto id = bodyOf(answer).value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        ContactOutcome outcome;
        outcome.error = QStringLiteral("Intercom answered %1 without a contact id").arg(answer.status);
        return outcome;
    }
    return {true, id, {}, {}, false};
}

QByteArray contactBody(const ContactFields &fields)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                      {QStringLiteral("external_id"), fields.externalId},
                                      {QStringLiteral("email"), fields.email},
                                      {QStringLiteral("name"), fields.name},
                                      {QStringLiteral("signed_up_at"), fields.signedUpAt}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

ContactsClient::ContactsClient(const IntercomSettings &settings)
    : m_http(settings.apiUrl, lcIntercom())
    , m_accessToken(settings.accessToken)
{
}

HttpHeaders ContactsClient::headers() const
{
    auto headers = OutboundHttp::bearer(m_accessToken);
    headers.append({QByteArrayLiteral("Intercom-Version"), QByteArrayLiteral("2.11")});
    return headers;
}

ContactOutcome ContactsClient::upsert(const ContactFields &fields, const QString &knownContactId) const
{
    const auto body = contactBody(fields);
    if (!knownContactId.isEmpty()) {
        auto outcome = update(knownContactId, body);
        // Deleted in Intercom since (404): make it again.
        if (outcome.done || outcome.stopRun || !outcome.error.contains(QLatin1String(" 404")))
            return outcome;
    }
    return create(fields, body);
}

ContactOutcome ContactsClient::update(const QString &contactId, const QByteArray &body) const
{
    const auto path = "/contacts/" + QUrl::toPercentEncoding(contactId);
    const auto answer = m_http.put(path, body, kJson, headers());
    return answer.status == 200 ? contactFrom(answer) : failure(answer);
}

ContactOutcome ContactsClient::create(const ContactFields &fields, const QByteArray &body) const
{
    const auto answer = m_http.post(QByteArrayLiteral("/contacts"), body, kJson, headers());
    if (answer.status == 200)
        return contactFrom(answer);
    if (answer.status != 409)
        return failure(answer);
    // A contact with this external_id (or email) exists: update it instead.
    const auto found = findByExternalId(fields.externalId);
    return found.done ? update(found.contactId, body) : found;
}

ContactOutcome ContactsClient::findByExternalId(const QString &externalId) const
{
    const QJsonObject query {{QStringLiteral("query"),
                              QJsonObject {{QStringLiteral("field"), QStringLiteral("external_id")},
                                           {QStringLiteral("operator"), QStringLiteral("=")},
                                           {QStringLiteral("value"), externalId}}}};
    const auto answer = m_http.post(QByteArrayLiteral("/contacts/search"),
                                    QJsonDocument(query).toJson(QJsonDocument::Compact), kJson, headers());
    if (answer.status != 200)
        return failure(answer);
    const auto first = bodyOf(answer).value(QLatin1String("data")).toArray().at(0).toObject();
    if (first.value(QLatin1String("id")).toString().isEmpty()) {
        ContactOutcome outcome;
        outcome.error = QStringLiteral("Intercom answered 409 but no contact has this external_id");
        return outcome;
    }
    return {true, first.value(QLatin1String("id")).toString(), {}, {}, false};
}

} // namespace kp::server::intercom
