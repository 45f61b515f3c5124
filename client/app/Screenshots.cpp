#include "client/app/Screenshots.h"

#include "client/app/DemoData.h"
#include "client/app/MainWindow.h"
#include "client/app/Session.h"
#include "client/auth/LoginPage.h"
#include "client/auth/RegisterPage.h"
#include "client/settings/ServerSettingsDialog.h"

#include <QApplication>
#include <QDir>

#include <iostream>

namespace kp::client {
namespace {

// Lets layouts and polish settle before a grab.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Numbers the pictures in the order they are taken, so the README can list them as a tour.
class NumberedShots : public ScreenshotSet {
public:
    NumberedShots(MainWindow &window, Session &session, const QDir &directory)
        : m_window(window)
        , m_session(session)
        , m_directory(directory)
        , m_demo(DemoData::load())
    {
    }

    const DemoData &demo() const override { return m_demo; }
    void setPage(const QString &id) { m_page = id; }

    void showPageAs(const Account &account) override
    {
        m_window.hideOfflineNotice();
        m_session.showDemo(Session::State::Active, account);
        m_window.openPage(m_page);
    }

    void showOffline(const QDateTime &asOf) override { m_window.showOfflineNotice(asOf); }

    void shoot(const QString &name) override { shoot(m_window, name); }

    void shoot(QWidget &widget, const QString &name) override
    {
        settle();
        const auto path
            = m_directory.filePath(QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
        if (!widget.grab().save(path)) {
            std::cerr << "cannot write " << path.toStdString() << '\n';
            m_ok = false;
            return;
        }
        std::cout << path.toStdString() << '\n';
    }

    bool ok() const { return m_ok; }

private:
    MainWindow &m_window;
    Session &m_session;
    QDir m_directory;
    DemoData m_demo;
    QString m_page;
    int m_count = 0;
    bool m_ok = true;
};

} // namespace

bool renderScreenshots(MainWindow &window, Session &session, ApiClient &api, const QString &directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return false;
    window.resize(1280, 800);
    window.show();
    NumberedShots shots(window, session, dir);
    const auto &demo = shots.demo();

    // Before login: the auth pages, which are the window's own and not in the registry.
    session.showDemo(Session::State::LoggedOut, Account {});
    shots.shoot(QStringLiteral("login"));
    ApiError limited;
    limited.httpStatus = 429;
    limited.code = ErrorCode::RateLimited;
    limited.retryAfterSeconds = 240;
    window.loginPage()->showError(limited);
    shots.shoot(QStringLiteral("login-rate-limited"));

    window.showRegister();
    shots.shoot(QStringLiteral("register"));
    auto *form = window.registerPage();
    form->prefill(QStringLiteral("name"), demo.pending.value(0).name);
    form->prefill(QStringLiteral("company"), demo.pending.value(0).company);
    form->prefill(QStringLiteral("email"), QStringLiteral("m.schulz@zahnarzt-schulz"));
    form->prefill(QStringLiteral("phone"), QStringLiteral("089 5551234"));
    form->prefill(QStringLiteral("password"), QStringLiteral("kurz"));
    form->validateAll();
    shots.shoot(QStringLiteral("register-errors"));

    auto pending = demo.pending.value(0);
    session.showDemo(Session::State::JustRegistered, pending);
    shots.shoot(QStringLiteral("registration-received"));
    session.showDemo(Session::State::AwaitingApproval, pending);
    shots.shoot(QStringLiteral("awaiting-approval"));
    auto rejected = pending;
    rejected.status = AccountStatus::Rejected;
    rejected.rejectionReason = QCoreApplication::translate(
        "Screenshots", "We could not verify your company. Please call us at 030 1234567.");
    session.showDemo(Session::State::Rejected, rejected);
    shots.shoot(QStringLiteral("rejected"));

    // After login: every registered page, as it chooses to show itself.
    const auto shootPages = [&](bool last) {
        for (const auto &entry : window.pages().entries()) {
            if (!entry.screenshots || entry.screenshotsLast != last)
                continue;
            shots.setPage(entry.id);
            entry.screenshots(window.page(entry.id), shots);
        }
    };
    shootPages(false);

    ServerSettingsDialog settings(QUrl(QStringLiteral("https://portal.leadwerk-agentur.de")), api, &window);
    settings.show();
    shots.shoot(settings, QStringLiteral("server-settings"));
    settings.hide();
    ServerSettingsDialog unencrypted(QUrl(QStringLiteral("http://portal.leadwerk-agentur.de")), api, &window);
    unencrypted.show();
    shots.shoot(unencrypted, QStringLiteral("server-settings-unencrypted"));
    unencrypted.hide();
    shootPages(true);
    for (const auto &entry : window.pages().entries()) {
        if (!entry.lateScreenshots)
            continue;
        shots.setPage(entry.id);
        entry.lateScreenshots(window.page(entry.id), shots);
    }
    return shots.ok();
}

} // namespace kp::client
