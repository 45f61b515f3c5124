#include "client/messenger/MessengerWebPage.h"

#include <QDesktopServices>

namespace kp::client {
namespace {

bool isWebLink(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")
        || url.scheme() == QLatin1String("mailto") || url.scheme() == QLatin1String("tel");
}

// Receives the first navigation of a window the page asked for, hands its URL to the system
// browser and goes away.
class ExternalWindow : public QWebEnginePage {
public:
    ExternalWindow(QWebEngineProfile *profile, QObject *parent)
        : QWebEnginePage(profile, parent)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (isWebLink(url))
            QDesktopServices::openUrl(url);
        deleteLater();
        return false;
    }
};

} // namespace

MessengerWebPage::MessengerWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

bool MessengerWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame || type != NavigationTypeLinkClicked
        || url.matches(this->url(), QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment))
        return true;
    if (isWebLink(url))
        QDesktopServices::openUrl(url);
    return false;
}

QWebEnginePage *MessengerWebPage::createWindow(WebWindowType)
{
    return new ExternalWindow(profile(), this);
}

} // namespace kp::client
