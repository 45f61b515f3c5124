#pragma once

#include "client/api/Reply.h"
#include "shared/Roadmap.h"

#include <QDateTime>
#include <QList>

namespace kp::client {

// An admin content list (`{items: [...]}`); `offlineAsOf` is set when it is the cached copy.
template <typename T> struct RoadmapContentList {
    QList<T> items;
    QDateTime offlineAsOf;
};

// The roadmap and its upsells (API.md "Onboarding checklist and roadmap"; server/roadmap): the
// customer's roadmap, the upsell answers, the agency's stage and upsell content (kinds `stages`
// and `upsells` of "Content management") and one customer's roadmap as the admin sees it.
class RoadmapApi {
public:
    explicit RoadmapApi(ApiClient &api)
        : m_api(api)
    {
    }

    static QString path() { return QStringLiteral("/api/v1/roadmap"); }
    static QString dismissPath(const QString &upsellId);
    static QString interestPath(const QString &upsellId);
    static QString contentPath(const QString &kind, const QString &id = {});
    static QString customerPath(const QString &accountId);
    static QString stagePath(const QString &accountId, const QString &stageId);
    static QJsonObject stageBody(const StageContent &stage);
    static QJsonObject upsellBody(const UpsellContent &upsell);

    // GET /api/v1/roadmap (through the response cache, so the page opens offline); 403 for admins.
    Reply<Roadmap> roadmap();
    // POST …/upsells/{id}/dismiss → 204 and …/interest → 202. The key makes a repeat (a lost
    // answer, a resend from the outbox) count once.
    Reply<NoContent> dismiss(const QString &upsellId, const QByteArray &idempotencyKey);
    Reply<NoContent> interest(const QString &upsellId, const QByteArray &idempotencyKey);

    // Admin content: GET list, POST → 201 draft, PUT one (the draft), DELETE, POST …/publish.
    Reply<RoadmapContentList<StageContent>> stages();
    Reply<StageContent> saveStage(const StageContent &stage);
    Reply<RoadmapContentList<UpsellContent>> upsells();
    Reply<UpsellContent> saveUpsell(const UpsellContent &upsell);
    Reply<NoContent> remove(const QString &kind, const QString &id);
    Reply<StageContent> publishStage(const QString &id);
    Reply<UpsellContent> publishUpsell(const QString &id);

    // GET /api/v1/admin/accounts/{id}/roadmap; PUT …/stages/{stage_id} {done, completed_on?}.
    Reply<AdminRoadmap> customer(const QString &accountId);
    Reply<AdminRoadmap> markStage(const QString &accountId, const QString &stageId, const StageMark &mark);

private:
    ApiClient &m_api;
};

} // namespace kp::client
