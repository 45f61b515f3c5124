#pragma once

#include "shared/Roadmap.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace kp::client {

// A further service offered beside the roadmap (UI.md "Roadmap": small, never a popup): title,
// text, the call to action ("Interesse") and a quiet "Nicht mehr anzeigen". After the interest
// is recorded the card says the agency gets in touch instead of offering anything.
class UpsellCard : public QFrame {
    Q_OBJECT

public:
    explicit UpsellCard(const RoadmapUpsell &upsell, QWidget *parent = nullptr);

    const RoadmapUpsell &upsell() const { return m_upsell; }
    void setBusy(bool busy);
    // The interest arrived (or waits in the outbox): the buttons give way to the confirmation.
    void showInterested();
    bool isInterested() const;

signals:
    void interestRequested(const QString &upsellId);
    void dismissRequested(const QString &upsellId);

private:
    RoadmapUpsell m_upsell;
    QPushButton *m_interest;
    QPushButton *m_dismiss;
    QLabel *m_confirmation;
};

} // namespace kp::client
