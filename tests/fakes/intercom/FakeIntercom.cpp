#include "FakeIntercom.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {

// Reports each Intercom(…) call back to the fake (a simple cross-origin POST, no preflight;
// synchronous, so a call has arrived when the page's script returns, even right before the page
// is closed) and
// keeps it in window.kpStandIn for runJavaScript. Calls the page queued before this script
// loaded (Intercom's snippet convention: window.Intercom.q) are replayed first.
const char *const kStandInScript = R"JS(
(function () {
  var queued = (typeof window.Intercom === 'function' && window.Intercom.q) ? window.Intercom.q : [];
  window.kpStandIn = { calls: [], booted: null };
  function handle(args) {
    var name = args[0];
    var settings = args.length > 1 ? args[1] : null;
    window.kpStandIn.calls.push(name);
    if (name === 'boot') { window.kpStandIn.booted = settings; }
    if (name === 'shutdown') { window.kpStandIn.booted = null; }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '%BASE%/standin/calls', false);
    xhr.setRequestHeader('Content-Type', 'text/plain');
    xhr.send(JSON.stringify({ method: name, settings: settings }));
  }
  for (var i = 0; i < queued.length; ++i) { handle(queued[i]); }
  window.Intercom = function () { handle(arguments); };
})();
)JS";

QString requestId()
{
    return QStringLiteral("req_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
}

void replyJson(httplib::Response &response, int status, const QJsonObject &body)
{
    response.status = status;
    response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void replyError(httplib::Response &response, int status, const QString &code, const QString &message)
{
    replyJson(response, status,
              {{QStringLiteral("type"), QStringLiteral("error.list")},
               {QStringLiteral("request_id"), requestId()},
               {QStringLiteral("errors"),
                QJsonArray {QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}}});
}

QJsonObject contactJson(const FakeIntercom::Contact &contact)
{
    return {{QStringLiteral("type"), QStringLiteral("contact")},
            {QStringLiteral("id"), contact.id},
            {QStringLiteral("workspace_id"), QStringLiteral("fakeapp1")},
            {QStringLiteral("external_id"), contact.externalId},
            {QStringLiteral("role"), contact.role},
            {QStringLiteral("email"), contact.email},
            {QStringLiteral("name"), contact.name},
            {QStringLiteral("signed_up_at"), contact.signedUpAt}};
}

} // namespace

FakeIntercom::FakeIntercom()
{
    auto &server = m_http.http();
    server.Post("/contacts", [this](const auto &request, auto &response) { handleCreate(request, response); });
    server.Post("/contacts/search", [this](const auto &request, auto &response) { handleSearch(request, response); });
    server.Put(R"(/contacts/([^/]+))",
               [this](const auto &request, auto &response) { handleUpdate(request, response); });
    server.Get("/widget/standin.js", [this](const httplib::Request &, httplib::Response &response) {
        auto script = QString::fromUtf8(kStandInScript);
        script.replace(QLatin1String("%BASE%"), baseUrl());
        response.set_content(script.toStdString(), "text/javascript");
    });
    server.Post("/standin/calls", [this](const auto &request, auto &response) { handleReport(request, response); });
}

FakeIntercom::~FakeIntercom()
{
    m_http.stop();
}

bool FakeIntercom::start()
{
    return m_http.start();
}

QString FakeIntercom::baseUrl() const
{
    return m_http.baseUrl();
}

void FakeIntercom::setDown(bool down)
{
    const std::lock_guard lock(m_mutex);
    m_down = down;
}

void FakeIntercom::throttleNext(int count, qint64 resetUnixSeconds)
{
    const std::lock_guard lock(m_mutex);
    m_throttleCount = count;
    m_throttleReset = resetUnixSeconds;
}

QString FakeIntercom::addContact(const QString &externalId, const QString &email, const QString &name)
{
    const std::lock_guard lock(m_mutex);
    Contact contact {
        QStringLiteral("6%1a1b2c3d4e5f").arg(m_nextId++), externalId, email, name, 0, QStringLiteral("user")};
    m_contacts.insert(contact.id, contact);
    return contact.id;
}

QList<FakeIntercom::Contact> FakeIntercom::contacts() const
{
    const std::lock_guard lock(m_mutex);
    return m_contacts.values();
}

int FakeIntercom::requests(const QString &methodAndPath) const
{
    const std::lock_guard lock(m_mutex);
    return m_requests.value(methodAndPath);
}

QList<QJsonObject> FakeIntercom::bootCalls() const
{
    const std::lock_guard lock(m_mutex);
    return m_boots;
}

QList<QString> FakeIntercom::messengerCalls() const
{
    const std::lock_guard lock(m_mutex);
    return m_calls;
}

bool FakeIntercom::authorize(const httplib::Request &request, httplib::Response &response)
{
    const auto key = request.method + " " + (request.matches.size() > 1 ? "/contacts/{id}" : request.path);
    ++m_requests[QString::fromStdString(key)];
    if (m_down) {
        replyError(response, 503, QStringLiteral("service_unavailable"),
                   QStringLiteral("Sorry, the API service is temporarily unavailable"));
        return false;
    }
    if (m_throttleCount > 0) {
        --m_throttleCount;
        response.set_header("X-RateLimit-Limit", "166");
        response.set_header("X-RateLimit-Remaining", "0");
        response.set_header("X-RateLimit-Reset", std::to_string(m_throttleReset));
        replyError(response, 429, QStringLiteral("rate_limit_exceeded"), QStringLiteral("Rate Limit Exceeded"));
        return false;
    }
    if (request.get_header_value("Authorization") != "Bearer " + accessToken().toStdString()) {
        replyError(response, 401, QStringLiteral("unauthorized"), QStringLiteral("Access Token Invalid"));
        return false;
    }
    if (request.get_header_value("Intercom-Version").empty()) {
        replyError(response, 400, QStringLiteral("intercom_version_invalid"),
                   QStringLiteral("Requested version is not valid"));
        return false;
    }
    return true;
}

FakeIntercom::Contact *FakeIntercom::findClash(const QString &externalId, const QString &email, const QString &exceptId)
{
    for (auto &contact : m_contacts) {
        if (contact.id == exceptId)
            continue;
        if ((!externalId.isEmpty() && contact.externalId == externalId)
            || (!email.isEmpty() && contact.email.compare(email, Qt::CaseInsensitive) == 0))
            return &contact;
    }
    return nullptr;
}

void FakeIntercom::handleCreate(const httplib::Request &request, httplib::Response &response)
{
    const std::lock_guard lock(m_mutex);
    if (!authorize(request, response))
        return;
    const auto body = QJsonDocument::fromJson(QByteArray::fromStdString(request.body)).object();
    const auto role = body.value(QLatin1String("role")).toString(QStringLiteral("user"));
    const auto externalId = body.value(QLatin1String("external_id")).toString();
    const auto email = body.value(QLatin1String("email")).toString();
    if (externalId.isEmpty() && email.isEmpty()) {
        replyError(response, 400, QStringLiteral("parameter_invalid"),
                   QStringLiteral("email or external_id is required"));
        return;
    }
    if (const auto *clash = findClash(externalId, email, {})) {
        replyError(response, 409, QStringLiteral("conflict"),
                   QStringLiteral("A contact matching those details already exists with id=%1").arg(clash->id));
        return;
    }
    Contact contact {QStringLiteral("6%1a1b2c3d4e5f").arg(m_nextId++),
                     externalId,
                     email,
                     body.value(QLatin1String("name")).toString(),
                     body.value(QLatin1String("signed_up_at")).toInteger(),
                     role};
    m_contacts.insert(contact.id, contact);
    replyJson(response, 200, contactJson(contact));
}

void FakeIntercom::handleSearch(const httplib::Request &request, httplib::Response &response)
{
    const std::lock_guard lock(m_mutex);
    if (!authorize(request, response))
        return;
    const auto query = QJsonDocument::fromJson(QByteArray::fromStdString(request.body))
                           .object()
                           .value(QLatin1String("query"))
                           .toObject();
    const auto field = query.value(QLatin1String("field")).toString();
    if (query.value(QLatin1String("operator")).toString() != QLatin1String("=")
        || (field != QLatin1String("external_id") && field != QLatin1String("email"))) {
        replyError(response, 400, QStringLiteral("query_invalid"),
                   QStringLiteral("The fake understands field = value only"));
        return;
    }
    const auto value = query.value(QLatin1String("value")).toString();
    QJsonArray data;
    for (const auto &contact : std::as_const(m_contacts))
        if ((field == QLatin1String("external_id") ? contact.externalId : contact.email) == value)
            data.append(contactJson(contact));
    replyJson(response, 200,
              {{QStringLiteral("type"), QStringLiteral("list")},
               {QStringLiteral("data"), data},
               {QStringLiteral("total_count"), data.size()},
               {QStringLiteral("pages"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("pages")},
                             {QStringLiteral("page"), 1},
                             {QStringLiteral("per_page"), 50},
                             {QStringLiteral("total_pages"), data.isEmpty() ? 0 : 1}}}});
}

