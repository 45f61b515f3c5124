#pragma once

#include <QObject>
#include <QPointer>

namespace kp::client {

// Binds replies to the load they belong to, so that a late reply for a page that reloaded or
// closed is dropped in one place: pass current() as the context of Reply::onSuccess/onFailure
// (or QObject::connect). begin() starts a new load and drops whatever the old one still waits
// for; destroying the scope (with its page) drops everything. Replaces the hand-rolled counters.
//
//   auto *load = m_scope.begin();            // e.g. in reload()
//   m_api.accounts(status).onSuccess(load, [this](const ItemPage<Account> &page) { … });
class RequestScope {
public:
    RequestScope();
    ~RequestScope();
    RequestScope(const RequestScope &) = delete;
    RequestScope &operator=(const RequestScope &) = delete;

    // Drops every reply bound so far and returns the context for the new load.
    QObject *begin();
    // The context of the current load (for follow-up requests such as the next page).
    QObject *current() const { return m_current; }

private:
    QObject *m_current;
};

} // namespace kp::client
