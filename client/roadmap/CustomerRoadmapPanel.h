#pragma once

#include "client/api/RequestScope.h"
#include "client/roadmap/RoadmapApi.h"
#include "shared/Account.h"

#include <QDate>
#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace kp::client {

class Banner;

// One customer's path as the agency sees it (in "Onboarding progress" → a customer): each stage
// with its state and how it was completed (automatically or by whom), a day to mark a stage done
// ("Landingpage erstellt" on 03.12.2026) or undo it, and which offers the customer hid or wanted.
class CustomerRoadmapPanel : public QFrame {
    Q_OBJECT

public:
    explicit CustomerRoadmapPanel(ApiClient &api, QWidget *parent = nullptr);

    void open(const kp::Account &account);
    // Demo data (`--screenshot`), with the day the date fields start from fixed so the picture stays the same.
    void showDemo(const kp::Account &account, const AdminRoadmap &roadmap, QDate today);

private:
    void show(const AdminRoadmap &roadmap);
    QWidget *stageRow(const AdminRoadmapStage &stage);
    QWidget *upsellRow(const AdminRoadmapUpsell &upsell);
    void mark(const QString &stageId, const StageMark &mark);
    void clearRows();

    RoadmapApi m_api;
    RequestScope m_loads;
    Account m_account;
    QDate m_today; // invalid: the real today
    QLabel *m_summary;
    Banner *m_banner;
    QVBoxLayout *m_stages;
    QLabel *m_upsellsTitle;
    QVBoxLayout *m_upsells;
};

} // namespace kp::client
