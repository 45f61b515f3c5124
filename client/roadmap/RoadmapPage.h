#pragma once

#include "client/api/RequestScope.h"
#include "client/roadmap/RoadmapApi.h"

#include <QSet>
#include <QWidget>

class QVBoxLayout;

namespace kp::client {

class Banner;
class OfflineSync;
class PageHeader;
class RoadmapTimeline;
class Session;
class StatePanel;
class UpsellCard;

// "Ihr Weg": the customer's roadmap as a timeline (left) and at most two fitting offers (right;
// UI.md "Roadmap"). Open while the onboarding runs. A stage done since the last visit is said
// quietly above the timeline ("Erledigt: Landingpage erstellt"). Dismissing an offer or showing
// interest goes to the server, or, when it cannot be reached, into the account's outbox with
// the same idempotency key; the card reacts at once either way.
class RoadmapPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMaxUpsells = 2;

    RoadmapPage(ApiClient &api, Session &session, OfflineSync &offline, QWidget *parent = nullptr);

    void reload();
    // Demo data (`--screenshot`): the roadmap without the server; `notice` as if just completed.
    void showDemo(const Roadmap &roadmap, const QString &notice = {});
    // Forgets what it showed (signed out).
    void forget();

    RoadmapTimeline *timeline() const { return m_timeline; }
    QList<UpsellCard *> upsellCards() const;

signals:
    // The server answered a reload and the page shows it (the roadmap or why it could not load).
    void loaded();

private:
    void show(const Roadmap &roadmap);
    void showLoadError(const ApiError &error);
    void showNotice(const QStringList &titles);
    void dismiss(const QString &upsellId);
    void interest(const QString &upsellId);
    UpsellCard *card(const QString &upsellId) const;

    ApiClient &m_transport;
    RoadmapApi m_api;
    Session &m_session;
    OfflineSync &m_offline;
    RequestScope m_loads;
    PageHeader *m_header;
    Banner *m_banner;
    Banner *m_notice;
    StatePanel *m_state;
    QWidget *m_content;
    RoadmapTimeline *m_timeline;
    QWidget *m_upsellColumn;
    QVBoxLayout *m_upsells;
    bool m_loaded = false;
    // Offers answered in this session: gone (or confirmed) even when the answer waits in the
    // outbox and the roadmap comes from the cache.
    QSet<QString> m_dismissed;
    QSet<QString> m_interested;
};

} // namespace kp::client
