#pragma once

#include "client/api/RequestScope.h"
#include "client/onboarding/CustomerChecklistAdminApi.h"
#include "shared/Account.h"

#include <QObject>

namespace kp::client {

class CustomerAnswersView;

// Between one customer's answers (CustomerAnswersView) and the server: loads the customer's
// checklist, downloads a file to the path the admin chose (saved off the GUI thread), and
// ticks the agency's items. Answers for a customer no longer shown are dropped.
class CustomerAnswersController : public QObject {
    Q_OBJECT

public:
    CustomerAnswersController(CustomerAnswersView &view, ApiClient &api);

    void open(const Account &account);
    // The view with this checklist and nothing in flight (`--screenshot`).
    void showDemo(const Account &account, const CustomerChecklist &checklist);

    // The sentence for a refused tick of `label`.
    static QString tickFailure(const QString &label, const ApiError &error);

private:
    void tick(const QString &itemId, bool done);
    void download(const QString &itemId, const QString &path);

    CustomerAnswersView &m_view;
    ApiClient &m_transport;
    CustomerChecklistAdminApi m_api;
    RequestScope m_customer; // one customer's load and the actions on it
};

} // namespace kp::client
