#pragma once

#include "client/onboarding/CustomerChecklist.h"
#include "shared/Account.h"

#include <QImage>
#include <QMap>
#include <QWidget>

#include <functional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace kp::client {

class Avatar;
class Banner;
class ChecklistProgressSummary;
class CustomerAnswerRow;
class StatePanel;
struct ApiError;

// One customer's checklist, read-only for the agency (the detail of "Onboarding progress"): who,
// how far, then a card per section with each item's answer in words, missing required answers
// marked, files to download and the agency's own items to tick. Talks to nobody:
// CustomerAnswersController fills it and carries out what it asks for.
class CustomerAnswersView : public QWidget {
    Q_OBJECT

public:
    // Asks where to save a file; empty: the admin cancelled. `suggestedName` is the uploaded name.
    using SavePathChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;

    explicit CustomerAnswersView(QWidget *parent = nullptr);

    // The save dialog by default; tests give a path instead.
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }

    const Account &account() const { return m_account; }
    void showLoading(const Account &account);
    void setPicture(const QImage &picture);
    void showLoadError(const ApiError &error);
    void showChecklist(const CustomerChecklist &checklist);
    // The server's answer after a tick: the figures and every agency item's state.
    void showTicked(const CustomerChecklist &checklist);
    // A refused tick: the box shows what it showed before, the reason stays in the banner.
    void showTickFailed(const QString &itemId, const QString &message);
    void setDownloadBusy(const QString &itemId, bool busy);
    void showSaved(const QString &path);
    void showFailure(const QString &message);

    CustomerAnswerRow *row(const QString &itemId) const { return m_rows.value(itemId); }
    // A card of another feature about the same customer (the roadmap), below the answers; the
    // view owns it and keeps it when the customer changes.
    void addPanel(QWidget *panel);
    // Scrolls so that `panel` is in view.
    void scrollTo(QWidget *panel);

signals:
    void backRequested();
    void retryRequested();
    void tickRequested(const QString &itemId, bool done);
    void downloadRequested(const QString &itemId, const QString &path);

private:
    QWidget *buildSection(const ChecklistSection &section, const CustomerChecklist &checklist);
    void showFigures(const CustomerChecklist &checklist);
    void chooseSavePath(const QString &itemId, const QString &fileName);
    void clearSections();

    Account m_account;
    SavePathChooser m_chooseSavePath;
    Avatar *m_avatar;
    QLabel *m_name;
    QLabel *m_company;
    ChecklistProgressSummary *m_summary;
    Banner *m_banner;
    StatePanel *m_state;
    QScrollArea *m_scroll;
    QVBoxLayout *m_sections;
    QVBoxLayout *m_panels;
    QMap<QString, CustomerAnswerRow *> m_rows;
    QMap<QString, bool> m_agencyDone; // the server's last word on each agency item
};

} // namespace kp::client
