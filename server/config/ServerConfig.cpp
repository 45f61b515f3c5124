#include "server/config/ServerConfig.h"

#include "server/http/TlsContext.h"
#include "server/integrations/google_sheets/JwtSigner.h"
#include "server/integrations/google_sheets/ServiceAccountKey.h"
#include "shared/Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <memory>
#include <set>

namespace kp::server {
namespace {

// Reads typed values from one QSettings file and remembers which keys it asked for, so that
// anything else in the file (a typo, a key from a newer version) is reported, not ignored.
class ConfigReader {
public:
    ConfigReader(QSettings &settings, const QDir &baseDir)
        : m_settings(settings)
        , m_baseDir(baseDir)
    {
    }

    QString text(const char *group, const char *key, const QString &fallback = {})
    {
        const auto name = remember(group, key);
        const auto value = m_settings.value(name);
        if (!value.isValid())
            return fallback;
        // QSettings splits unquoted values at commas; a value is one string for us.
        if (value.userType() == QMetaType::QStringList)
            return value.toStringList().join(QLatin1Char(','));
        return value.toString().trimmed();
    }

    int integer(const char *group, const char *key, int fallback, int min, int max)
    {
        const auto raw = text(group, key);
        if (raw.isEmpty())
            return fallback;
        bool ok = false;
        const int value = raw.toInt(&ok);
        if (!ok || value < min || value > max)
            fail(group, key,
                 QStringLiteral("must be a whole number from %1 to %2 (got \"%3\")").arg(min).arg(max).arg(raw));
        return value;
    }

    double number(const char *group, const char *key, double fallback, double min, double max)
    {
        const auto raw = text(group, key);
        if (raw.isEmpty())
            return fallback;
        bool ok = false;
        const double value = raw.toDouble(&ok);
        if (!ok || !(value >= min && value <= max))
            fail(group, key, QStringLiteral("must be a number from %1 to %2 (got \"%3\")").arg(min).arg(max).arg(raw));
        return value;
    }

    bool boolean(const char *group, const char *key, bool fallback)
    {
        const auto raw = text(group, key).toLower();
        if (raw.isEmpty())
            return fallback;
        if (raw == QLatin1String("true") || raw == QLatin1String("yes") || raw == QLatin1String("1"))
            return true;
        if (raw == QLatin1String("false") || raw == QLatin1String("no") || raw == QLatin1String("0"))
            return false;
        fail(group, key, QStringLiteral("must be true or false (got \"%1\")").arg(raw));
    }

    // A path; relative paths are read from the config file's folder.
    QString path(const char *group, const char *key, const QString &fallback = {})
    {
        const auto raw = text(group, key, fallback);
        return raw.isEmpty() ? raw : QDir::cleanPath(m_baseDir.absoluteFilePath(raw));
    }

    // An absolute http(s) URL with a host.
    QString httpUrl(const char *group, const char *key, const QString &fallback)
    {
        auto value = text(group, key, fallback);
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            fail(group, key, QStringLiteral("must be an http(s) URL (got \"%1\")").arg(value));
        return value;
    }

    QString readableFile(const char *group, const char *key)
    {
        auto file = path(group, key);
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            fail(group, key, QStringLiteral("names a file that cannot be read: %1").arg(file));
        return file;
    }

    // `api_version` of a Meta Graph API (Marketing API, WhatsApp Cloud API): "v21.0".
    QString graphApiVersion(const char *group, const QString &fallback)
    {
        auto value = text(group, "api_version", fallback);
        static const QRegularExpression version(QStringLiteral("^v[0-9]+\\.[0-9]+$"));
        if (!version.match(value).hasMatch())
            fail(group, "api_version", QStringLiteral("must look like v21.0"));
        return value;
    }

