#include "FakeWhatsApp.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString messageFor(int code)
{
    switch (code) {
    case 190:
        return QStringLiteral("Error validating access token: Session has expired.");
    case 130429:
        return QStringLiteral("(#130429) Rate limit hit");
    case 131056:
        return QStringLiteral("(#131056) (Business Account, Consumer Account) pair rate limit hit");
    case 131047:
        return QStringLiteral("(#131047) Re-engagement message");
    case 132001:
        return QStringLiteral("(#132001) Template name does not exist in the translation");
    case 2:
        return QStringLiteral("Service temporarily unavailable");
    default:
        return QStringLiteral("(#100) Invalid parameter");
    }
}

void graphError(httplib::Response &response, int status, int code)
{
    static int trace = 0;
    const QJsonObject error {
        {QStringLiteral("message"), messageFor(code)},
        {QStringLiteral("type"), code == 190 ? QStringLiteral("OAuthException") : QStringLiteral("OAuthException")},
        {QStringLiteral("code"), code},
        {QStringLiteral("error_data"),
         QJsonObject {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("details"), messageFor(code)}}},
        {QStringLiteral("fbtrace_id"), QStringLiteral("AwhatsFake%1").arg(++trace)}};
    response.status = status;
    response.set_content(
        QJsonDocument(QJsonObject {{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact).toStdString(),
        "application/json");
}

} // namespace

FakeWhatsApp::FakeWhatsApp(QString phoneNumberId, QString token, QString templateName)
    : m_phoneNumberId(std::move(phoneNumberId))
    , m_token(std::move(token))
    , m_templateName(std::move(templateName))
{
    m_loopback.http().Post(
        R"(/(v[0-9.]+)/([0-9]+)/messages)",
        [this](const httplib::Request &request, httplib::Response &response) { handle(request, response); });
}

void FakeWhatsApp::setThrottleCode(int code)
{
    std::lock_guard lock(m_mutex);
    m_throttleCode = code;
}

void FakeWhatsApp::setPermanentCode(int code)
{
    std::lock_guard lock(m_mutex);
    m_permanentCode = code;
}

QList<FakeWhatsApp::Message> FakeWhatsApp::arrivals() const
{
    std::lock_guard lock(m_mutex);
    return m_arrivals;
}

QList<FakeWhatsApp::Message> FakeWhatsApp::delivered() const
{
    QList<Message> answered;
    for (const auto &message : arrivals()) {
        if (message.status == 200)
            answered.append(message);
    }
    return answered;
}

void FakeWhatsApp::handle(const httplib::Request &request, httplib::Response &response)
{
    const auto body = QJsonDocument::fromJson(QByteArray::fromStdString(request.body)).object();
    const auto templ = body.value(QLatin1String("template")).toObject();
    Message message;
    message.to = body.value(QLatin1String("to")).toString();
    message.templateName = templ.value(QLatin1String("name")).toString();
    message.language = templ.value(QLatin1String("language")).toObject().value(QLatin1String("code")).toString();
    for (const auto &component : templ.value(QLatin1String("components")).toArray()) {
        if (component.toObject().value(QLatin1String("type")).toString() != QLatin1String("body"))
            continue;
        for (const auto &parameter : component.toObject().value(QLatin1String("parameters")).toArray())
            message.parameters.append(parameter.toObject().value(QLatin1String("text")).toString());
    }

    std::lock_guard lock(m_mutex);
    const auto fault = m_faults.take();
    const bool wellFormed = body.value(QLatin1String("messaging_product")).toString() == QLatin1String("whatsapp")
        && body.value(QLatin1String("type")).toString() == QLatin1String("template") && !message.to.isEmpty()
        && !message.language.isEmpty();
    if (request.get_header_value("Authorization") != "Bearer " + m_token.toStdString()) {
        message.status = 401;
        graphError(response, 401, 190);
    } else if (QString::fromStdString(request.matches[2]) != m_phoneNumberId) {
        message.status = 400;
        graphError(response, 400, 100);
    } else if (fault == FaultPlan::Fault::Down) {
        message.status = 503;
        graphError(response, 503, 2);
    } else if (fault == FaultPlan::Fault::Throttle) {
        message.status = 400;
        graphError(response, 400, m_throttleCode);
    } else if (fault == FaultPlan::Fault::Permanent) {
        message.status = 400;
        graphError(response, 400, m_permanentCode);
    } else if (!wellFormed) {
        message.status = 400;
        graphError(response, 400, 100);
    } else if (message.templateName != m_templateName) {
        message.status = 404;
        graphError(response, 404, 132001);
    } else {
        message.status = 200;
        const QJsonObject answer {
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("contacts"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("input"), message.to}, {QStringLiteral("wa_id"), message.to.mid(1)}}}},
            {QStringLiteral("messages"),
             QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("wamid.HBgLFake%1").arg(m_nextId++)},
                                      {QStringLiteral("message_status"), QStringLiteral("accepted")}}}}};
        response.status = 200;
        response.set_content(QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString(), "application/json");
    }
    m_arrivals.append(message);
}
