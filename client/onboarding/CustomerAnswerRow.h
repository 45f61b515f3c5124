#pragma once

#include "client/onboarding/CustomerChecklist.h"

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace kp::client {

// One item of a customer's checklist as the agency reads it: the label (and help) on the left,
// the answer in words on the right, a missing required answer marked. A file answer has
// "Download"; an item of the agency's has a checkbox the admin ticks (the row asks, the server
// decides: setDone() shows its answer).
class CustomerAnswerRow : public QWidget {
    Q_OBJECT

public:
    CustomerAnswerRow(const ChecklistItem &item, const QJsonValue &value, const ChecklistFile *file,
                      QWidget *parent = nullptr);

    const ChecklistItem &item() const { return m_item; }
    bool isMissing() const { return m_missing; }
    // An agency item's state as the server holds it (no tickRequested()).
    void setDone(bool done);
    void setTickBusy(bool busy);
    void setDownloadBusy(bool busy);

signals:
    void tickRequested(const QString &itemId, bool done);
    // `fileName` is the name the customer uploaded it under.
    void downloadRequested(const QString &itemId, const QString &fileName);

private:
    QWidget *buildAnswer(const QJsonValue &value, const ChecklistFile *file);
    QWidget *buildAgencyTick(const QJsonValue &value);

    ChecklistItem m_item;
    bool m_missing = false;
    QCheckBox *m_tick = nullptr;
    QPushButton *m_download = nullptr;
};

} // namespace kp::client
