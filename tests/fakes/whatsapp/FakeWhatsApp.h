#pragma once

#include "FaultPlan.h"
#include "LoopbackServer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <mutex>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// The WhatsApp Business Cloud API's POST /{version}/{phone_number_id}/messages for one business
// number, on a free loopback port, in Meta's wire format. Point [whatsapp] graph_url at baseUrl().
//
// A template message ({messaging_product: "whatsapp", to, type: "template", template: {name,
// language: {code}, components: [{type: "body", parameters: [{type: "text", text}]}]}}) with the
// right Bearer token answers {messaging_product, contacts: [{input, wa_id}], messages: [{id:
// "wamid.…"}]}. Errors come in the Graph shape {"error": {message, type, code, error_data,
// fbtrace_id}}: a wrong token 401 code 190, a throttle 400 code `throttleCode` (130429 by
// default, or 131056), a permanent fault 400 code `permanentCode` (131047 by default), down 503
// code 2 "Service temporarily unavailable", an unknown template 404 code 132001.
class FakeWhatsApp {
public:
    struct Message {
        QString to;
        QString templateName;
        QString language;
        QStringList parameters;
        int status = 0;
    };

    FakeWhatsApp(QString phoneNumberId, QString token, QString templateName);
    ~FakeWhatsApp() { m_loopback.stop(); }

    bool start() { return m_loopback.start(); }
    QString baseUrl() const { return m_loopback.baseUrl(); }
    FaultPlan &faults() { return m_faults; }
    void setThrottleCode(int code);
    void setPermanentCode(int code);

    QList<Message> arrivals() const;
    QList<Message> delivered() const; // answered 200

private:
    void handle(const httplib::Request &request, httplib::Response &response);

    QString m_phoneNumberId;
    QString m_token;
    QString m_templateName;
    FaultPlan m_faults;
    mutable std::mutex m_mutex;
    int m_throttleCode = 130429;
    int m_permanentCode = 131047;
    int m_nextId = 1;
    QList<Message> m_arrivals;
    LoopbackServer m_loopback;
};
