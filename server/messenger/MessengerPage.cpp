#include "server/messenger/MessengerPage.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QUrl>

namespace kp::server::messenger {
namespace {

// Boots the way Intercom's own snippet does: a queueing Intercom() stand-in takes the calls until
// the widget script has loaded and replays them (developers.intercom.com "Javascript API").
// The JWT travels as intercom_user_jwt, the HMAC as user_hash.
const char *const kBootScript = R"JS(
(function () {
  'use strict';
  var widgetLoaded = false;
  window.kpBootMessenger = function (settings) {
    var boot = {
      app_id: settings.app_id,
      user_id: settings.user_id,
      name: settings.name,
      email: settings.email,
      created_at: settings.created_at,
      api_base: settings.api_base
    };
    if (settings.user_hash) { boot.user_hash = settings.user_hash; }
    if (settings.user_jwt) { boot.intercom_user_jwt = settings.user_jwt; }
    window.intercomSettings = boot;
    if (typeof window.Intercom !== 'function') {
      var queue = function () { queue.c(arguments); };
      queue.q = [];
      queue.c = function (args) { queue.q.push(args); };
      window.Intercom = queue;
    }
    window.Intercom('boot', boot);
    window.Intercom('show');
    if (!widgetLoaded) {
      widgetLoaded = true;
      var script = document.createElement('script');
      script.async = true;
      script.src = settings.widget_url;
      script.onerror = function () { document.body.setAttribute('data-widget', 'failed'); };
      document.head.appendChild(script);
    }
    return true;
  };
  window.kpShutdownMessenger = function () {
    if (typeof window.Intercom === 'function') { window.Intercom('shutdown'); }
    return true;
  };
})();
)JS";

// Intercom's hosts for the Messenger (its CSP guide), by directive.
const char *const kIntercomScripts = "https://*.intercom.io https://*.intercomcdn.com";
const char *const kIntercomConnect = "https://*.intercom.io wss://*.intercom.io https://*.intercomcdn.com "
                                     "https://*.intercomassets.com https://*.intercomusercontent.com";
const char *const kIntercomMedia = "https://*.intercom.io https://*.intercomcdn.com https://*.intercomassets.com "
                                   "https://*.intercomusercontent.com";

// "scheme://host[:port]" of a URL, or empty.
QString originOf(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    return parsed.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

} // namespace

MessengerPage::MessengerPage(const IntercomSettings &settings)
{
    const auto script = QString::fromUtf8(kBootScript);
    m_html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
                            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                            "<title>Support</title>"
                            "<style>html,body{margin:0;height:100%;background:#f6f7f9;}</style>"
                            "<script>%1</script></head><body></body></html>\n")
                 .arg(script);
    const auto hash = QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256).toBase64();
    QStringList extraOrigins;
    for (const auto &url : {settings.widgetUrl, settings.messengerApiBase}) {
        const auto origin = originOf(url);
        if (!origin.isEmpty() && !extraOrigins.contains(origin))
            extraOrigins.append(origin);
    }
    const auto extra = extraOrigins.join(QLatin1Char(' '));
    const auto policy
        = QStringLiteral("default-src 'none'; script-src 'sha256-%1' %2 %3; connect-src %2 %4; img-src data: blob: %5; "
                         "style-src 'unsafe-inline' https://*.intercomcdn.com; font-src https://*.intercomcdn.com; "
                         "media-src %5; frame-src https://*.intercom.io https://*.intercomcdn.com; "
                         "base-uri 'none'; form-action https://*.intercom.io; frame-ancestors 'none'")
              .arg(QString::fromLatin1(hash), extra, QLatin1String(kIntercomScripts), QLatin1String(kIntercomConnect),
                   QLatin1String(kIntercomMedia));
    m_policy = policy.simplified().toStdString();
}

} // namespace kp::server::messenger
