#include "client/messenger/MessengerView.h"

#include "client/messenger/MessengerWebPage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcMessenger, "kp.client.messenger")

namespace kp::client {
namespace {

// Removing a discarded profile's folder: every 250 ms for up to 10 s, done once it has stayed
// absent for three checks in a row.
constexpr int kReleaseIntervalMs = 250;
constexpr int kReleaseAttempts = 40;
constexpr int kReleaseChecks = 3;

} // namespace

MessengerView::MessengerView(const QString &userId, QWidget *parent)
    : QWidget(parent)
    , m_userId(userId)
{
    setObjectName(QStringLiteral("messengerView"));
    // A named profile is persistent; paths set before the first page uses it.
    m_profile = new QWebEngineProfile(storageNameFor(userId), this);
    m_profile->setPersistentStoragePath(storagePath());
    m_profile->setCachePath(storagePath() + QStringLiteral("/cache"));
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("messengerWebView"));
    m_view->setPage(new MessengerWebPage(m_profile, m_view));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (ok)
            boot();
        else
            emit failed();
    });
}

MessengerView::~MessengerView()
{
    closeWebSession();
}

QString MessengerView::storageNameFor(const QString &userId)
{
    return QStringLiteral("user-")
        + QString::fromLatin1(QCryptographicHash::hash(userId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString MessengerView::storagePathFor(const QString &userId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/messenger/")
        + storageNameFor(userId);
}

void MessengerView::start(const QUrl &page, const QJsonObject &settings)
{
    m_settings = settings;
    if (m_view)
        m_view->load(page);
}

void MessengerView::boot()
{
    const auto settings = QString::fromUtf8(QJsonDocument(m_settings).toJson(QJsonDocument::Compact));
    m_view->page()->runJavaScript(
        QStringLiteral("typeof window.kpBootMessenger === 'function' && window.kpBootMessenger(%1)").arg(settings),
        [self = QPointer<MessengerView>(this)](const QVariant &result) {
            if (!self)
                return;
            if (result.toBool())
                emit self->booted();
            else
                emit self->failed();
        });
}

void MessengerView::shutdown(const std::function<void()> &done)
{
    if (!m_view) {
        done();
        return;
    }
    m_view->page()->runJavaScript(
        QStringLiteral("typeof window.kpShutdownMessenger === 'function' && window.kpShutdownMessenger()"),
        [done](const QVariant &) { done(); });
}

void MessengerView::closeWebSession()
{
    // The page holds the profile: it goes first.
    delete m_view;
    m_view = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

void MessengerView::discard()
{
    closeWebSession();
    removeWhenReleased(storagePath(), 0, 0);
}

void MessengerView::removeWhenReleased(const QString &path, int attempt, int absentChecks)
{
    // Chromium lets go of a deleted profile's files a little later, and may still flush (cookies,
    // the disk cache index) into the folder meanwhile: remove it until it stays gone.
    QDir storage(path);
    if (storage.exists()) {
        storage.removeRecursively();
        absentChecks = 0;
    } else if (++absentChecks >= kReleaseChecks) {
        return;
    }
    if (attempt >= kReleaseAttempts) {
        if (QDir(path).exists())
            qCWarning(lcMessenger) << "could not remove all of the messenger's storage" << path;
        return;
    }
    QTimer::singleShot(kReleaseIntervalMs, qApp,
                       [path, attempt, absentChecks] { removeWhenReleased(path, attempt + 1, absentChecks); });
}

} // namespace kp::client
