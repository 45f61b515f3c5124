#pragma once

#include "shared/Account.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace kp::client {

class ApiClient;
class OfflineSync;
class Session;
struct DemoData;

// What a page gets to do its work: the session, the transport for its feature API, and a way to
// open another page by id (e.g. the home page's shortcut to the registrations).
struct PageServices {
    Session &session;
    ApiClient &api;
    std::function<void(const QString &id)> openPage;
    // Where a change that could not be sent waits for the server (the account's outbox).
    OfflineSync &offline;
    // Runs a WindowAction by id (e.g. the support page's offer of a callback).
    std::function<void(const QString &actionId)> runAction;
    // Sets the count beside a page's sidebar entry from what the page learnt from the server
    // (e.g. open callback requests); entries with a `badge` function follow the account instead.
    std::function<void(const QString &pageId, int count)> setBadge;
};

// How a page shows itself with demo data for `--screenshot` (Screenshots.cpp hands one over).
class ScreenshotSet {
public:
    virtual ~ScreenshotSet() = default;
    virtual const DemoData &demo() const = 0;
    // Signs `account` in (demo, no server) and opens the page being shot.
    virtual void showPageAs(const Account &account) = 0;
    // The window's "Offline, as of <time>" notice, as if the server could not be reached since
    // `asOf` (until the next showPageAs()).
    virtual void showOffline(const QDateTime &asOf) = 0;
    // Saves the window as the next numbered picture "NN-<name>.png".
    virtual void shoot(const QString &name) = 0;
    // Saves a dialog (shown by the page) the same way.
    virtual void shoot(QWidget &dialog, const QString &name) = 0;
};

enum class SidebarSection {
    Main,           // the customer's pages, no heading
    Administration, // under "Administration", visible to admins only
};

// One page of the main window as the sidebar, the content area and `--screenshot` see it.
// A feature registers its entry from its own folder (e.g. client/home/HomePageEntry.cpp) and the
// window, the sidebar and the screenshots iterate the registry: no member, include or special
// case per page in them.
struct PageEntry {
    QString id;                     // objectName of its sidebar button is "nav_<id>"
    QString icon;                   // a bundled theme icon name
    std::function<QString()> title; // translated when called, so the language chosen at start applies
    SidebarSection section = SidebarSection::Main;
    bool adminOnly = false;
    // Hidden for admins (the customer's own onboarding).
    bool customerOnly = false;
    // Closed to a customer until the onboarding checklist is complete (the server's
    // Gate::OnboardingComplete behind the page's routes): the sidebar shows it locked with the
    // reason, and asking for it opens the checklist instead.
    bool needsOnboarding = false;
    // A count beside the sidebar entry (e.g. required videos left), applied whenever the account
    // changes; hidden at 0. May be empty.
    std::function<int(const Account &account)> badge = {};
    std::function<QWidget *(const PageServices &services)> create;
    // Called each time the page is opened (lists fetch then, so they are current without a poll).
    std::function<void(QWidget *page)> opened;
    // Renders the page's states with demo data; may be empty.
    std::function<void(QWidget *page, ScreenshotSet &shots)> screenshots;
    // Shot after every other page and dialog, so the pictures numbered before keep their numbers
    // (pages added later that sit early in the sidebar).
    bool screenshotsLast = false;
    // A session may start here (startPageFor()). False for a page open while onboarding that
    // should not take the checklist's place as the first page (the roadmap).
    bool startsSessions = true;
    // Pictures of a later feature (its own pages, or a panel it adds to this one), taken after
    // everything else, even the screenshotsLast pages, so the pictures before keep their numbers.
    // May be empty.
    std::function<void(QWidget *page, ScreenshotSet &shots)> lateScreenshots = {};

    bool isForAdminsOnly() const { return adminOnly || section == SidebarSection::Administration; }
    bool isVisibleTo(const Account &account) const { return account.isAdmin() ? !customerOnly : !isForAdminsOnly(); }
    // Why `account` cannot open the page now (one sentence), or empty when it can. An account
    // whose onboarding the server did not say is not held back: the server's gate still is.
    QString lockReason(const Account &account) const;
};

// A call to action the window keeps in view on every page (UI.md: the sidebar's escalation button
// "Rückruf anfordern"). A feature registers it beside its pages.
struct WindowAction {
    QString id; // objectName of its button
    QString icon;
    std::function<QString()> title;
    bool customerOnly = true;
    // Made once per window (`window` parents what it opens); returns what a click does.
    std::function<std::function<void()>(const PageServices &services, QWidget *window)> create;
};

// The pages in sidebar order. Registration is explicit (a function per feature, called from
// appPages()) rather than static initialisers: kpclient is a static library, whose linker drops
// object files nothing refers to, so self-registering pages could silently vanish; and tests can
// build a registry of exactly the pages they need.
class PageRegistry {
public:
    void add(PageEntry entry);
    void add(WindowAction action);
    const QList<PageEntry> &entries() const { return m_entries; }
    const QList<WindowAction> &actions() const { return m_actions; }
    const PageEntry *find(const QString &id) const;
    // Where a session of `account` starts, and where asking for a locked page leads: the first
    // page it may see and open (for a customer still onboarding, the checklist).
    const PageEntry *startPageFor(const Account &account) const;

private:
    QList<PageEntry> m_entries;
    QList<WindowAction> m_actions;
};

// Every page of the app, in sidebar order. A new feature adds one line here.
PageRegistry appPages();

} // namespace kp::client
