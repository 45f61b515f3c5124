#pragma once

#include "google_ads/FakeGoogleAds.h"

#include <QMap>
#include <QString>

// The config keys that point the real server's Google Ads connector at FakeGoogleAds (for suites
// that link kpfakes): the fake's token endpoint and searchStream, its OAuth client and developer
// token. managerId: the [google] login_customer_id to send, empty for none.
inline QMap<QString, QString> fakeGoogleAdsSettings(const FakeGoogleAds &ads, const QString &managerId = {})
{
    QMap<QString, QString> settings {{QStringLiteral("google/oauth_url"), ads.baseUrl()},
                                     {QStringLiteral("google/ads_url"), ads.baseUrl()},
                                     {QStringLiteral("google/client_id"), ads.clientId()},
                                     {QStringLiteral("google/client_secret"), ads.clientSecret()},
                                     {QStringLiteral("google/developer_token"), ads.developerToken()},
                                     {QStringLiteral("google/ads_api_version"), QStringLiteral("v21")}};
    if (!managerId.isEmpty())
        settings.insert(QStringLiteral("google/login_customer_id"), managerId);
    return settings;
}
