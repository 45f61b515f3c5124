#include "client/app/Screenshots.h"

#include "client/admin/ApprovalsPage.h"
#include "client/admin/RejectDialog.h"
#include "client/app/MainWindow.h"
#include "client/app/Session.h"
#include "client/auth/LoginPage.h"
#include "client/auth/RegisterPage.h"
#include "client/home/HomePage.h"
#include "client/settings/ServerSettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <iostream>

namespace kp::client {
namespace {

struct DemoData {
    Account customer;
    Account admin;
    QList<Account> pending;
    QList<Account> approved;
};

QList<Account> accountsIn(const QJsonArray &array)
{
    QList<Account> accounts;
    for (const auto &item : array)
        accounts.append(Account::fromJson(item.toObject()).value_or(Account {}));
    return accounts;
}

DemoData loadDemoData()
{
    QFile file(QStringLiteral(":/demo/accounts.json"));
    file.open(QIODevice::ReadOnly);
    const auto json = QJsonDocument::fromJson(file.readAll()).object();
    return {Account::fromJson(json.value(QLatin1String("customer")).toObject()).value_or(Account {}),
            Account::fromJson(json.value(QLatin1String("admin")).toObject()).value_or(Account {}),
            accountsIn(json.value(QLatin1String("pending")).toArray()),
            accountsIn(json.value(QLatin1String("approved")).toArray())};
}

// Lets layouts and polish settle before a grab.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget &widget, const QDir &directory, const QString &name)
{
    settle();
    const auto path = directory.filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        std::cerr << "cannot write " << path.toStdString() << '\n';
        return false;
    }
    std::cout << path.toStdString() << '\n';
    return true;
}

} // namespace

bool renderScreenshots(MainWindow &window, Session &session, const QString &directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return false;
    const auto demo = loadDemoData();
    window.resize(1280, 800);
    window.show();
    bool ok = true;

    session.showDemo(Session::State::LoggedOut, Account {});
    ok &= save(window, dir, QStringLiteral("01-login"));

    ApiError limited;
    limited.httpStatus = 429;
    limited.code = ErrorCode::RateLimited;
    limited.retryAfterSeconds = 240;
    window.loginPage()->showError(limited);
    ok &= save(window, dir, QStringLiteral("02-login-rate-limited"));

    window.showRegister();
    ok &= save(window, dir, QStringLiteral("03-register"));
    auto *form = window.registerPage();
    form->prefill(QStringLiteral("name"), demo.pending.value(0).name);
    form->prefill(QStringLiteral("company"), demo.pending.value(0).company);
    form->prefill(QStringLiteral("email"), QStringLiteral("m.schulz@zahnarzt-schulz"));
    form->prefill(QStringLiteral("phone"), QStringLiteral("089 5551234"));
    form->prefill(QStringLiteral("password"), QStringLiteral("kurz"));
    form->validateAll();
    ok &= save(window, dir, QStringLiteral("04-register-errors"));

    auto pending = demo.pending.value(0);
    session.showDemo(Session::State::JustRegistered, pending);
    ok &= save(window, dir, QStringLiteral("05-registration-received"));
    session.showDemo(Session::State::AwaitingApproval, pending);
    ok &= save(window, dir, QStringLiteral("06-awaiting-approval"));
    auto rejected = pending;
    rejected.status = AccountStatus::Rejected;
    rejected.rejectionReason = QCoreApplication::translate(
        "Screenshots", "We could not verify your company. Please call us at 030 1234567.");
    session.showDemo(Session::State::Rejected, rejected);
    ok &= save(window, dir, QStringLiteral("07-rejected"));

    session.showDemo(Session::State::Active, demo.customer);
    ok &= save(window, dir, QStringLiteral("08-home-customer"));
    session.showDemo(Session::State::Active, demo.admin);
    window.homePage()->setPendingRegistrations(int(demo.pending.size()), false);
    ok &= save(window, dir, QStringLiteral("09-home-admin"));

    window.openPage(QStringLiteral("approvals"));
    window.approvalsPage()->showAccounts(AccountStatus::Pending, demo.pending);
    ok &= save(window, dir, QStringLiteral("10-approvals-pending"));
    window.approvalsPage()->showAccounts(AccountStatus::Approved, demo.approved);
    ok &= save(window, dir, QStringLiteral("11-approvals-approved"));
    window.approvalsPage()->showAccounts(AccountStatus::Pending, {});
    ok &= save(window, dir, QStringLiteral("12-approvals-empty"));

    RejectDialog reject(pending.name, &window);
    reject.show();
    ok &= save(reject, dir, QStringLiteral("13-reject-dialog"));
    reject.hide();
    ServerSettingsDialog settings(QUrl(QStringLiteral("https://portal.leadwerk-agentur.de")), &window);
    settings.show();
    ok &= save(settings, dir, QStringLiteral("14-server-settings"));
    settings.hide();
    ServerSettingsDialog unencrypted(QUrl(QStringLiteral("http://portal.leadwerk-agentur.de")), &window);
    unencrypted.show();
    ok &= save(unencrypted, dir, QStringLiteral("15-server-settings-unencrypted"));
    return ok;
}

} // namespace kp::client
