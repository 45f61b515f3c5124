#include "client/widgets/TabbedCardList.h"

#include "client/widgets/Banner.h"
#include "client/widgets/PageColumn.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/PagedCardList.h"
#include "client/widgets/RemoteListController.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"

#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

namespace kp::client {

TabbedCardList TabbedCardList::build(QWidget &page, const QString &prefix, const QString &title,
                                     const QString &subtitle, const QStringList &tabs)
{
    auto *state = new StatePanel;
    auto *list = new PagedCardList(prefix + QStringLiteral("More"));
    TabbedCardList parts {
        new PageHeader(title, subtitle),
        new QPushButton(theme::icon(QStringLiteral("view-refresh")), tr("Refresh")),
        new QTabBar,
        new Banner(prefix + QStringLiteral("Banner")),
        state,
        list,
        new RemoteListController(*state, list->list(), list->more(), &page),
    };
    parts.refresh->setObjectName(prefix + QStringLiteral("Refresh"));
    parts.header->addAction(parts.refresh);
    parts.tabs->setObjectName(prefix + QStringLiteral("Tabs"));
    parts.tabs->setDrawBase(false);
    parts.tabs->setExpanding(false);
    for (const auto &tab : tabs)
        parts.tabs->addTab(tab);

    pageColumn(&page, {parts.header, parts.tabs, parts.banner}, {parts.state, parts.list});
    return parts;
}

} // namespace kp::client