    // A secret given inline as `key` or as the first line of the file `<key>_file` (readable by
    // the server only), not both. Problems name the key or the file, never the secret.
    QByteArray secret(const char *group, const char *key)
    {
        const auto fileKey = std::string(key) + "_file";
        const auto inline_ = text(group, key);
        const auto path = readableFile(group, fileKey.c_str());
        if (!inline_.isEmpty() && !path.isEmpty())
            fail(group, key, QStringLiteral("set either %1 or %1_file, not both").arg(QLatin1String(key)));
        if (path.isEmpty())
            return inline_.toUtf8();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            fail(group, fileKey.c_str(), QStringLiteral("names a file that cannot be read: %1").arg(path));
        auto value = file.readLine().trimmed();
        if (value.isEmpty())
            fail(group, fileKey.c_str(), QStringLiteral("names an empty file: %1").arg(path));
        return value;
    }

    void rejectUnknownKeys()
    {
        for (const auto &name : m_settings.allKeys()) {
            if (!m_known.contains(name)) {
                const auto group = name.contains(QLatin1Char('/')) ? name.section(QLatin1Char('/'), 0, 0)
                                                                   : QStringLiteral("General");
                throw ConfigError(QStringLiteral("config error: [%1] %2: unknown key")
                                      .arg(group, name.section(QLatin1Char('/'), -1))
                                      .toStdString());
            }
        }
    }

    [[noreturn]] static void fail(const char *group, const char *key, const QString &problem)
    {
        throw ConfigError(QStringLiteral("config error: [%1] %2: %3")
                              .arg(QLatin1String(group), QLatin1String(key), problem)
                              .toStdString());
    }

private:
    QString remember(const char *group, const char *key)
    {
        QString name = QLatin1String(group) + QLatin1Char('/') + QLatin1String(key);
        m_known.insert(name);
        return name;
    }

