#pragma once

#include "server/callbacks/CallbackSettings.h"
#include "server/integrations/facebook/FacebookSettings.h"
#include "server/integrations/google_ads/GoogleAdsSettings.h"
#include "server/integrations/google_sheets/GoogleSheetsSettings.h"
#include "server/integrations/intercom/IntercomSettings.h"
#include "server/integrations/telegram/TelegramSettings.h"
#include "server/integrations/webhook/WebhookSettings.h"
#include "server/integrations/whatsapp/WhatsAppSettings.h"
#include "server/metrics/MetricsSettings.h"
#include "server/referrals/ReferralSettings.h"
#include "server/videos/VideoSettings.h"

#include <QString>

#include <stdexcept>

namespace kp::server {

// A config file the server refuses. what() is one line naming the key, for the operator.
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Everything installer/kundenportal-server.ini documents, already validated. Paths are absolute
// (relative ones are taken from the config file's folder).
struct ServerConfig {
    // [server]
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080;
    QString dataDir;
    QString publicUrl; // defaults to http(s)://host:port
    int threads = 32;
    bool behindProxy = false;
    int readTimeoutS = 10;
    int writeTimeoutS = 30;
    int keepAliveTimeoutS = 5;
    int maxHeaderCount = 64;
    int maxConnections = 4096;
    int maxConnectionsPerAddress = 256;

    // [tls]
    QString tlsCert;
    QString tlsKey;
    bool tlsEnabled() const { return !tlsCert.isEmpty(); }

    // [security]
    int sessionTtlDays = 30;
    int sessionSweepIntervalS = 3600;
    int argon2MemoryKiB = 65536;
    int argon2Passes = 2;
    int hashConcurrency = 2;
    int loginMaxFailures = 5;
    int loginWindowS = 900;
    int ipMaxFailures = 30;
    int ipMaxAttempts = 100;
    int accountSlowAfterFailures = 20;
    int accountSlowIntervalS = 15;
    int registerPerHour = 10;
    // The key that encrypts stored secrets (ad-account tokens); empty: <data_dir>/secrets.key.
    QString keyFile;

    // [google]: the onboarding checklist sheet; off while spreadsheet_id is empty.
    google::GoogleSheetsSettings googleSheets;
    // [google] client_id … : the Google Ads connector; off while client_id is empty.
    GoogleAdsSettings googleAds;
    // [facebook]
    FacebookSettings facebook;
    // [intercom]: the support chat; the Messenger is off while app_id is empty.
    IntercomSettings intercom;
    // [videos]
    VideoSettings videos;
    // [sync]
    int checklistSyncIntervalMin = 15;
    MetricsSettings metrics;
    // [callbacks], and the channels that carry each request to the agency (each off while its
    // keys are missing).
    CallbackSettings callbacks;
    TelegramSettings telegram;
    WhatsAppSettings whatsapp;
    WebhookSettings webhook;
    // [referrals]: the partner program's attribution window and landing page.
    ReferralSettings referrals;

    QString databasePath() const { return dataDir + QStringLiteral("/kundenportal.sqlite3"); }
    QString keyFilePath() const { return keyFile.isEmpty() ? dataDir + QStringLiteral("/secrets.key") : keyFile; }

    // Reads and validates an INI file; throws ConfigError on the first problem.
    static ServerConfig load(const QString &path);
};

} // namespace kp::server
