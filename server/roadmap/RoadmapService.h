#pragma once

#include "server/roadmap/CompletionStore.h"
#include "server/roadmap/StageEvidence.h"
#include "server/roadmap/StageStore.h"
#include "server/roadmap/UpsellResponseStore.h"
#include "server/roadmap/UpsellStore.h"
#include "shared/Account.h"
#include "shared/Roadmap.h"

#include <QJsonObject>

namespace kp::server {

class AccountStore;
class Database;

namespace roadmap {

// The customer's way and what fits it (API.md "Onboarding checklist and roadmap"): stages done,
// current and upcoming, completed by the events the portal knows (materialised when a roadmap is
// read, at the event's own instant), by checklist items, or by an admin; the upsells of the
// current stage; dismissals and interests. Throws DomainError; knows nothing of HTTP.
class RoadmapService {
public:
    struct Stores {
        StageStore &stages;
        UpsellStore &upsells;
        CompletionStore &completions;
        UpsellResponseStore &responses;
    };
    RoadmapService(Database &database, Stores stores, AccountStore &accounts, StageEvidence evidence,
                   InterestNotices notices, Clock clock);

    // GET /api/v1/roadmap; admins: 403.
    Roadmap roadmap(const Account &customer);
    // The id of the customer's current stage (/me's onboarding.stage); empty for an admin, when
    // every stage is done and while none is published.
    QString currentStage(const Account &account);
    // GET /api/v1/admin/accounts/{id}/roadmap; 404 for an id that is no customer.
    AdminRoadmap adminRoadmap(const QString &accountId);
    // PUT /api/v1/admin/accounts/{id}/stages/{stage_id} with its body {done, completed_on?}.
    AdminRoadmap mark(const Account &admin, const QString &accountId, const QString &stageId, const QJsonObject &body);

    void dismiss(const Account &customer, const QString &upsellId);
    // Records the interest once and tells the agency then; a repeat changes nothing.
    void interest(const Account &customer, const QString &upsellId);

private:
    // The published stages with the customer's rows, automatic ones materialised first.
    struct Progress {
        QList<StageContent> stages;
        QHash<QString, Completion> completions;
        qsizetype current = -1; // index of the first stage not done; -1: all done
        QString upsellStage;    // where upsells are shown: the current stage, or the last when all are done

        QString statusAt(qsizetype index) const;
    };
    Progress progressOf(const Account &account);
    void materialise(const Account &account, const QList<StageContent> &stages);
    QDateTime evidence(const Account &account, const StageContent &stage, const QHash<QString, QStringList> &items);
    static bool offers(const UpsellContent &upsell, const Progress &progress, const UpsellResponse &response);
    Account requireCustomer(const QString &accountId);
    UpsellContent requirePublished(const Account &customer, const QString &upsellId);

    Database &m_database;
    Stores m_stores;
    AccountStore &m_accounts;
    StageEvidence m_evidence;
    InterestNotices m_notices;
    Clock m_clock;
};

} // namespace roadmap
} // namespace kp::server
