#pragma once

#include "server/integrations/OutboundHttp.h"
#include "server/integrations/intercom/IntercomSettings.h"

#include <QDateTime>
#include <QString>

namespace kp::server::intercom {

// What Intercom should know of one of our customers.
struct ContactFields {
    QString externalId; // our account id, the Messenger's user_id
    QString email;
    QString name;
    qint64 signedUpAt = 0; // unix seconds
};

// How one create-or-update went.
struct ContactOutcome {
    bool done = false;
    QString contactId; // Intercom's id of the contact, when done
    QString error;     // for the sync table and the log: status and Intercom's error code, never a token
    // Set when Intercom throttled (429): not before this instant, and no other contact either.
    QDateTime notBefore;
    // True when no other contact can succeed now either (throttled, token refused, unreachable).
    bool stopRun = false;
};

// Intercom's Contacts REST API (Intercom-Version 2.11) for one job: create the user contact with
// our external_id, or update the one that exists. Every request carries the access token as a
// Bearer header; OutboundHttp never logs headers. Thread-safe (no state).
class ContactsClient {
public:
    explicit ContactsClient(const IntercomSettings &settings);

    // `knownContactId`: the id a previous sync stored, tried first with PUT; empty: create
    // (POST /contacts), and on 409 conflict find the existing contact by external_id and update it.
    ContactOutcome upsert(const ContactFields &fields, const QString &knownContactId) const;

private:
    ContactOutcome update(const QString &contactId, const QByteArray &body) const;
    ContactOutcome create(const ContactFields &fields, const QByteArray &body) const;
    // The contact whose external_id is `externalId` (POST /contacts/search), or an outcome saying
    // why it could not be read.
    ContactOutcome findByExternalId(const QString &externalId) const;
    HttpHeaders headers() const;

    OutboundHttp m_http;
    QByteArray m_accessToken;
};

} // namespace kp::server::intercom
