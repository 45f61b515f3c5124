#include "client/callbacks/CallbacksPageEntry.h"

#include "client/app/PageRegistry.h"
#include "client/app/Session.h"
#include "client/callbacks/CallbackDialog.h"
#include "client/callbacks/CallbackInboxPage.h"
#include "client/callbacks/CallbackRequester.h"
#include "client/callbacks/CallbacksDemo.h"
#include "client/callbacks/MyCallbacksPage.h"
#include "client/widgets/FormField.h"

#include <QLineEdit>

#include <algorithm>

namespace kp::client {
namespace {

constexpr int kOpenCountIntervalMs = 60 * 1000;

const QString kRequestAction = QStringLiteral("requestCallback");

void shootDialog(QWidget *page, ScreenshotSet &shots)
{
    const auto &customer = shots.demo().customer;
    CallbackDialog dialog(customer.phone, page->window());
    dialog.show();
    shots.shoot(dialog, QStringLiteral("callback-dialog"));
    dialog.findChild<QLineEdit *>(QStringLiteral("callbackPhone"))->setText(QStringLiteral("030 12"));
    dialog.validate();
    shots.shoot(dialog, QStringLiteral("callback-dialog-invalid"));
    auto request = callbacksdemo::customerRequests(shots.demo()).constFirst();
    dialog.showConfirmation(request);
    shots.shoot(dialog, QStringLiteral("callback-dialog-sent"));
}

} // namespace

void registerCallbackPages(PageRegistry &registry)
{
    registry.add(WindowAction {
        .id = kRequestAction,
        .icon = QStringLiteral("call-start"),
        .title = [] { return CallbackDialog::tr("Request a callback"); },
        .customerOnly = true,
        .create = [](const PageServices &services, QWidget *window) -> std::function<void()> {
            auto *requester = new CallbackRequester(services, window);
            return [requester] { requester->open(); };
        },
    });
    registry.add({
        .id = QStringLiteral("callbacks"),
        .icon = QStringLiteral("call-start"),
        .title = [] { return MyCallbacksPage::tr("Callbacks"); },
        .section = SidebarSection::Main,
        .adminOnly = false,
        .customerOnly = true,
        .needsOnboarding = false,
        .create =
            [](const PageServices &services) {
                auto *page = new MyCallbacksPage(services.api, services.offline);
                QObject::connect(page, &MyCallbacksPage::callbackRequested, page,
                                 [run = services.runAction] { run(kRequestAction); });
                return page;
            },
        .opened = [](QWidget *page) { static_cast<MyCallbacksPage *>(page)->reload(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<MyCallbacksPage *>(widget);
                shots.showPageAs(shots.demo().customer);
                page->showDemo(callbacksdemo::customerRequests(shots.demo()), {QStringLiteral("+49 30 1234567")});
                shots.shoot(QStringLiteral("callbacks"));
                page->showDemo({}, {});
                shootDialog(page, shots);
            },
        .screenshotsLast = true,
    });
}

void registerCallbackInbox(PageRegistry &registry)
{
    registry.add({
        .id = QStringLiteral("callback-inbox"),
        .icon = QStringLiteral("call-start"),
        .title = [] { return CallbackInboxPage::tr("Callbacks"); },
        .section = SidebarSection::Administration,
        .adminOnly = true,
        .customerOnly = false,
        .needsOnboarding = false,
        .create =
            [](const PageServices &services) {
                auto *page = new CallbackInboxPage(services.api);
                QObject::connect(
                    page, &CallbackInboxPage::openCountChanged, page,
                    [setBadge = services.setBadge](int count) { setBadge(QStringLiteral("callback-inbox"), count); });
                // New requests arrive at any time: an admin's sidebar counts them while the page is closed.
                auto &session = services.session;
                const auto follow = [page, &session] {
                    const bool admin = session.state() == Session::State::Active && session.account().isAdmin();
                    page->watchOpenCount(admin ? kOpenCountIntervalMs : 0);
                };
                QObject::connect(&session, &Session::stateChanged, page, follow);
                return page;
            },
        .opened = [](QWidget *page) { static_cast<CallbackInboxPage *>(page)->reload(); },
        .screenshots =
            [](QWidget *widget, ScreenshotSet &shots) {
                auto *page = static_cast<CallbackInboxPage *>(widget);
                shots.showPageAs(shots.demo().admin);
                const auto requests = callbacksdemo::inbox(shots.demo());
                const auto open = std::count_if(requests.begin(), requests.end(),
                                                [](const CallbackRequest &request) { return request.isOpen(); });
                page->showDemo(CallbackFilter::All, requests, int(open));
                shots.shoot(QStringLiteral("callback-inbox"));
            },
        .screenshotsLast = true,
    });
}

} // namespace kp::client
