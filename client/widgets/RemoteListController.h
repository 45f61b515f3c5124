#pragma once

#include "client/api/ItemPage.h"
#include "client/api/RequestScope.h"

#include <QObject>

class QPushButton;

namespace kp::client {

class StatePanel;

// The life of a list fetched from the server, a page at a time (API.md `limit`/`cursor` →
// `items`/`next_cursor`), shown with the existing StatePanel: loading (after its 150 ms), empty,
// error with "Erneut versuchen", offline (no answer: the same panel says the server cannot be
// reached, with retry) and "Mehr laden" while there are further pages. Late answers for a list
// that reloaded, or whose page closed, are dropped (RequestScope). The page keeps the widgets of
// its items; the controller only says when to clear them and which items to add.
//
//   m_list.setSource<Account>([this](const QString &cursor) { return m_accounts.accounts(status(), cursor); },
//                             [this](const QList<Account> &accounts) { addCards(accounts); });
//   connect(&m_list, &RemoteListController::cleared, this, &MyPage::removeCards);
//   m_list.reload();
class RemoteListController : public QObject {
    Q_OBJECT

public:
    struct EmptyState {
        QString icon;
        QString title;
        QString text;
    };

    // `list` is hidden while the panel shows a state; `more` is the "load more" button.
    RemoteListController(StatePanel &state, QWidget &list, QPushButton &more, QObject *parent = nullptr);

    void setLoadingText(const QString &text) { m_loadingText = text; }
    void setEmptyState(const EmptyState &empty) { m_empty = empty; }

    // `fetch(cursor)` requests one page (an empty cursor: the first); `append` shows its items.
    template <typename T>
    void setSource(std::function<Reply<ItemPage<T>>(const QString &cursor)> fetch,
                   std::function<void(const QList<T> &)> append)
    {
        m_fetch = [this, fetch = std::move(fetch), append = std::move(append)](const QString &cursor) {
            auto *load = m_scope.current();
            fetch(cursor)
                .onSuccess(load,
                           [this, append](const ItemPage<T> &page) {
                               m_nextCursor = page.nextCursor;
                               append(page.items);
                               m_count += int(page.items.size());
                               showCurrentState();
                           })
                .onFailure(load, [this](const ApiError &error) { fail(error); });
        };
    }

    // Drops what is shown and what is on its way, then fetches the first page.
    void reload();
    void loadMore();
    // The page filled the list itself (demo data for screenshots): loads in flight are dropped.
    void adopt(int count);
    // The page removed an item (e.g. an approved registration left the waiting list).
    void itemRemoved();
    int count() const { return m_count; }

signals:
    // Remove every item widget: a reload begins.
    void cleared();
    void countChanged(int count);
    // A further page could not be loaded; the items shown stay. The page says so (e.g. a banner).
    void loadMoreFailed(const kp::client::ApiError &error);

private:
    void fail(const ApiError &error);
    void showCurrentState();

    StatePanel &m_state;
    QWidget &m_list;
    QPushButton &m_more;
    RequestScope m_scope;
    std::function<void(const QString &cursor)> m_fetch;
    QString m_loadingText;
    EmptyState m_empty;
    QString m_nextCursor;
    int m_count = 0;
};

} // namespace kp::client
