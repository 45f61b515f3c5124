#pragma once

#include "client/onboarding/ChecklistStatus.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kp::client {

class Banner;
struct ApiError;

// The admin's "Checkliste" page: where the customers' checklist comes from, its version, when the
// sheet was last read and the last error in plain words, with "Checkliste jetzt
// synchronisieren" and a CSV import for an agency without Google. ChecklistStatusController
// fills it.
class ChecklistStatusPage : public QWidget {
    Q_OBJECT

public:
    explicit ChecklistStatusPage(QWidget *parent = nullptr);

    void showStatus(const ChecklistStatus &status);
    // What a sync or an import did, in the banner.
    void showOutcome(const ChecklistStatus &status);
    void showError(const ApiError &error);
    void showFailure(const QString &message);
    void setBusy(bool busy);

    // The last error's code (and a sheet's problems) as the admin reads them.
    static QString describe(const ChecklistStatus::Error &error);
    // One problem of a refused sheet in plain words, with its row and column, e.g.
    // "Row 4, column type: unknown type “slider”".
    static QString problemText(const SheetProblem &problem);

    // The CSV file the admin chose last (kept after a refused import, to import it again once fixed).
    QString chosenFile() const { return m_chosenFile; }
    // As if the admin had picked `path` in the file dialog.
    void chooseFile(const QString &path);

signals:
    void syncRequested();
    void importFileChosen(const QString &path);

private:
    QLabel *value(const QString &objectName);
    // "\n• problem" for each.
    static QString problemList(const QList<SheetProblem> &problems);

    Banner *m_banner;
    QPushButton *m_sync;
    QPushButton *m_import;
    QPushButton *m_importAgain; // shown after a refused import
    QLabel *m_source;
    QLabel *m_version;
    QLabel *m_lastRead;
    QLabel *m_lastError;
    QString m_chosenFile;
};

} // namespace kp::client