void FakeIntercom::handleUpdate(const httplib::Request &request, httplib::Response &response)
{
    const std::lock_guard lock(m_mutex);
    if (!authorize(request, response))
        return;
    const auto id = QString::fromStdString(request.matches[1]);
    auto found = m_contacts.find(id);
    if (found == m_contacts.end()) {
        replyError(response, 404, QStringLiteral("not_found"), QStringLiteral("User Not Found"));
        return;
    }
    const auto body = QJsonDocument::fromJson(QByteArray::fromStdString(request.body)).object();
    const auto externalId = body.value(QLatin1String("external_id")).toString(found->externalId);
    const auto email = body.value(QLatin1String("email")).toString(found->email);
    if (const auto *clash = findClash(externalId, email, id)) {
        replyError(response, 409, QStringLiteral("conflict"),
                   QStringLiteral("A contact matching those details already exists with id=%1").arg(clash->id));
        return;
    }
    found->externalId = externalId;
    found->email = email;
    found->name = body.value(QLatin1String("name")).toString(found->name);
    found->role = body.value(QLatin1String("role")).toString(found->role);
    found->signedUpAt = body.value(QLatin1String("signed_up_at")).toInteger(found->signedUpAt);
    replyJson(response, 200, contactJson(*found));
}

void FakeIntercom::handleReport(const httplib::Request &request, httplib::Response &response)
{
    const auto call = QJsonDocument::fromJson(QByteArray::fromStdString(request.body)).object();
    {
        const std::lock_guard lock(m_mutex);
        const auto method = call.value(QLatin1String("method")).toString();
        m_calls.append(method);
        if (method == QLatin1String("boot"))
            m_boots.append(call.value(QLatin1String("settings")).toObject());
    }
    response.set_header("Access-Control-Allow-Origin", "*");
    response.status = 204;
}
