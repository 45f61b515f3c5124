#pragma once

#include <QByteArray>
#include <QString>

namespace kp::server {

// [intercom]: the Messenger in the support tab (identity verification) and the contact sync of
// approved customers (REST API). The Messenger is off while app_id is empty, the contact sync
// while access_token is empty; each can be on without the other.
struct IntercomSettings {
    enum class IdentityMode { Hmac, Jwt };

    QString appId;
    // Signs user_hash / user_jwt; never leaves the server (no answer, no log line).
    QByteArray identitySecret;
    IdentityMode identityMode = IdentityMode::Hmac;
    int jwtTtlS = 3600;
    QString region = QStringLiteral("us"); // us | eu | au: where the workspace's data lives
    QString messengerApiBase;              // the Messenger's api_base; from the region unless set
    QString widgetUrl;                     // the widget script; https://widget.intercom.io/widget/<app_id> unless set
    QString apiUrl;                        // the REST API; from the region unless set
    QByteArray accessToken;
    // The contact sync job: how often it looks for approved customers to create or update, and
    // the first wait after a failed attempt (doubling per failure, at most an hour).
    int syncIntervalS = 30;
    int retryBaseS = 30;

    bool messengerEnabled() const { return !appId.isEmpty(); }
    bool contactSyncEnabled() const { return !accessToken.isEmpty(); }

    // Intercom's hosts per region (developers.intercom.com "Regional hosting").
    static QString messengerApiBaseFor(const QString &region);
    static QString restApiUrlFor(const QString &region);
};

} // namespace kp::server
