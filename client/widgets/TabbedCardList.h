#pragma once

#include <QCoreApplication>
#include <QStringList>

class QPushButton;
class QTabBar;
class QWidget;

namespace kp::client {

class Banner;
class PageHeader;
class PagedCardList;
class RemoteListController;
class StatePanel;

// The parts of an admin list page (UI.md: the header with "Refresh", tabs, a banner for a page
// that could not be loaded, then the cards a page at a time with their loading, empty and error
// states), made and laid out once for the registrations, the callbacks and the lists to come.
// The page fills the list (RemoteListController) and reacts to the tabs and to "Refresh".
struct TabbedCardList {
    Q_DECLARE_TR_FUNCTIONS(TabbedCardList)

public:
    PageHeader *header;
    QPushButton *refresh;
    QTabBar *tabs;
    Banner *banner;
    StatePanel *state;
    PagedCardList *list;
    RemoteListController *controller;

    // Lays the parts out as `page`'s content. Their objectNames start with `prefix`:
    // "<prefix>Refresh", "<prefix>Tabs", "<prefix>Banner", "<prefix>More".
    static TabbedCardList build(QWidget &page, const QString &prefix, const QString &title, const QString &subtitle,
                                const QStringList &tabs);
};

} // namespace kp::client