    QSettings &m_settings;
    QDir m_baseDir;
    std::set<QString> m_known;
};

// Loads the pair the way the HTTPS server will, so a wrong file stops the start as a config
// error naming the key, before anything else (the database) is touched.
void checkTlsPair(const QString &cert, const QString &key)
{
    const auto tls = TlsContext::load(cert, key);
    if (!tls.context)
        ConfigReader::fail("tls", tls.failedKey, tls.problem);
}

// Reads the key file the way the sheet client will, so a wrong or unusable file stops the start
// naming the key instead of failing at the first sync. The problem names the file, never its content.
void checkServiceAccountFile(const QString &path)
{
    QString problem;
    const auto key = google::ServiceAccountKey::load(path, &problem);
    if (!key || !google::JwtSigner::fromPem(key->privateKey, &problem))
        ConfigReader::fail("google", "service_account_file", problem);
}

VideoSettings readVideos(ConfigReader &read)
{
    VideoSettings videos;
    videos.requiredShare = read.number("videos", "required_share", videos.requiredShare, 0.1, 1.0);
    videos.maxUploadMb = read.integer("videos", "max_upload_mb", videos.maxUploadMb, 1, 16384);
    videos.urlTtlS = read.integer("videos", "url_ttl_s", videos.urlTtlS, 60, 86400);
    videos.maxStreams = read.integer("videos", "max_streams", videos.maxStreams, 0, 100000);
    videos.accelRedirectPrefix = read.text("videos", "accel_redirect_prefix");
    const auto &prefix = videos.accelRedirectPrefix;
    if (!prefix.isEmpty() && (!prefix.startsWith(QLatin1Char('/')) || !prefix.endsWith(QLatin1Char('/'))))
        ConfigReader::fail("videos", "accel_redirect_prefix",
                           QStringLiteral("must start and end with / (e.g. /_kp_media/), got \"%1\"").arg(prefix));
    return videos;
}

google::GoogleSheetsSettings readGoogleSheets(ConfigReader &read)
{
    google::GoogleSheetsSettings sheets;
    sheets.spreadsheetId = read.text("google", "spreadsheet_id");
    sheets.range = read.text("google", "range", sheets.range);
    sheets.apiKey = read.text("google", "api_key");
    sheets.serviceAccountFile = read.readableFile("google", "service_account_file");
    sheets.oauthUrl = read.httpUrl("google", "oauth_url", sheets.oauthUrl);
    sheets.sheetsUrl = read.httpUrl("google", "sheets_url", sheets.sheetsUrl);
    sheets.driveUrl = read.httpUrl("google", "drive_url", sheets.driveUrl);
    const bool hasKey = !sheets.apiKey.isEmpty();
    const bool hasAccount = sheets.usesServiceAccount();
    if (hasKey && hasAccount)
        ConfigReader::fail("google", "api_key", QStringLiteral("set either api_key or service_account_file, not both"));
    if (sheets.enabled() && !hasKey && !hasAccount)
        ConfigReader::fail("google", "spreadsheet_id",
                           QStringLiteral("needs api_key or service_account_file to read the sheet"));
    if (!sheets.enabled() && (hasKey || hasAccount))
        ConfigReader::fail("google", "spreadsheet_id",
                           QStringLiteral("is required when api_key or service_account_file is set"));
    if (sheets.range.isEmpty())
        ConfigReader::fail("google", "range", QStringLiteral("must not be empty (e.g. Checkliste!A1:Z)"));
    if (hasAccount)
        checkServiceAccountFile(sheets.serviceAccountFile);
    return sheets;
}

GoogleAdsSettings readGoogleAds(ConfigReader &read)
{
    GoogleAdsSettings ads;
    ads.clientId = read.text("google", "client_id");
    ads.clientSecret = read.text("google", "client_secret");
    ads.developerToken = read.text("google", "developer_token");
    ads.loginCustomerId = read.text("google", "login_customer_id").remove(QLatin1Char('-'));
    ads.adsUrl = read.httpUrl("google", "ads_url", ads.adsUrl);
    ads.apiVersion = read.text("google", "ads_api_version", ads.apiVersion);
    const bool any = !ads.clientId.isEmpty() || !ads.clientSecret.isEmpty() || !ads.developerToken.isEmpty();
    if (any && !ads.enabled())
        ConfigReader::fail(
            "google",
            ads.clientId.isEmpty()           ? "client_id"
                : ads.clientSecret.isEmpty() ? "client_secret"
                                             : "developer_token",
            QStringLiteral("is required for Google Ads when client_id, client_secret or developer_token is set"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{10}$"));
    if (!ads.loginCustomerId.isEmpty() && !digits.match(ads.loginCustomerId).hasMatch())
        ConfigReader::fail("google", "login_customer_id",
                           QStringLiteral("must be a Google Ads customer id of 10 digits (e.g. 123-456-7890)"));
    return ads;
}

FacebookSettings readFacebook(ConfigReader &read)
{
    FacebookSettings facebook;
    facebook.graphUrl = read.httpUrl("facebook", "graph_url", facebook.graphUrl);
    facebook.apiVersion = read.graphApiVersion("facebook", facebook.apiVersion);
    facebook.asyncAfterDays = read.integer("facebook", "async_after_days", facebook.asyncAfterDays, 1, 1200);
    return facebook;
}

IntercomSettings readIntercom(ConfigReader &read)
{
    IntercomSettings intercom;
    intercom.appId = read.text("intercom", "app_id");
    intercom.identitySecret = read.secret("intercom", "identity_secret");
    const auto mode = read.text("intercom", "identity_mode", QStringLiteral("hmac")).toLower();
    if (mode != QLatin1String("hmac") && mode != QLatin1String("jwt"))
        ConfigReader::fail("intercom", "identity_mode", QStringLiteral("must be hmac or jwt (got \"%1\")").arg(mode));
    intercom.identityMode
        = mode == QLatin1String("jwt") ? IntercomSettings::IdentityMode::Jwt : IntercomSettings::IdentityMode::Hmac;
    intercom.jwtTtlS = read.integer("intercom", "jwt_ttl_s", intercom.jwtTtlS, 60, 86400);
    intercom.region = read.text("intercom", "region", intercom.region).toLower();
    if (intercom.region != QLatin1String("us") && intercom.region != QLatin1String("eu")
        && intercom.region != QLatin1String("au"))
        ConfigReader::fail("intercom", "region",
                           QStringLiteral("must be us, eu or au (got \"%1\")").arg(intercom.region));
    intercom.messengerApiBase
        = read.httpUrl("intercom", "messenger_api_base", IntercomSettings::messengerApiBaseFor(intercom.region));
    // The widget script is Intercom's, per app, unless a test or a proxy serves it elsewhere.
    if (!read.text("intercom", "widget_url").isEmpty())
        intercom.widgetUrl = read.httpUrl("intercom", "widget_url", {});
    else if (intercom.messengerEnabled())
        intercom.widgetUrl = QStringLiteral("https://widget.intercom.io/widget/")
            + QString::fromLatin1(QUrl::toPercentEncoding(intercom.appId));
    intercom.apiUrl = read.httpUrl("intercom", "api_url", IntercomSettings::restApiUrlFor(intercom.region));
    intercom.accessToken = read.secret("intercom", "access_token");
    intercom.syncIntervalS = read.integer("intercom", "sync_interval_s", intercom.syncIntervalS, 1, 86400);
    intercom.retryBaseS = read.integer("intercom", "retry_base_s", intercom.retryBaseS, 1, 3600);
    // Identity verification is not optional: a Messenger without it lets anyone who knows a
    // user id read that user's conversations.
    if (intercom.messengerEnabled() && intercom.identitySecret.isEmpty())
        ConfigReader::fail("intercom", "identity_secret",
                           QStringLiteral("is required when app_id is set (Messenger identity verification)"));
    return intercom;
}

MetricsSettings readMetrics(ConfigReader &read)
{
    MetricsSettings metrics;
    metrics.syncIntervalMin = read.integer("sync", "metrics_interval_min", metrics.syncIntervalMin, 1, 1440);
    metrics.recentDays = read.integer("sync", "metrics_recent_days", metrics.recentDays, 1, 90);
    metrics.provisionalDays = read.integer("sync", "metrics_provisional_days", metrics.provisionalDays, 0, 90);
    return metrics;
}

CallbackSettings readCallbacks(ConfigReader &read)
{
    CallbackSettings callbacks;
    callbacks.perHour = read.integer("callbacks", "per_hour", callbacks.perHour, 1, 10000);
    callbacks.retryBaseS = read.integer("callbacks", "retry_base_s", callbacks.retryBaseS, 1, 3600);
    callbacks.retryMaxS = read.integer("callbacks", "retry_max_s", callbacks.retryMaxS, 1, 86400);
    if (callbacks.retryMaxS < callbacks.retryBaseS)
        ConfigReader::fail("callbacks", "retry_max_s", QStringLiteral("must not be less than retry_base_s"));
    callbacks.pollIntervalS = read.integer("callbacks", "poll_interval_s", callbacks.pollIntervalS, 1, 3600);
    return callbacks;
}

TelegramSettings readTelegram(ConfigReader &read)
{
    TelegramSettings telegram;
    telegram.apiUrl = read.httpUrl("telegram", "api_url", telegram.apiUrl);
    telegram.botToken = QString::fromUtf8(read.secret("telegram", "bot_token"));
    telegram.chatId = read.text("telegram", "chat_id");
    // The token goes into the URL path (/bot<token>/sendMessage): nothing else may be in it.
    static const QRegularExpression token(QStringLiteral("^[0-9]+:[A-Za-z0-9_-]+$"));
    if (!telegram.botToken.isEmpty() && !token.match(telegram.botToken).hasMatch())
        ConfigReader::fail("telegram", "bot_token",
                           QStringLiteral("must look like BotFather's 123456789:AA… (digits, a colon, letters)"));
    if (telegram.botToken.isEmpty() != telegram.chatId.isEmpty())
        ConfigReader::fail("telegram", telegram.chatId.isEmpty() ? "chat_id" : "bot_token",
                           QStringLiteral("is required when the other Telegram key is set"));
    return telegram;
}

WhatsAppSettings readWhatsApp(ConfigReader &read)
{
    WhatsAppSettings whatsapp;
    whatsapp.graphUrl = read.httpUrl("whatsapp", "graph_url", whatsapp.graphUrl);
    whatsapp.apiVersion = read.graphApiVersion("whatsapp", whatsapp.apiVersion);
    whatsapp.phoneNumberId = read.text("whatsapp", "phone_number_id");
    whatsapp.accessToken = QString::fromUtf8(read.secret("whatsapp", "access_token"));
    whatsapp.to = read.text("whatsapp", "to");
    whatsapp.templateName = read.text("whatsapp", "template");
    whatsapp.language = read.text("whatsapp", "language", whatsapp.language);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!whatsapp.phoneNumberId.isEmpty() && !digits.match(whatsapp.phoneNumberId).hasMatch())
        ConfigReader::fail("whatsapp", "phone_number_id", QStringLiteral("must be the number's id (digits only)"));
    if (!whatsapp.to.isEmpty()) {
        const auto phone = validation::checkPhone(whatsapp.to);
        if (phone.problem)
            ConfigReader::fail("whatsapp", "to", QStringLiteral("must be a phone number with country code"));
        whatsapp.to = phone.e164;
    }
    const bool any = !whatsapp.phoneNumberId.isEmpty() || !whatsapp.accessToken.isEmpty() || !whatsapp.to.isEmpty()
        || !whatsapp.templateName.isEmpty();
    if (any && !whatsapp.enabled())
        ConfigReader::fail("whatsapp",
                           whatsapp.phoneNumberId.isEmpty()     ? "phone_number_id"
                               : whatsapp.accessToken.isEmpty() ? "access_token"
                               : whatsapp.to.isEmpty()          ? "to"
                                                                : "template",
                           QStringLiteral("is required when another WhatsApp key is set"));
    return whatsapp;
}

WebhookSettings readWebhook(ConfigReader &read)
{
    WebhookSettings webhook;
    webhook.url = read.text("webhook", "url");
    if (!webhook.url.isEmpty())
        webhook.url = read.httpUrl("webhook", "url", {});
    webhook.secret = QString::fromUtf8(read.secret("webhook", "secret"));
    if (webhook.url.isEmpty() != webhook.secret.isEmpty())
        ConfigReader::fail("webhook", webhook.url.isEmpty() ? "url" : "secret",
                           QStringLiteral("is required when the other webhook key is set (the receiver checks the "
                                          "signature made with the secret)"));
    if (!webhook.secret.isEmpty() && webhook.secret.size() < 16)
        ConfigReader::fail("webhook", "secret", QStringLiteral("must be at least 16 characters long"));
    return webhook;
}

ReferralSettings readReferrals(ConfigReader &read)
{
    ReferralSettings referrals;
    referrals.windowDays = read.integer("referrals", "window_days", referrals.windowDays, 1, 365);
    referrals.agencyName = validation::normalizeText(read.text("referrals", "agency_name", referrals.agencyName));
    if (referrals.agencyName.isEmpty() || referrals.agencyName.size() > 100)
        ConfigReader::fail("referrals", "agency_name", QStringLiteral("must be 1 to 100 characters"));
    if (!read.text("referrals", "download_url").isEmpty())
        referrals.downloadUrl = read.httpUrl("referrals", "download_url", {});
    return referrals;
}

} // namespace

ServerConfig ServerConfig::load(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable())
        throw ConfigError(QStringLiteral("config error: cannot read %1").arg(path).toStdString());
    QSettings settings(file.absoluteFilePath(), QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        throw ConfigError(QStringLiteral("config error: %1 is not a valid INI file").arg(path).toStdString());

    ConfigReader read(settings, file.absoluteDir());
    ServerConfig config;
    config.host = read.text("server", "host", config.host);
    config.port = read.integer("server", "port", config.port, 0, 65535); // 0: any free port (tests)
    config.dataDir = read.path("server", "data_dir");
    if (config.dataDir.isEmpty())
        ConfigReader::fail("server", "data_dir", QStringLiteral("is required (the folder for the database)"));
    config.threads = read.integer("server", "threads", config.threads, 4, 1024);
    config.behindProxy = read.boolean("server", "behind_proxy", config.behindProxy);
    config.readTimeoutS = read.integer("server", "read_timeout_s", config.readTimeoutS, 1, 300);
    config.writeTimeoutS = read.integer("server", "write_timeout_s", config.writeTimeoutS, 1, 3600);
    config.keepAliveTimeoutS = read.integer("server", "keep_alive_timeout_s", config.keepAliveTimeoutS, 1, 300);
    config.maxHeaderCount = read.integer("server", "max_header_count", config.maxHeaderCount, 16, 1000);
    config.maxConnections = read.integer("server", "max_connections", config.maxConnections, 16, 1000000);
    config.maxConnectionsPerAddress
        = read.integer("server", "max_connections_per_address", config.maxConnectionsPerAddress, 1, 1000000);

    config.tlsCert = read.readableFile("tls", "cert");
    config.tlsKey = read.readableFile("tls", "key");
    if (config.tlsCert.isEmpty() != config.tlsKey.isEmpty())
        ConfigReader::fail("tls", config.tlsCert.isEmpty() ? "cert" : "key",
                           QStringLiteral("is required when the other TLS key is set"));
    if (config.tlsEnabled())
        checkTlsPair(config.tlsCert, config.tlsKey);

    const auto scheme = config.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http");
    config.publicUrl
        = read.httpUrl("server", "public_url", QStringLiteral("%1://%2:%3").arg(scheme, config.host).arg(config.port));

    config.sessionTtlDays = read.integer("security", "session_ttl_days", config.sessionTtlDays, 1, 365);
    config.sessionSweepIntervalS
        = read.integer("security", "session_sweep_interval_s", config.sessionSweepIntervalS, 1, 86400);
    // 19 MiB and 2 passes is OWASP's floor for argon2id; nothing below it is accepted.
    config.argon2MemoryKiB = read.integer("security", "argon2_memory_kib", config.argon2MemoryKiB, 19456, 1048576);
    config.argon2Passes = read.integer("security", "argon2_passes", config.argon2Passes, 2, 10);
    config.hashConcurrency = read.integer("security", "hash_concurrency", config.hashConcurrency, 1, 64);
    config.loginMaxFailures = read.integer("security", "login_max_failures", config.loginMaxFailures, 1, 1000);
    config.loginWindowS = read.integer("security", "login_window_s", config.loginWindowS, 1, 86400);
    config.ipMaxFailures = read.integer("security", "ip_max_failures", config.ipMaxFailures, 1, 100000);
    config.ipMaxAttempts = read.integer("security", "ip_max_attempts", config.ipMaxAttempts, 1, 100000);
    config.accountSlowAfterFailures
        = read.integer("security", "account_slow_after_failures", config.accountSlowAfterFailures, 1, 100000);
    config.accountSlowIntervalS
        = read.integer("security", "account_slow_interval_s", config.accountSlowIntervalS, 1, 86400);
    config.registerPerHour = read.integer("security", "register_per_hour", config.registerPerHour, 1, 100000);
    config.keyFile = read.path("security", "key_file");

    config.googleSheets = readGoogleSheets(read);
    config.googleAds = readGoogleAds(read);
    config.facebook = readFacebook(read);
    config.intercom = readIntercom(read);
    config.videos = readVideos(read);
    config.checklistSyncIntervalMin
        = read.integer("sync", "checklist_interval_min", config.checklistSyncIntervalMin, 1, 1440);
    config.metrics = readMetrics(read);
    config.callbacks = readCallbacks(read);
    config.telegram = readTelegram(read);
    config.whatsapp = readWhatsApp(read);
    config.webhook = readWebhook(read);
    config.referrals = readReferrals(read);

    read.rejectUnknownKeys();
    return config;
}

} // namespace kp::server
