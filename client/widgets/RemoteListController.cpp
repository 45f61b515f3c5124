#include "client/widgets/RemoteListController.h"

#include "client/widgets/StatePanel.h"

#include <QPushButton>

namespace kp::client {

RemoteListController::RemoteListController(StatePanel &state, QWidget &list, QPushButton &more, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_list(list)
    , m_more(more)
{
    m_more.setText(tr("Load more"));
    m_more.hide();
    connect(&m_state, &StatePanel::retryRequested, this, &RemoteListController::reload);
    connect(&m_more, &QPushButton::clicked, this, &RemoteListController::loadMore);
}

void RemoteListController::reload()
{
    m_scope.begin();
    emit cleared();
    m_count = 0;
    m_nextCursor.clear();
    m_list.hide();
    m_more.hide();
    m_state.showLoading(m_loadingText);
    if (m_fetch)
        m_fetch(QString());
}

void RemoteListController::loadMore()
{
    if (m_nextCursor.isEmpty() || !m_fetch)
        return;
    m_more.setEnabled(false);
    m_fetch(m_nextCursor);
}

void RemoteListController::adopt(int count)
{
    m_scope.begin();
    m_nextCursor.clear();
    m_count = count;
    showCurrentState();
}

void RemoteListController::itemRemoved()
{
    m_count = std::max(0, m_count - 1);
    showCurrentState();
}

void RemoteListController::fail(const ApiError &error)
{
    m_more.setEnabled(true);
    if (m_count > 0) {
        emit loadMoreFailed(error);
        return;
    }
    // No answer at all is the offline case: ApiError's sentence says the server cannot be
    // reached, and "Erneut versuchen" asks again once it can.
    m_list.hide();
    m_more.hide();
    m_state.showError(error.message());
}

void RemoteListController::showCurrentState()
{
    m_more.setEnabled(true);
    m_more.setVisible(!m_nextCursor.isEmpty());
    if (m_count > 0) {
        m_state.clear();
        m_list.show();
    } else {
        m_list.hide();
        m_state.showEmpty(m_empty.icon, m_empty.title, m_empty.text);
    }
    emit countChanged(m_count);
}

} // namespace kp::client
