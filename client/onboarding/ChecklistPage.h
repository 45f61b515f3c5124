#pragma once

#include "client/onboarding/CustomerChecklist.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace kp::client {

class Banner;
class ChecklistItemField;
class PageHeader;
class StatePanel;
struct ApiError;

// The onboarding checklist ("Onboarding", UI.md): one column of section cards, each item a form
// row with its label, required mark, help and inline problem; the progress, a banner for what
// the page as a whole has to say, and "Abschließen" at the end, which becomes a calm
// "Checklist completed" card once done. Talks to nobody: ChecklistController fills it.
class ChecklistPage : public QWidget {
    Q_OBJECT

public:
    explicit ChecklistPage(QWidget *parent = nullptr);

    void showLoading();
    void showLoadError(const ApiError &error);
    // Builds the form anew for the checklist's version and fills in the answers.
    void showChecklist(const CustomerChecklist &checklist);
    // The server's figures and state after a save, without touching what is being typed.
    void showProgress(const CustomerChecklist &checklist);

    // Field problems keyed by item id (the server's `fields`, or the local check); each field
    // shows its own, the banner names them all, and the first is scrolled to.
    void showProblems(const QMap<QString, QString> &problems);
    void clearProblems();
    void showSaved();
    void showQueued();
    void showError(const QString &message);
    void showCompleted();

    ChecklistItemField *field(const QString &itemId) const { return m_fields.value(itemId); }
    QList<ChecklistItemField *> fields() const { return m_fields.values(); }

signals:
    void completeRequested();
    void continueRequested();
    // A new checklist version replaced every field (the controller connects to the new ones).
    void fieldsRebuilt();

private:
    QWidget *buildCompletedCard();
    QWidget *buildSection(const ChecklistSection &section);

    PageHeader *m_header;
    StatePanel *m_state;
    QScrollArea *m_scroll;
    QLabel *m_progress;
    Banner *m_banner;
    QWidget *m_form;
    QVBoxLayout *m_sections;
    QWidget *m_completeRow;
    QPushButton *m_complete;
    QWidget *m_completed;
    QLabel *m_saveState;
    QMap<QString, ChecklistItemField *> m_fields;
    int m_version = -1;
};

} // namespace kp::client
